package org.dipkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The attacks of a client that tries to take the endpoint down or turn it against its host:
 * each is refused with a 4xx (never a 500) or stopped at the deadline, and the server goes on
 * answering good queries.
 */
class EndpointAbuseIT {
    static final String REGEX = "ASK { FILTER(REGEX(\"" + "a".repeat(40) + "!\", \"(.*a){14}$\")) }";
    static final String GOOD = "ASK { ?s ?p ?o }";
    static final int PLACES = 4;

    @TempDir
    static Path dir;
    static DipkgServer server;
    static final Http http = new Http();

    @BeforeAll
    static void start() {
        server = Fixture.server(Fixture.tdb2(dir)).timeout(Duration.ofSeconds(1)).queriesAtOnce(PLACES).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> query(String query) {
        return http.get(server.endpointUrl() + "?query=" + Http.encode(query), "application/sparql-results+json");
    }

    static void assertStillAnswers() {
        HttpResponse<String> r = query(GOOD);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true");
    }

    @Test
    void catastrophicRegexStopsAtTheTimeoutAndFreesItsPlaceAndCpu() {
        List<CompletableFuture<HttpResponse<String>>> runaways = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 2 * PLACES; i++) {
            runaways.add(CompletableFuture.supplyAsync(() -> query(REGEX)));
        }
        for (var r : runaways) {
            assertThat(r.join().statusCode()).isEqualTo(503);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(TimeoutIT.cpuSecondsOverOneSecond()).as("the stopped queries no longer run").isLessThan(0.5);
        assertStillAnswers();
    }

    @Test
    void chunkedBodyOverTheLimitIsRefused() {
        for (String type : List.of("application/sparql-query", "application/x-www-form-urlencoded")) {
            long start = System.nanoTime();
            HttpRequest request = Http.request(server.endpointUrl()).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> comment(50L << 20))).build();
            HttpResponse<String> r;
            try {
                r = http.send(request);
            } catch (RuntimeException e) {
                // the server may close the connection before the client has sent it all
                r = null;
            }
            if (r != null) {
                assertThat(r.statusCode()).as(type).isEqualTo(413);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(type).isLessThan(Duration.ofSeconds(10));
        }
        assertStillAnswers();
    }

    @Test
    void aBodySentSlowerThanTheTimeoutIsCutOff() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /dipkg/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            long start = System.nanoTime();
            try {
                for (int i = 0; i < 40 && Duration.ofNanos(System.nanoTime() - start).toSeconds() < 8; i++) {
                    out.write("2\r\n# \r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    sleep(200);
                }
            } catch (java.io.IOException closed) {
                // the server has answered and closed the connection
            }
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(response).startsWith("HTTP/1.1 408");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
        assertStillAnswers();
    }

    @Test
    void chunkedBodyUnderTheLimitIsAnswered() {
        HttpRequest request = Http.request(server.endpointUrl()).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("query=" + Http.encode(GOOD)).getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<String> r = http.send(request);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ASK%7B%7", "ASK%7B%7D%", "ASK%zz", "%ff%fe", "ASK%7B%7D&x=%C3"})
    void badPercentEncodingIsA400(String raw) throws Exception {
        String response = raw("GET /dipkg/sparql?query=" + raw + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400").contains("encod");
    }

    @Test
    void badPercentEncodingInAFormIsA400() {
        HttpResponse<String> r = http.post(server.endpointUrl(), "application/x-www-form-urlencoded", "query=ASK%7B%7",
                "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/sparql-query; charset=x-bogus", "application/x-www-form-urlencoded; charset=x-bogus",
        "application/sparql-query; charset=\"\""})
    void unknownCharsetIsA400(String type) {
        String body = type.contains("form") ? "query=" + Http.encode(GOOD) : GOOD;
        HttpResponse<String> r = http.post(server.endpointUrl(), type, body, "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("charset");
    }

    @Test
    void deeplyNestedQueryIsA400WithoutTakingAPlace() {
        String nested = "SELECT * { " + "OPTIONAL { ".repeat(1000) + "?s ?p ?o " + "} ".repeat(1000) + "}";
        String parens = "ASK { FILTER(" + "(".repeat(5000) + "1" + ")".repeat(5000) + ") }";
        List<CompletableFuture<HttpResponse<String>>> runaways = new ArrayList<>();
        for (int i = 0; i < PLACES; i++) {
            runaways.add(CompletableFuture.supplyAsync(() -> query(REGEX)));
        }
        sleep(200);
        for (String q : List.of(nested, parens, "SELECT ?s WHERE { ?s ?p }")) {
            long start = System.nanoTime();
            HttpResponse<String> r = query(q);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).isNotBlank();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused before a place is free")
                    .isLessThan(Duration.ofMillis(700));
        }
        HttpResponse<String> posted = http.post(server.endpointUrl(), "application/sparql-query", nested,
                "application/sparql-results+json");
        assertThat(posted.statusCode()).isEqualTo(400);
        runaways.forEach(CompletableFuture::join);
        assertStillAnswers();
    }

    @Test
    void traceIsOff() throws Exception {
        for (String path : List.of("/", "/dipkg/sparql", "/id/person/antony-blinken")) {
            String response = raw("TRACE " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Secret: s3cret\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(response).as(path).startsWith("HTTP/1.1 405").doesNotContain("s3cret");
        }
    }

    @Test
    void htmlPagesCarryAContentSecurityPolicy() {
        for (String path : List.of("", "id/person/antony-blinken", "ontology", "queries/")) {
            HttpResponse<String> r = http.get(server.baseUrl() + path, Http.BROWSER_ACCEPT);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("default-src 'self'", "frame-ancestors 'none'");
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.host()).isEqualTo("127.0.0.1");
    }

    static InputStream comment(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? (left == size - 1 ? '#' : 'x') : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
