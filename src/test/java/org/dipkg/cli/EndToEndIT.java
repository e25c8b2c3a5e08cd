package org.dipkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path through the built jar, as a user runs it: the main job twice, export,
 * load, then serve on a free port and query over HTTP. ({@code convert} itself is run in
 * process by {@code CommandsTest}.)
 */
class EndToEndIT {
    private static final String JAR = System.getProperty("dipkg.jar", "target/dipkg.jar");
    private static final String SEED = "data/articles/2022-01-10-us-russia-geneva-talks.txt";
    private static final Pattern SERVING = Pattern.compile("SPARQL endpoint (http://localhost:(\\d+)/dipkg/sparql)");

    /**
     * One conversion, so that the language models load once: {@code up} converts and loads the
     * article, a second {@code up} finds nothing changed; the store, exported, is loaded twice
     * into another store and kept once; that store is served and queried.
     */
    @Test
    void upExportLoadServeQuery(@TempDir Path tmp) throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.copy(Path.of(SEED), articles.resolve("2022-01-10-seed.txt"));
        Path db = tmp.resolve("store");
        Process first = start("up", articles.toString(), "--db", db.toString(), "--no-serve");
        String log1 = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(first.waitFor()).as(log1).isZero();
        assertThat(log1).contains("1 articles converted and loaded, 0 unchanged");
        Process second = start("up", articles.toString(), "--db", db.toString(), "--no-serve");
        String log2 = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor()).as(log2).isZero();
        assertThat(log2).contains("0 articles converted and loaded, 1 unchanged").doesNotContain("language models");

        Path all = tmp.resolve("store.nq");
        assertThat(run("export", "--db", db.toString(), "-o", all.toString())).isZero();
        Path copy = tmp.resolve("copy");
        assertThat(run("load", all.toString(), "--db", copy.toString())).isZero();
        assertThat(run("load", all.toString(), "--db", copy.toString())).as("loading again replaces").isZero();
        Path dump = tmp.resolve("copy.nq");
        assertThat(run("export", "--db", copy.toString(), "-o", dump.toString())).isZero();
        assertThat(Files.lines(dump).count()).as("one copy of each statement after loading twice")
                .isEqualTo(Files.lines(all).count()).isPositive();

        Process server = start("serve", "--db", copy.toString(), "--port", "0");
        try {
            String endpoint = endpoint(server);
            String csv = get(endpoint + "?query=" + URLEncoder.encode(Files.readString(Path.of("queries/meetings.rq")),
                    StandardCharsets.UTF_8), "text/csv");
            assertThat(csv).startsWith("meeting,date,place,participant,planned")
                    .contains("2022-01-10,Geneva,Wendy Sherman").contains("Sergei Ryabkov");
            String page = get(endpoint.replace("/dipkg/sparql", "/"), "text/html");
            assertThat(page).contains("<html");
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static int run(String... args) throws Exception {
        Process p = start(args);
        p.getInputStream().transferTo(System.err);
        return p.waitFor();
    }

    private static Process start(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("java", "-Xmx3g", "-jar", JAR));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String endpoint(Process server) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (System.nanoTime() < deadline && (line = r.readLine()) != null) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        r.transferTo(java.io.Writer.nullWriter());
                    } catch (java.io.IOException ignored) {
                        // the server was stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("the server did not start");
    }

    private static String get(String url, String accept) throws Exception {
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }
}
