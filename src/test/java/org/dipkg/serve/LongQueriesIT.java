package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only so many queries may run past the long-query mark; one more is stopped there, not at the timeout. */
class LongQueriesIT {
    @TempDir
    static Path dir;
    static DipkgServer server;

    @BeforeAll
    static void start() {
        server = Fixture.server(Fixture.tdb2(dir)).timeout(Duration.ofSeconds(6)).queriesAtOnce(4)
                .longQueries(1).longAfter(Duration.ofMillis(300)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void runawaysBeyondTheLongLaneStopEarly() {
        List<CompletableFuture<Duration>> runaways = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runaways.add(CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                HttpResponse<String> r = EndpointAbuseIT.http.get(server.endpointUrl() + "?query="
                        + Http.encode(EndpointAbuseIT.REGEX), "application/sparql-results+json");
                assertThat(r.statusCode()).isEqualTo(503);
                return Duration.ofNanos(System.nanoTime() - start);
            }));
        }
        List<Duration> took = runaways.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(took.get(0)).isLessThan(Duration.ofSeconds(3));
        assertThat(took.get(1)).isLessThan(Duration.ofSeconds(3));
        assertThat(took.get(2)).isGreaterThan(Duration.ofSeconds(5)).isLessThan(Duration.ofSeconds(12));
        HttpResponse<String> ok = EndpointAbuseIT.http.get(server.endpointUrl() + "?query="
                + Http.encode(EndpointAbuseIT.GOOD), "application/sparql-results+json");
        assertThat(ok.statusCode()).isEqualTo(200);
    }
}
