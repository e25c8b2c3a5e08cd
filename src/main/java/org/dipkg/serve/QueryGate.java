package org.dipkg.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
 * queries than they can run.
 * <p>
 * A query that takes its place gets its {@link QueryDeadline}, and a watchdog: past
 * {@link Limits#longAfter} the query is a long one, and only {@link Limits#longAtOnce}
 * long queries run at once; a query that would be one more is stopped there (503), so that
 * runaway queries cannot hold every place for the whole timeout. At the timeout the
 * watchdog stops the query whatever it is doing.
 */
final class QueryGate extends HttpFilter {
    /** How many queries run at once, and for how long. */
    record Limits(int atOnce, int perClient, int longAtOnce, Duration longAfter, Duration timeout) {
        Limits {
            if (atOnce < 1 || perClient < 1 || longAtOnce < 1) {
                throw new IllegalArgumentException("at least one query must be able to run: " + atOnce + ", "
                        + perClient + ", " + longAtOnce);
            }
        }

        /** Every place for anyone, long queries as many as places: only the timeout applies. */
        static Limits simple(int atOnce, Duration timeout) {
            return new Limits(atOnce, atOnce, atOnce, timeout, timeout);
        }
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dipkg-query-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final QuerySlots slots;
    private final Semaphore longRunning;
    private final Set<Watch> running = ConcurrentHashMap.newKeySet();
    private final Limits limits;

    QueryGate(Limits limits) {
        this.limits = limits;
        this.slots = new QuerySlots(limits.atOnce(), limits.perClient());
        this.longRunning = new Semaphore(limits.longAtOnce());
    }

    /** Twice the cores, and at least 2. */
    static int defaultAtOnce() {
        return Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** Half the places, and at least 1. */
    static int defaultPerClient(int atOnce) {
        return Math.max(1, atOnce / 2);
    }

    /** Half the places, and at least 1. */
    static int defaultLongAtOnce(int atOnce) {
        return Math.max(1, atOnce / 2);
    }

    /** Stops every running query now (when the server stops). */
    void stopAll() {
        running.forEach(Watch::stop);
    }

    /** Waits until no query runs, up to {@code wait}; true if none does. */
    boolean awaitIdle(Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (!running.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return running.isEmpty();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = String.valueOf(request.getRemoteAddr());
        Duration wait = limits.timeout();
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
        Watch watch = new Watch(QueryDeadline.start(limits.timeout()));
        try {
            chain.doFilter(request, response);
        } finally {
            watch.done();
            QueryDeadline.clear();
            slots.leave(client);
        }
    }

    /** One running query under watch: RUNNING, then LONG or STOPPED, then DONE. */
    private final class Watch {
        private final QueryDeadline deadline;
        private final ScheduledFuture<?> longCheck;
        private final ScheduledFuture<?> hardStop;
        private boolean holdsLong;
        private boolean finished;

        Watch(QueryDeadline deadline) {
            this.deadline = deadline;
            boolean laneLimited = limits.longAtOnce() < limits.atOnce()
                    && limits.longAfter().compareTo(limits.timeout()) < 0;
            this.longCheck = laneLimited
                    ? WATCHDOG.schedule(this::becomeLong, limits.longAfter().toMillis(), TimeUnit.MILLISECONDS) : null;
            // ARQ's own timeout fires first; this stops what it cannot reach
            this.hardStop = WATCHDOG.schedule(this::stop, limits.timeout().toMillis() + 500, TimeUnit.MILLISECONDS);
            running.add(this);
        }

        private synchronized void becomeLong() {
            if (finished) {
                return;
            }
            if (longRunning.tryAcquire()) {
                holdsLong = true;
            } else {
                deadline.stop();
            }
        }

        private synchronized void stop() {
            if (!finished) {
                deadline.stop();
            }
        }

        synchronized void done() {
            finished = true;
            running.remove(this);
            if (longCheck != null) {
                longCheck.cancel(false);
            }
            hardStop.cancel(false);
            if (holdsLong) {
                holdsLong = false;
                longRunning.release();
            }
        }
    }
}
