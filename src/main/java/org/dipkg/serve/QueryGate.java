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
 * queries than they can run. A client with {@link Limits#waitingPerClient} requests
 * waiting already gets 503 at once for one more, so that one address cannot hold every
 * thread of the server waiting ({@link #serverThreads}).
 * <p>
 * A query that takes its place gets its {@link QueryDeadline}, and a watchdog: past
 * {@link Limits#longAfter} the query is a long one, and only {@link Limits#longAtOnce}
 * long queries run at once; a query that would be one more is stopped there (503), so that
 * runaway queries cannot hold every place for the whole timeout. At the timeout the
 * watchdog stops the query whatever it is doing.
 */
final class QueryGate extends HttpFilter {
    /** How many queries run at once, and for how long; how many of one client wait. */
    record Limits(int atOnce, int perClient, int waitingPerClient, int longAtOnce, Duration longAfter,
            Duration timeout) {
        Limits {
            if (atOnce < 1 || perClient < 1 || waitingPerClient < 1 || longAtOnce < 1) {
                throw new IllegalArgumentException("at least one query must be able to run and wait: " + atOnce
                        + ", " + perClient + ", " + waitingPerClient + ", " + longAtOnce);
            }
        }

        /** Every place for anyone, long queries as many as places: only the timeout applies. */
        static Limits simple(int atOnce, Duration timeout) {
            return new Limits(atOnce, atOnce, DEFAULT_WAITING_PER_CLIENT, atOnce, timeout, timeout);
        }
    }

    /** Requests one client may have waiting for a place, by default. */
    static final int DEFAULT_WAITING_PER_CLIENT = 64;
    /** Threads for what does not wait for a place: connections, pages, refusals (Fuseki's own default). */
    private static final int OTHER_THREADS = 20;

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
        this.slots = new QuerySlots(limits.atOnce(), limits.perClient(), limits.waitingPerClient());
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

    /**
     * Threads the server needs so that the places and the requests waiting for them never
     * leave a request from another client unread: the places, three clients' full queues,
     * and {@value #OTHER_THREADS} for the rest. With 4 places and 64 waiting per client: 216.
     * Fewer, and requests that wait for a place hold every thread: a client's next request,
     * whoever it comes from, is not even read until one of them is answered.
     */
    static int serverThreads(Limits limits) {
        return limits.atOnce() + 3 * limits.waitingPerClient() + OTHER_THREADS;
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
        QuerySlots.Entry entry;
        try {
            entry = slots.enter(client, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entry = QuerySlots.Entry.TIMED_OUT;
        }
        if (entry == QuerySlots.Entry.TOO_MANY_WAITING) {
            response.setHeader("Retry-After", "1");
            HttpIO.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy: "
                    + limits.waitingPerClient() + " queries from this address wait for a place already. "
                    + "Try again later.");
            return;
        }
        if (entry != QuerySlots.Entry.ENTERED) {
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
