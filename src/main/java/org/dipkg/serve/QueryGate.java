package org.dipkg.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;

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
 * {@link Limits#longAfter} the query is a long one and leaves its place for one of the
 * {@link Limits#longAtOnce} places of the long lane (shared among clients the same way);
 * when they are all taken, it is stopped there (503), so that runaway queries hold a place
 * for no longer than that. At the timeout the watchdog stops the query whatever it is doing.
 * <p>
 * A query that ran long lately ({@link LongQueryMemory}, known by the parsed query the
 * {@link QueryCheckFilter} leaves in {@link #QUERY}) does not take a regular place at all:
 * it starts in the long lane, or gets 503 at once when the lane is full; one that ran into
 * the timeout gets 503 at once for a while ({@link LongQueryMemory#DEFAULT_REFUSAL}). A
 * client that sends the same runaway query again and again then costs the other clients
 * no place and, after its first run, no core; one that changes it each time is held to its
 * share of places and of the long lane.
 */
final class QueryGate extends HttpFilter {
    /** The request attribute that holds the parsed query ({@link org.apache.jena.query.Query}). */
    static final String QUERY = "org.dipkg.serve.query";

    /** How many queries run at once, and for how long; how many of one client wait. */
    record Limits(int atOnce, int perClient, int waitingPerClient, int longAtOnce, Duration longAfter,
            Duration timeout) {
        Limits {
            if (atOnce < 1 || perClient < 1 || waitingPerClient < 1 || longAtOnce < 1) {
                throw new IllegalArgumentException("at least one query must be able to run and wait: " + atOnce
                        + ", " + perClient + ", " + waitingPerClient + ", " + longAtOnce);
            }
        }

        /** No long lane: only the timeout applies. */
        static Limits simple(int atOnce, Duration timeout) {
            return new Limits(atOnce, atOnce, DEFAULT_WAITING_PER_CLIENT, atOnce, timeout, timeout);
        }

        /** True when queries past {@link #longAfter} move to the long lane: it comes before the timeout. */
        boolean hasLongLane() {
            return longAfter.compareTo(timeout) < 0;
        }

        /** The most queries that run at once: the places, and those of the long lane if there is one. */
        int mostRunning() {
            return atOnce + (hasLongLane() ? longAtOnce : 0);
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
    private final QuerySlots longLane;
    private final LongQueryMemory memory;
    private final Set<Watch> running = ConcurrentHashMap.newKeySet();
    private final Limits limits;

    QueryGate(Limits limits) {
        this(limits, LongQueryMemory.withDefaults());
    }

    QueryGate(Limits limits, LongQueryMemory memory) {
        this.limits = limits;
        this.memory = memory;
        this.slots = new QuerySlots(limits.atOnce(), limits.perClient(), limits.waitingPerClient());
        this.longLane = new QuerySlots(limits.longAtOnce(), defaultPerClient(limits.longAtOnce()), 1);
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
     * leave a request from another client unread: the places and the long lane, three
     * clients' full queues, and {@value #OTHER_THREADS} for the rest. With 4 places, 2 long
     * and 64 waiting per client: 218. Fewer, and requests that wait for a place hold every
     * thread: a client's next request, whoever it comes from, is not even read until one of
     * them is answered.
     */
    static int serverThreads(Limits limits) {
        return limits.mostRunning() + 3 * limits.waitingPerClient() + OTHER_THREADS;
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
        String key = key(request);
        if (key != null && memory.knows(key)) {
            runKnown(client, key, request, response, chain);
            return;
        }
        Duration wait = limits.timeout();
        QuerySlots.Entry entry;
        try {
            entry = slots.enter(client, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entry = QuerySlots.Entry.TIMED_OUT;
        }
        if (entry == QuerySlots.Entry.TOO_MANY_WAITING) {
            busy(response, 1, "The server is busy: " + limits.waitingPerClient() + " queries from this address "
                    + "wait for a place already. Try again later.");
        } else if (entry != QuerySlots.Entry.ENTERED) {
            busy(response, wait.toSeconds(), "The server is busy: other queries held every place for "
                    + wait.toSeconds() + " s. Try again later.");
        } else {
            run(new Watch(client, key, false), request, response, chain);
        }
    }

    /** What the memory knows the request's query by; null without a long lane or a parsed query. */
    private String key(HttpServletRequest request) {
        if (!limits.hasLongLane() || !(request.getAttribute(QUERY) instanceof Query query)) {
            return null;
        }
        try {
            return LongQueryMemory.key(query);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A query that ran long lately: refused while it is refused, else in the long lane if a place is free. */
    private void runKnown(String client, String key, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        long refusedFor = (memory.refusedFor(key).toMillis() + 999) / 1000;
        if (refusedFor > 0) {
            busy(response, refusedFor, "This query ran into the " + seconds(limits.timeout()) + " s timeout "
                    + "lately; it would only do so again. It is refused for " + refusedFor + " s more.");
        } else if (!enterLongLane(client)) {
            busy(response, limits.timeout().toSeconds(), "The server is busy: this query ran longer than "
                    + seconds(limits.longAfter()) + " s lately, and the " + limits.longAtOnce()
                    + " places for long queries are taken. Try again later.");
        } else {
            run(new Watch(client, key, true), request, response, chain);
        }
    }

    /** 503 with a Retry-After of at least a second. */
    private static void busy(HttpServletResponse response, long retryAfterSeconds, String message)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
        HttpIO.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, message);
    }

    private static void run(Watch watch, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            watch.done();
            QueryDeadline.clear();
        }
    }

    /** Takes a place in the long lane if one is free to this client now. */
    private boolean enterLongLane(String client) {
        try {
            return longLane.enter(client, Duration.ZERO) == QuerySlots.Entry.ENTERED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds())
                : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    /**
     * One running query under watch, in a regular place or in the long lane; it moves from
     * the one to the other past the long-query mark, or is stopped there. A query that ran
     * long is remembered, one that ran into the timeout refused for a while; one remembered
     * that ends before the mark is forgotten.
     */
    private final class Watch {
        private final String client;
        private final String key;
        private final boolean known;
        private final long started = System.nanoTime();
        private final QueryDeadline deadline;
        private final ScheduledFuture<?> longCheck;
        private final ScheduledFuture<?> hardStop;
        private boolean holdsPlace;
        private boolean holdsLong;
        private boolean finished;

        /** @param known true when the query starts in the long lane, else it holds a regular place */
        Watch(String client, String key, boolean known) {
            this.client = client;
            this.key = key;
            this.known = known;
            this.holdsPlace = !known;
            this.holdsLong = known;
            this.deadline = QueryDeadline.start(limits.timeout());
            this.longCheck = !known && limits.hasLongLane()
                    ? WATCHDOG.schedule(this::becomeLong, limits.longAfter().toMillis(), TimeUnit.MILLISECONDS) : null;
            // ARQ's own timeout fires first; this stops what it cannot reach
            this.hardStop = WATCHDOG.schedule(this::stop, limits.timeout().toMillis() + 500, TimeUnit.MILLISECONDS);
            running.add(this);
        }

        private synchronized void becomeLong() {
            if (finished) {
                return;
            }
            if (key != null) {
                memory.ranLong(key);
            }
            if (enterLongLane(client)) {
                holdsLong = true;
                holdsPlace = false;
                slots.leave(client);
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
            if (holdsPlace) {
                holdsPlace = false;
                slots.leave(client);
            }
            if (holdsLong) {
                holdsLong = false;
                longLane.leave(client);
            }
            long took = System.nanoTime() - started;
            if (key != null && took >= limits.timeout().toNanos()) {
                memory.ranOut(key);
            } else if (known && took < limits.longAfter().toNanos()) {
                memory.forget(key);
            }
        }
    }
}
