package org.dipkg.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP client for the endpoint tests. */
final class Http {
    static final String JSON = "application/sparql-results+json";
    private static final Pattern NUMBER = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept", JSON)
                .GET().build());
    }

    HttpResponse<String> query(String endpoint, String sparql) {
        return get(endpoint + "?query=" + encode(sparql));
    }

    HttpResponse<String> post(String url, String contentType, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept", JSON)
                .header("Content-Type", contentType).POST(body).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The number a {@code SELECT (COUNT(*) AS ?n)} answers. */
    long count(String endpoint, String sparql) {
        HttpResponse<String> r = query(endpoint, sparql);
        if (r.statusCode() != 200) {
            throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
        }
        return number(r.body());
    }

    static long number(String json) {
        Matcher m = NUMBER.matcher(json);
        if (!m.find()) {
            throw new AssertionError("no count in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
