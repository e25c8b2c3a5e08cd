package org.dipkg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.io.OutputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dipkg serve} as users run it, end to end: bad queries, updates, runaway queries,
 * odd paths and large requests get clear refusals, and the server goes on answering.
 * The in-process server tests in {@code org.dipkg.serve} cover the protocol itself.
 */
class ServeProcessIT {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    static Path dir;
    static Path db;
    static Jar.Server server;
    static long triples;
    static final Http http = new Http();

    @BeforeAll
    static void start() {
        db = dir.resolve("db");
        Path corpus = dir.resolve("corpus.trig");
        assertThat(Cli.run("convert", Articles.root().resolve("data/articles").toString(),
                Articles.resource("articles").toString(), "-o", corpus.toString()).exit()).isZero();
        assertThat(Cli.run("load", "--db", db.toString(), corpus.toString()).exit()).isZero();
        server = Jar.Server.start(dir, "--db", db.toString(), "--timeout", "2");
        triples = http.count(server.endpoint(), COUNT);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.close();
    }

    private static void assertStillAnswers() {
        assertThat(http.count(server.endpoint(), COUNT)).isEqualTo(triples);
    }

    @Test
    void syntaxErrorIsA400WithTheParsersMessage() {
        HttpResponse<String> r = http.query(server.endpoint(), "SELECT ?s WHERE { ?s ?p }");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Encountered", "line 1, column 25");
        assertStillAnswers();
    }

    @Test
    void updatesAreRefused() {
        String update = "LOAD <file:///etc/passwd> ; INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }";
        HttpResponse<String> body = http.post(server.endpoint(), "application/sparql-update",
                HttpRequest.BodyPublishers.ofString(update));
        assertThat(body.statusCode()).isEqualTo(403);
        assertThat(body.body()).contains("read-only");
        HttpResponse<String> form = http.post(server.endpoint(), "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("update=" + Http.encode(update)));
        assertThat(form.statusCode()).isEqualTo(403);
        HttpResponse<String> get = http.get(server.endpoint() + "?update=" + Http.encode(update));
        assertThat(get.statusCode()).isEqualTo(400);
        HttpResponse<String> dataset = http.post(server.base + "dipkg", "application/sparql-update",
                HttpRequest.BodyPublishers.ofString(update));
        assertThat(dataset.statusCode()).isEqualTo(403);
        assertStillAnswers();
    }

    @Test
    void runawayQueryTimesOutAndTheServerStillAnswers() {
        long start = System.nanoTime();
        HttpResponse<String> r = http.query(server.endpoint(), RUNAWAY);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertStillAnswers();
    }

    @Test
    void localFilesCannotBeReadThroughQueries() {
        for (String q : List.of("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }")) {
            HttpResponse<String> r = http.query(server.endpoint(), q);
            assertThat(r.statusCode()).as(q).isIn(200, 400, 422);
            assertThat(r.body()).as(q).doesNotContain("root:");
        }
        assertStillAnswers();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/dipkg/sparql/../../etc/passwd",
        "/dipkg/../../etc/passwd",
        "/..%2f..%2fetc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "//etc/passwd",
        "/static/%00",
        "/static/app.js/",
        "/id/%ff%fe",
        "/id/person/x?format=../../etc/passwd",
        "/queries/..;/..;/etc/passwd",
        "/.well-known/../../../etc/passwd",
        "/ontology%2f..%2f..%2fetc%2fpasswd",
        "/dipkg/data?graph=file:///etc/passwd",
        "/dipkg/sparql;jsessionid=x",
        "/WEB-INF/web.xml",
        "/META-INF/MANIFEST.MF"
    })
    void oddPathsAreRefused(String path) throws Exception {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        int status = Integer.parseInt(response.substring(9, 12));
        assertThat(status).as(path).isIn(400, 404);
        assertThat(response).as(path).doesNotContain("root:", "<web-app", "Main-Class");
        assertStillAnswers();
    }

    @Test
    void veryLongUrlIsRefused() {
        HttpResponse<String> r = http.get(server.endpoint() + "?query=" + "x".repeat(200_000));
        assertThat(r.statusCode()).isIn(400, 414, 431);
        assertStillAnswers();
    }

    @Test
    void queryStringThatIsNotUtf8IsA400() {
        assertThat(http.get(server.endpoint() + "?query=%ff%fe").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/sparql-query", "application/x-www-form-urlencoded"})
    void oversizedBodyIsRefusedQuickly(String type) {
        String query = "SELECT * { ?s ?p ?o } # " + "x".repeat(10 * 1024 * 1024);
        String body = type.endsWith("urlencoded") ? "query=" + Http.encode(query) : query;
        long start = System.nanoTime();
        HttpResponse<String> r = http.post(server.endpoint(), type, HttpRequest.BodyPublishers.ofString(body));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertStillAnswers();
    }

    @Test
    void garbageInsteadOfHttpIsAnsweredAndForgotten() throws Exception {
        String response = raw("\u0016\u0003\u0001 hello this is not http\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertStillAnswers();
    }

    /** Sends bytes as they are (no client normalizes the path) and reads the whole answer. */
    private static String raw(String request) throws Exception {
        int port = Integer.parseInt(server.base.replaceAll(".*:(\\d+)/$", "$1"));
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
