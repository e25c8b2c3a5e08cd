package org.dipkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP load client for a SPARQL endpoint: N clients, each sending the queries of a
 * mix one after the other (each client starting at a different query), reading every
 * answer to its end, until a deadline. Only loopback endpoints are meant.
 */
final class LoadClient {
    /** What one level of concurrency gave. */
    record Result(int clients, int done, int errors, double seconds, double p50Ms, double p99Ms) {
        double perSecond() {
            return done / seconds;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> queries;

    LoadClient(List<String> queries) {
        this.queries = List.copyOf(queries);
    }

    /** Sends each query once, to warm caches and compilers; returns the answer sizes (-1: failed). */
    List<Long> warm(String endpoint) throws InterruptedException {
        List<Long> sizes = new ArrayList<>();
        for (String q : queries) {
            try {
                sizes.add(send(endpoint, q));
            } catch (IOException e) {
                sizes.add(-1L);
            }
        }
        return sizes;
    }

    /** One client sends the whole mix {@code passes} times. */
    Result passes(String endpoint, int passes) throws InterruptedException {
        List<Long> latencies = new ArrayList<>();
        int errors = 0;
        long start = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (String q : queries) {
                long t0 = System.nanoTime();
                try {
                    send(endpoint, q);
                    latencies.add(System.nanoTime() - t0);
                } catch (IOException e) {
                    errors++;
                }
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(1, sorted.length, errors, secs, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    Result run(String endpoint, int clients, Duration length) throws InterruptedException {
        long deadline = System.nanoTime() + length.toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                for (int i = first; System.nanoTime() < deadline; i++) {
                    long t0 = System.nanoTime();
                    try {
                        send(endpoint, queries.get(i % queries.size()));
                        latencies.add(System.nanoTime() - t0);
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Result(clients, sorted.length, errors.get(), secs, percentile(sorted, 0.50),
                percentile(sorted, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Sends a query as an HTML form POST and reads the answer; returns its size in bytes. */
    private long send(String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        long n = 0;
        try (InputStream in = resp.body()) {
            byte[] buf = new byte[1 << 16];
            for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
                n += k;
            }
        }
        if (resp.statusCode() != 200) {
            throw new IOException("HTTP " + resp.statusCode());
        }
        return n;
    }
}
