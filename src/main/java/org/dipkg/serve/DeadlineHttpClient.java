package org.dipkg.serve;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP client of SERVICE calls: it never follows a redirect (a redirect is an error, so a
 * listed endpoint cannot send the query to one that is not listed), and each request must
 * be answered before the calling query's {@link QueryDeadline}.
 */
final class DeadlineHttpClient extends HttpClient {
    private final HttpClient client;

    DeadlineHttpClient(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().followRedirects(Redirect.NEVER).connectTimeout(connectTimeout).build();
    }

    /** The request with its timeout cut to what is left of the query's time. */
    private static HttpRequest bounded(HttpRequest request) {
        Optional<Duration> left = QueryDeadline.left();
        if (left.isEmpty()) {
            return request;
        }
        Duration timeout = request.timeout().map(t -> t.compareTo(left.get()) < 0 ? t : left.get()).orElse(left.get());
        if (timeout.isNegative() || timeout.isZero()) {
            timeout = Duration.ofMillis(1);
        }
        return HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
    }

    /** A redirect is an error here, not an answer. */
    private static <T> HttpResponse<T> noRedirect(HttpResponse<T> response) throws IOException {
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            throw new IOException("SERVICE <" + response.uri() + "> answered with a redirect (" + status + " to "
                    + response.headers().firstValue("Location").orElse("nowhere") + "); redirects are not followed");
        }
        return response;
    }

    private static <T> CompletableFuture<HttpResponse<T>> noRedirect(CompletableFuture<HttpResponse<T>> response) {
        return response.thenApply(r -> {
            try {
                return noRedirect(r);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return noRedirect(client.send(bounded(request), handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return noRedirect(client.sendAsync(bounded(request), handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> push) {
        return noRedirect(client.sendAsync(bounded(request), handler, push));
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return client.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return client.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return client.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return client.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return client.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return client.authenticator();
    }

    @Override
    public Version version() {
        return client.version();
    }

    @Override
    public Optional<Executor> executor() {
        return client.executor();
    }
}
