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
 * Many clients on one SPARQL endpoint for a while, mixing good queries (the contract queries,
 * {@code queries/*.rq}) with a share of malformed requests (syntax errors, bad
 * percent-encoding, an unknown charset, a query nested a thousand deep) and a share of
 * runaway queries (a cross product, a catastrophic regular expression). Counts the good
 * queries answered and their latency, and any answer other than 200, 400 or 503 (or an I/O
 * failure) as an error.
 *
 * <pre>
 *   SoakClient ENDPOINT QUERIES_DIR CLIENTS SECONDS MALFORMED_SHARE RUNAWAY_SHARE
 * </pre>
 * prints one line of results and {@code answered=N} for scripts.
 */
final class SoakClient {
    static final String CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String REGEX = "ASK { FILTER(REGEX(\"" + "a".repeat(40) + "!\", \"(.*a){14}$\")) }";
    static final String NESTED = "SELECT * { " + "OPTIONAL { ".repeat(1000) + "?s ?p ?o " + "} ".repeat(1000) + "}";

    private final String endpoint;
    private final List<String> queries;
    private final int clients;
    private final Duration duration;
    private final double malformed;
    private final double runaway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong busy = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong stopped = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Map<String, Boolean> samples = new ConcurrentHashMap<>();

    SoakClient(String endpoint, List<String> queries, int clients, Duration duration, double malformed,
            double runaway) {
        this.endpoint = endpoint;
        this.queries = queries;
        this.clients = clients;
        this.duration = duration;
        this.malformed = malformed;
        this.runaway = runaway;
    }

    String run() throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c * 7919L + 17);
            futures.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                int next = random.nextInt(queries.size());
                while (System.nanoTime() < end) {
                    double roll = random.nextDouble();
                    if (roll < malformed) {
                        malformed(random.nextInt(5));
                    } else if (roll < malformed + runaway) {
                        runaway(random.nextBoolean() ? CROSS : REGEX);
                    } else {
                        long t0 = System.nanoTime();
                        if (good(queries.get(next++ % queries.size()))) {
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = (System.nanoTime() - t0) / 1000;
                        }
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
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return String.format(Locale.ROOT, "%d good queries answered, %d turned away busy; p50 %.1f ms, p99 %.1f ms; "
                        + "%d malformed refused (400), %d runaway stopped (503); %d errors%s",
                answered.get(), busy.get(), percentile(latencies, 50), percentile(latencies, 99), refused.get(),
                stopped.get(), errors.get(), samples.isEmpty() ? "" : "; first errors: " + samples.keySet());
    }

    /** A good query: true when answered. */
    private boolean good(String query) {
        HttpResponse<String> r = send(get(query), "good");
        if (r == null) {
            return false;
        }
        if (r.statusCode() == 200 && r.body().contains("\"bindings\"")) {
            answered.incrementAndGet();
            return true;
        }
        if (r.statusCode() == 503) {
            busy.incrementAndGet();
        } else {
            error("good", r);
        }
        return false;
    }

    private void malformed(int kind) {
        HttpRequest request = switch (kind) {
            case 0 -> get("SELECT ?s WHERE { ?s ?p }");
            case 1 -> post("application/x-www-form-urlencoded", "query=ASK%7B%7");
            case 2 -> post("application/sparql-query; charset=x-bogus", "ASK {}");
            case 3 -> get(NESTED);
            default -> post("application/sparql-query", "SELECT * WHERE { ?s ?p ?o ");
        };
        HttpResponse<String> r = send(request, "malformed");
        if (r != null) {
            if (r.statusCode() == 400) {
                refused.incrementAndGet();
            } else {
                error("malformed " + kind, r);
            }
        }
    }

    private void runaway(String query) {
        HttpResponse<String> r = send(get(query), "runaway");
        if (r != null) {
            if (r.statusCode() == 503) {
                stopped.incrementAndGet();
            } else {
                error("runaway", r);
            }
        }
    }

    private HttpRequest get(String query) {
        return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query,
                StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(90))
                .header("Accept", "application/sparql-results+json").GET().build();
    }

    private HttpRequest post(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(90))
                .header("Accept", "application/sparql-results+json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request, String kind) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            errors.incrementAndGet();
            sample(kind + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void error(String kind, HttpResponse<String> r) {
        boolean other = r.statusCode() != 200 && r.statusCode() != 400 && r.statusCode() != 503;
        errors.incrementAndGet();
        String body = r.body().replace('\n', ' ');
        sample(kind + ": HTTP " + r.statusCode() + (other ? "" : " (unexpected for this kind)") + " "
                + body.substring(0, Math.min(120, body.length())));
    }

    private void sample(String s) {
        if (samples.size() < 5) {
            samples.put(s, true);
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1000.0;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: SoakClient ENDPOINT QUERIES_DIR CLIENTS SECONDS MALFORMED_SHARE RUNAWAY_SHARE");
            System.exit(2);
        }
        List<String> queries = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                queries.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        SoakClient client = new SoakClient(args[0], queries, Integer.parseInt(args[2]),
                Duration.ofSeconds(Long.parseLong(args[3])), Double.parseDouble(args[4]), Double.parseDouble(args[5]));
        String report = client.run();
        System.out.println(report);
        System.out.println("answered=" + client.answered.get() + " errors=" + client.errors.get());
        System.exit(client.errors.get() == 0 ? 0 : 1);
    }
}
