package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the server stops the queries still running, so the store then closes cleanly. */
class StopIT {
    @TempDir
    Path dir;

    @Test
    void stopEndsRunningQueriesAndTheStoreCloses() throws Exception {
        Dataset dataset = Fixture.tdb2(dir);
        DipkgServer server = Fixture.server(dataset).timeout(Duration.ofSeconds(60)).build().start();
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> EndpointAbuseIT.http
                .get(server.endpointUrl() + "?query=" + Http.encode(EndpointAbuseIT.REGEX),
                        "application/sparql-results+json"));
        Thread.sleep(500);
        long start = System.nanoTime();
        server.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        TDBInternal.expel(dataset.asDatasetGraph());
        try {
            runaway.get();
        } catch (Exception e) {
            // the connection may close before an answer
        }
    }
}
