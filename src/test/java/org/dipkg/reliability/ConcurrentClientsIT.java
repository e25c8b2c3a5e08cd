package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dipkg.serve.DipkgServer;
import org.dipkg.store.Tdb2Store;

/**
 * A short run of {@link LoadClient} (8 clients for 5 seconds) against the contract
 * queries: no errors, with and without 5% malformed and runaway requests among them.
 * {@code .ci/soak.sh} runs the long version (32 clients, 60 seconds) against {@code dipkg serve}.
 * The server's timeout is 10 s: on two cores shared with the rest of the build a contract
 * query can take over 2 s, and that is no error of the endpoint.
 */
class ConcurrentClientsIT {
    @TempDir
    static Path dir;
    static Tdb2Store store;
    static DipkgServer server;

    @BeforeAll
    static void start() throws Exception {
        Path corpus = dir.resolve("corpus.trig");
        Cli.Run run = Cli.run("convert", Articles.root().resolve("data/articles").toString(),
                Articles.resource("articles").toString(), "-o", corpus.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        store = Tdb2Store.open(dir.resolve("db"));
        store.load(List.of(corpus));
        server = DipkgServer.create().dataset(store.dataset()).port(0).timeout(Duration.ofSeconds(10)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static LoadClient.Report load(double badShare) throws Exception {
        LoadClient.Report r = LoadClient.create().endpoint(server.endpointUrl())
                .queries(Articles.root().resolve("queries")).clients(8).duration(Duration.ofSeconds(5))
                .badShare(badShare).build().run();
        System.out.println("8 clients, 5 s, " + Math.round(badShare * 100) + "% bad: " + r);
        return r;
    }

    @Test
    void contractQueriesUnderLoad() throws Exception {
        LoadClient.Report r = load(0);
        assertThat(r.errors()).as(r.toString()).isZero();
        assertThat(r.good()).isGreaterThan(50);
    }

    @Test
    void contractQueriesUnderLoadWithBadRequestsAmongThem() throws Exception {
        LoadClient.Report r = load(0.05);
        assertThat(r.errors()).as(r.toString()).isZero();
        assertThat(r.bad()).isPositive();
        assertThat(r.good()).isGreaterThan(50);
    }
}
