package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests waiting for a place hold none of the threads that other requests need to be read and answered. */
class WaitingIT {
    @TempDir
    static Path dir;
    static DipkgServer server;

    @BeforeAll
    static void start() {
        server = Fixture.server(Fixture.tdb2(dir)).timeout(Duration.ofSeconds(6)).queriesAtOnce(1).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aPageAnswersAtOnceWhileFortyQueriesWaitForThePlace() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(40);
        List<CompletableFuture<HttpResponse<String>>> runaways = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            runaways.add(CompletableFuture.supplyAsync(() -> EndpointAbuseIT.http.get(server.endpointUrl()
                    + "?query=" + Http.encode(EndpointAbuseIT.REGEX), "application/sparql-results+json"), clients));
        }
        Thread.sleep(1000);
        long start = System.nanoTime();
        HttpResponse<String> page = EndpointAbuseIT.http.get(server.localUrl() + "ontology", "text/turtle");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(runaways).as("the queries still wait or run").anyMatch(r -> !r.isDone());
        for (var r : runaways) {
            assertThat(r.join().statusCode()).isEqualTo(503);
        }
        clients.shutdown();
        HttpResponse<String> ok = EndpointAbuseIT.http.get(server.endpointUrl() + "?query="
                + Http.encode(EndpointAbuseIT.GOOD), "application/sparql-results+json");
        assertThat(ok.statusCode()).isEqualTo(200);
    }
}
