package org.dipkg.serve;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets at most a set number of requests to the SPARQL endpoint run at once, shared fairly
 * among client addresses ({@link QuerySlots}); the others wait their turn, up to the query
 * timeout, then get 503 with a Retry-After. However many clients call, the heap then holds
 * the store's caches and that many queries, and the cores are not shared among more
 * queries than they can run. A query that takes its place gets its {@link QueryDeadline}.
 */
final class QueryGate extends HttpFilter {
    private final QuerySlots slots;
    private final Duration wait;

    QueryGate(int atOnce, int perClient, Duration wait) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one query must be able to run: " + atOnce);
        }
        this.slots = new QuerySlots(atOnce, perClient);
        this.wait = wait;
    }

    /** Twice the cores, and at least 2. */
    static int defaultAtOnce() {
        return Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** Half the places, and at least 1. */
    static int defaultPerClient(int atOnce) {
        return Math.max(1, atOnce / 2);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = String.valueOf(request.getRemoteAddr());
        boolean entered;
        try {
            entered = slots.enter(client, wait);
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
        QueryDeadline.start(wait);
        try {
            chain.doFilter(request, response);
        } finally {
            QueryDeadline.clear();
            slots.leave(client);
        }
    }
}
