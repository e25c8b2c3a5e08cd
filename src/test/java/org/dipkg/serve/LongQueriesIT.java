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

/**
 * Only so many queries may run past the long-query mark; one more is stopped there, not at the timeout. A runaway
 * sent again is refused at once while the long lane is full, and good queries keep their places.
 */
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

    @Test
    void aRunawaySentAgainIsRefusedAtOnceWhileTheLongLaneIsFull() throws Exception {
        String runaway = "ASK { FILTER(REGEX(\"" + "b".repeat(40) + "!\", \"(.*b){14}$\")) }";
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> get(runaway).statusCode());
        Thread.sleep(2000);
        List<CompletableFuture<Duration>> again = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String rewritten = "# attempt " + i + "\n" + runaway.replaceFirst("ASK \\{", "ASK {  ");
            again.add(CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                HttpResponse<String> r = get(rewritten);
                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                assertThat(r.body()).containsPattern("ran (longer than|into the)");
                return Duration.ofNanos(System.nanoTime() - start);
            }));
        }
        for (CompletableFuture<Duration> r : again) {
            assertThat(r.join()).isLessThan(Duration.ofSeconds(2));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(get(EndpointAbuseIT.GOOD).statusCode()).isEqualTo(200);
        }
        assertThat(first.join()).as("the first one runs in the long lane to the timeout").isEqualTo(503);
    }

    private static HttpResponse<String> get(String query) {
        return EndpointAbuseIT.http.get(server.endpointUrl() + "?query=" + Http.encode(query),
                "application/sparql-results+json");
    }
}
