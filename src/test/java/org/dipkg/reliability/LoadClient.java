package org.dipkg.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Many clients querying a SPARQL endpoint at once for a while, over HTTP: each sends the
 * contract queries ({@code queries/*.rq}) one after another, and a share of requests are
 * bad on purpose (a syntax error, a runaway cross product, an update), which must get
 * 400, 503 and 403. Anything else, or an I/O failure, is an error. Reports latencies of
 * the good queries.
 *
 * <pre>
 *   LoadClient.Report r = LoadClient.create().endpoint(url).queries(dir).clients(32)
 *       .duration(Duration.ofSeconds(60)).badShare(0.05).build().run();
 * </pre>
 * From the command line: {@code LoadClient ENDPOINT QUERIES_DIR CLIENTS SECONDS BAD_SHARE}.
 */
final class LoadClient {
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String UPDATE = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";

    /** What a run did. */
    record Report(long good, long bad, long errors, List<String> samples, long[] latenciesMicros, Duration took) {
        double percentile(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, Math.min(i, latenciesMicros.length - 1))] / 1000.0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d good queries (%.0f/s), %d bad requests, %d errors; latency of "
                            + "good queries p50 %.1f ms, p99 %.1f ms, max %.1f ms%s", good,
                    good / Math.max(1e-3, took.toMillis() / 1000.0), bad, errors, percentile(50), percentile(99),
                    percentile(100), samples.isEmpty() ? "" : "; first errors: " + samples);
        }
    }

    private final String endpoint;
    private final List<String> queries;
    private final int clients;
    private final Duration duration;
    private final double badShare;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private LoadClient(Builder b) {
        this.endpoint = b.endpoint;
        this.queries = List.copyOf(b.queries);
        this.clients = b.clients;
        this.duration = b.duration;
        this.badShare = b.badShare;
    }

    static Builder create() {
        return new Builder();
    }

    /** Builds a {@link LoadClient}. */
    static final class Builder {
        private String endpoint;
        private List<String> queries = List.of();
        private int clients = 8;
        private Duration duration = Duration.ofSeconds(5);
        private double badShare;

        Builder endpoint(String url) {
            this.endpoint = url;
            return this;
        }

        /** The {@code .rq} files of a folder. */
        Builder queries(Path folder) throws IOException {
            try (Stream<Path> s = Files.list(folder)) {
                List<String> out = new ArrayList<>();
                for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                    out.add(Files.readString(p, StandardCharsets.UTF_8));
                }
                this.queries = out;
            }
            return this;
        }

        Builder clients(int n) {
            this.clients = n;
            return this;
        }

        Builder duration(Duration d) {
            this.duration = d;
            return this;
        }

        Builder badShare(double share) {
            this.badShare = share;
            return this;
        }

        LoadClient build() {
            if (endpoint == null || queries.isEmpty()) {
                throw new IllegalStateException("an endpoint and at least one query are needed");
            }
            return new LoadClient(this);
        }
    }

    Report run() throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong good = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, Boolean> samples = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c * 7919L + 1);
            futures.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                int next = random.nextInt(queries.size());
                while (System.nanoTime() < end) {
                    boolean isBad = random.nextDouble() < badShare;
                    String kind = isBad ? List.of("syntax", "runaway", "update").get(random.nextInt(3)) : "good";
                    String query = queries.get(next++ % queries.size());
                    long t0 = System.nanoTime();
                    String problem = send(kind, query);
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (problem != null) {
                        errors.incrementAndGet();
                        if (samples.size() < 5) {
                            samples.put(kind + ": " + problem, true);
                        }
                    } else if (isBad) {
                        bad.incrementAndGet();
                    } else {
                        good.incrementAndGet();
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = micros;
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        pool.shutdown();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Report(good.get(), bad.get(), errors.get(), List.copyOf(samples.keySet()), latencies, took);
    }

    /** Sends one request; null when the answer is the expected one, else what was wrong. */
    private String send(String kind, String query) {
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/sparql-results+json");
            int expected;
            switch (kind) {
                case "syntax" -> {
                    req.uri(uri(query.replaceFirst("\\}\\s*$", "").replace("WHERE {", "WHERE {{")));
                    expected = 400;
                }
                case "runaway" -> {
                    req.uri(uri(RUNAWAY));
                    expected = 503;
                }
                case "update" -> {
                    req.uri(URI.create(endpoint)).header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString(UPDATE));
                    expected = 403;
                }
                default -> {
                    req.uri(uri(query));
                    expected = 200;
                }
            }
            HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                return "HTTP " + r.statusCode() + " (expected " + expected + "): " + cut(r.body());
            }
            if (expected == 200 && !r.body().contains("\"bindings\"")) {
                return "no result bindings: " + cut(r.body());
            }
            return null;
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private URI uri(String query) {
        return URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static String cut(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 160 ? one.substring(0, 160) + "..." : one;
    }

    /** Runs against a server; exits 1 when any request got an unexpected answer. */
    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LoadClient ENDPOINT QUERIES_DIR CLIENTS SECONDS BAD_SHARE");
            System.exit(2);
        }
        Report r = create().endpoint(args[0]).queries(Path.of(args[1])).clients(Integer.parseInt(args[2]))
                .duration(Duration.ofSeconds(Long.parseLong(args[3]))).badShare(Double.parseDouble(args[4]))
                .build().run();
        System.out.println(args[2] + " clients, " + args[3] + " s, " + Math.round(Double.parseDouble(args[4]) * 100)
                + "% bad: " + r);
        System.exit(r.errors() == 0 ? 0 : 1);
    }
}
