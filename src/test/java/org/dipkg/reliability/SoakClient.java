package org.dipkg.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Many clients on one SPARQL endpoint for a while, mixing good queries (the contract queries,
 * {@code queries/*.rq}) with a share of malformed requests (syntax errors, bad
 * percent-encoding, an unknown charset, a query nested a thousand deep) and a share of
 * runaway queries (a cross product, a catastrophic regular expression). The bad requests are
 * sent aside (at most CLIENTS out at once; one more is counted and not sent), so that a
 * client does not sit waiting for its own
 * runaway query and the count measures what the server does. Counts the good
 * queries answered and their latency, and any answer other than 200, 400 or 503 (or an I/O
 * failure) as an error.
 *
 * <pre>
 *   SoakClient ENDPOINT QUERIES_DIR CLIENTS SECONDS MALFORMED_SHARE RUNAWAY_SHARE
 * </pre>
 * ENDPOINT may be several, comma-separated (replicas of one store): the requests go to them in
 * turn, round-robin, as a load balancer in front of them would send them.
 * prints one line of results and {@code answered=N} for scripts. With ABUSE_FROM (a loopback
 * address such as 127.0.0.2), the malformed and runaway requests come from that address,
 * as from another client, and the good ones from the usual one.
 */
final class SoakClient {
    static final String CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String REGEX = "ASK { FILTER(REGEX(\"" + "a".repeat(40) + "!\", \"(.*a){14}$\")) }";
    static final String NESTED = "SELECT * { " + "OPTIONAL { ".repeat(1000) + "?s ?p ?o " + "} ".repeat(1000) + "}";

    private final List<String> endpoints;
    private final AtomicLong sent = new AtomicLong();
    private final List<String> queries;
    private final int clients;
    private final Duration duration;
    private final double malformed;
    private final double runaway;
    private final InetAddress abuseFrom;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong busy = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong stopped = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong notSent = new AtomicLong();
    private final AtomicLong variants = new AtomicLong();
    private final Map<String, Boolean> samples = new ConcurrentHashMap<>();

    SoakClient(String endpoint, List<String> queries, int clients, Duration duration, double malformed,
            double runaway, InetAddress abuseFrom) {
        this.abuseFrom = abuseFrom;
        this.endpoints = List.of(endpoint.split(","));
        this.queries = queries;
        this.clients = clients;
        this.duration = duration;
        this.malformed = malformed;
        this.runaway = runaway;
    }

    String run() throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ExecutorService abusers = Executors.newFixedThreadPool(clients);
        Semaphore outstanding = new Semaphore(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c * 7919L + 17);
            futures.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                int next = random.nextInt(queries.size());
                while (System.nanoTime() < end) {
                    double roll = random.nextDouble();
                    if (roll < malformed + runaway) {
                        // sent aside, so that a client does not wait for its own runaway query; at most
                        // CLIENTS of them are out at once, and one more is not sent
                        int kind = random.nextInt(5);
                        boolean cross = random.nextBoolean();
                        if (!outstanding.tryAcquire()) {
                            notSent.incrementAndGet();
                            continue;
                        }
                        abusers.submit(() -> {
                            try {
                                if (roll < malformed) {
                                    malformed(kind);
                                } else {
                                    runaway(cross ? CROSS : REGEX);
                                }
                            } finally {
                                outstanding.release();
                            }
                        });
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
        abusers.shutdown();
        abusers.awaitTermination(5, TimeUnit.MINUTES);
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return String.format(Locale.ROOT, "%d good queries answered, %d turned away busy; p50 %.1f ms, p99 %.1f ms; "
                        + "%d malformed refused (400), %d runaway stopped (503), %d bad not sent (%d out already); "
                        + "%d errors%s",
                answered.get(), busy.get(), percentile(latencies, 50), percentile(latencies, 99), refused.get(),
                stopped.get(), notSent.get(), clients, errors.get(), samples.isEmpty() ? "" : "; first errors: " + samples.keySet());
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

    /** A request as sent: GET with the query in the URL when {@code contentType} is null, else POST. */
    private record Request(String query, String contentType, String body) {
        static Request get(String query) {
            return new Request(query, null, null);
        }

        static Request post(String contentType, String body) {
            return new Request(null, contentType, body);
        }
    }

    private void malformed(int kind) {
        Request request = switch (kind) {
            case 0 -> Request.get("SELECT ?s WHERE { ?s ?p }");
            case 1 -> Request.post("application/x-www-form-urlencoded", "query=ASK%7B%7");
            case 2 -> Request.post("application/sparql-query; charset=x-bogus", "ASK {}");
            case 3 -> Request.get(NESTED);
            default -> Request.post("application/sparql-query", "SELECT * WHERE { ?s ?p ?o ");
        };
        expect(request, 400, refused, "malformed " + kind);
    }

    private void runaway(String query) {
        // with SOAK_VARY_RUNAWAY=1 each runaway query is another one, as a server that remembers them sees it
        String sent = "1".equals(System.getenv("SOAK_VARY_RUNAWAY"))
                ? query + " VALUES ?variant { " + variants.incrementAndGet() + " }" : query;
        expect(Request.get(sent), 503, stopped, "runaway");
    }

    /** Sends a bad request (from the abusive address, if one is set) and counts its answer. */
    private void expect(Request request, int status, AtomicLong counter, String kind) {
        int got;
        String body = "";
        if (abuseFrom != null) {
            got = raw(request, kind);
        } else {
            HttpResponse<String> r = send(request.contentType() == null ? get(request.query())
                    : post(request.contentType(), request.body()), kind);
            got = r == null ? -1 : r.statusCode();
            body = r == null ? "" : r.body().replace('\n', ' ');
        }
        if (got == status) {
            counter.incrementAndGet();
        } else if (got >= 0) {
            errors.incrementAndGet();
            boolean other = got != 200 && got != 400 && got != 503;
            sample(kind + ": HTTP " + got + (other ? "" : " (unexpected for this kind)") + " "
                    + body.substring(0, Math.min(120, body.length())));
        }
    }

    /** Sends a request over a socket bound to the abusive address; the status, or -1 on failure. */
    private int raw(Request request, String kind) {
        URI uri = URI.create(endpoint());
        String target = uri.getRawPath() + (request.query() == null ? ""
                : "?query=" + URLEncoder.encode(request.query(), StandardCharsets.UTF_8));
        byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(request.contentType() == null ? "GET " : "POST ").append(target)
                .append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(uri.getPort())
                .append("\r\nAccept: application/sparql-results+json\r\nConnection: close\r\n");
        if (request.contentType() != null) {
            head.append("Content-Type: ").append(request.contentType()).append("\r\nContent-Length: ")
                    .append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(abuseFrom, 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(90_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String status = new String(answer, 0, Math.min(12, answer.length), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.substring(9, 12));
        } catch (IOException | RuntimeException e) {
            errors.incrementAndGet();
            sample(kind + ": " + e);
            return -1;
        }
    }

    private HttpRequest get(String query) {
        return HttpRequest.newBuilder(URI.create(endpoint() + "?query=" + URLEncoder.encode(query,
                StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(90))
                .header("Accept", "application/sparql-results+json").GET().build();
    }

    private HttpRequest post(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(endpoint())).timeout(Duration.ofSeconds(90))
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
        if (r == null) {
            return;
        }
        boolean other = r.statusCode() != 200 && r.statusCode() != 400 && r.statusCode() != 503;
        errors.incrementAndGet();
        String body = r.body().replace('\n', ' ');
        sample(kind + ": HTTP " + r.statusCode() + (other ? "" : " (unexpected for this kind)") + " "
                + body.substring(0, Math.min(120, body.length())));
    }

    /** The endpoint of the next request: one after the other in turn (round-robin), as a load balancer sends them. */
    private String endpoint() {
        return endpoints.get((int) (sent.getAndIncrement() % endpoints.size()));
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
        if (args.length < 6 || args.length > 7) {
            System.err.println("usage: SoakClient ENDPOINT QUERIES_DIR CLIENTS SECONDS MALFORMED_SHARE RUNAWAY_SHARE "
                    + "[ABUSE_FROM]");
            System.exit(2);
        }
        List<String> queries = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                queries.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        SoakClient client = new SoakClient(args[0], queries, Integer.parseInt(args[2]),
                Duration.ofSeconds(Long.parseLong(args[3])), Double.parseDouble(args[4]), Double.parseDouble(args[5]),
                args.length == 7 ? InetAddress.getByName(args[6]) : null);
        String report = client.run();
        System.out.println(report);
        System.out.println("answered=" + client.answered.get() + " errors=" + client.errors.get());
        System.exit(client.errors.get() == 0 ? 0 : 1);
    }
}
