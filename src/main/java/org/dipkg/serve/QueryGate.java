package org.dipkg.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets at most a set number of requests to the SPARQL endpoint run at once; the others
 * wait their turn, up to the query timeout, then get 503 with a Retry-After. However
 * many clients call, the heap then holds the store's caches and that many queries, and the
 * cores are not shared among more queries than they can run.
 */
final class QueryGate extends HttpFilter {
    private final Semaphore running;
    private final Duration wait;

    QueryGate(int atOnce, Duration wait) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one query must be able to run: " + atOnce);
        }
        this.running = new Semaphore(atOnce, true);
        this.wait = wait;
    }

    /** Twice the cores, and at least 2. */
    static int defaultAtOnce() {
        return Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean entered;
        try {
            entered = running.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            HttpIO.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy: "
                    + "other queries held every place for " + wait.toSeconds() + " s. Try again later.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }
}
