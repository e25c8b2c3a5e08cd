package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code query --db} on a store that a running {@code serve} holds: the query goes to that
 * server and the answer is the one the store gives; with no note of where the server is, the
 * message says what to type.
 */
class QueryServedStoreIT {
    static final String MEETINGS = "PREFIX dip: <https://w3id.org/dipkg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?m) AS ?meetings) WHERE { ?m a dip:Meeting }";

    @TempDir
    Path dir;

    private Path store() {
        Path db = dir.resolve("db");
        Path golden = Articles.root().resolve("data/articles/2022-01-10-us-russia-geneva-talks.ttl");
        assertThat(Cli.run("load", "--db", db.toString(), golden.toString()).exit()).isZero();
        return db;
    }

    @Test
    void aServedStoreIsQueriedThroughItsServer() throws Exception {
        Path db = store();
        Cli.Run alone = Cli.run("query", "--db", db.toString(), "--format", "csv", "-e", MEETINGS);
        assertThat(alone.exit()).as(alone.toString()).isZero();
        assertThat(alone.out()).matches("(?s)meetings\\r?\\n[1-9][0-9]*\\r?\\n");
        try (Jar.Server server = Jar.Server.start(dir, "--db", db.toString())) {
            Cli.Run served = Cli.run("query", "--db", db.toString(), "--format", "csv", "-e", MEETINGS);
            assertThat(served.exit()).as(served.toString()).isZero();
            assertThat(served.out()).isEqualTo(alone.out());
            assertThat(served.err()).contains("is being served", server.endpoint());
        }
        assertThat(db.resolve("dipkg-endpoint.txt")).as("the note goes when the server stops").doesNotExist();
        Cli.Run after = Cli.run("query", "--db", db.toString(), "--format", "csv", "-e", MEETINGS);
        assertThat(after.exit()).as(after.toString()).isZero();
        assertThat(after.err()).doesNotContain("is being served");
    }

    @Test
    void withoutTheServersAddressTheMessageSaysWhatToType() throws Exception {
        Path db = store();
        Path query = dir.resolve("count.rq");
        Files.writeString(query, MEETINGS);
        try (Jar.Server server = Jar.Server.start(dir, "--db", db.toString())) {
            Files.delete(db.resolve("dipkg-endpoint.txt"));
            Cli.Run r = Cli.run("query", "--db", db.toString(), query.toString());
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains("in use by another process",
                    "curl -s -H 'Accept: text/csv' --data-urlencode 'query@" + query + "' "
                            + "http://localhost:3030/dipkg/sparql");
        }
    }
}
