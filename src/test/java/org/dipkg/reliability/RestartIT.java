package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store is used by one process at a time: a second server (or a load) on a store that a
 * running server holds stops with a clear message and changes nothing; data survives a
 * server being stopped, and being killed with SIGKILL.
 */
class RestartIT {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path dir;
    final Http http = new Http();

    private long countInProcess(Path db) {
        Cli.Run run = Cli.run("query", "--db", db.toString(), "--format", "csv", "-e", COUNT);
        assertThat(run.exit()).as(run.toString()).isZero();
        return Long.parseLong(run.out().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void secondProcessOnAHeldStoreStopsWithAClearMessage() throws Exception {
        Path db = dir.resolve("db");
        Path rdf = dir.resolve("geneva.trig");
        assertThat(Cli.run("convert", Articles.geneva().toString(), "-o", rdf.toString()).exit()).isZero();
        assertThat(Cli.run("load", "--db", db.toString(), rdf.toString()).exit()).isZero();
        long triples = countInProcess(db);
        Path more = dir.resolve("more.trig");
        assertThat(Cli.run("convert", Articles.resource("articles").toString(), "-o", more.toString()).exit())
                .isZero();

        try (Jar.Server first = Jar.Server.start(dir, "--db", db.toString())) {
            assertThat(http.count(first.endpoint(), COUNT)).isEqualTo(triples);
            String held = db + ": the store is in use by another process (pid " + first.process.pid() + ")";

            Cli.Run second = Jar.run(dir, Duration.ofSeconds(60), "serve", "--db", db.toString(), "--port", "0");
            assertThat(second.exit()).as(second.toString()).isEqualTo(1);
            assertThat(second.err()).contains(held);

            Cli.Run load = Jar.run(dir, Duration.ofSeconds(60), "load", "--db", db.toString(), more.toString());
            assertThat(load.exit()).as(load.toString()).isEqualTo(1);
            assertThat(load.err()).contains(held);

            assertThat(http.count(first.endpoint(), COUNT)).isEqualTo(triples);
        }
        assertThat(countInProcess(db)).as("after a clean stop").isEqualTo(triples);

        Jar.Server killed = Jar.Server.start(dir, "--db", db.toString());
        assertThat(http.count(killed.endpoint(), COUNT)).isEqualTo(triples);
        killed.process.destroyForcibly();
        assertThat(killed.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Jar.Server again = Jar.Server.start(dir, "--db", db.toString())) {
            assertThat(http.count(again.endpoint(), COUNT)).as("after SIGKILL").isEqualTo(triples);
        }
        assertThat(Cli.run("load", "--db", db.toString(), more.toString()).exit()).isZero();
        assertThat(countInProcess(db)).isGreaterThan(triples);
    }
}
