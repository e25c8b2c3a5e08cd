package org.dipkg.serve;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The places queries run in, shared fairly among clients. A client may always take a free
 * place while it holds fewer than its share; beyond its share it takes one only when no
 * client under its share is waiting, and not the last free place while another client has
 * called in the last {@link #RECENT_NANOS} (2 s). One client alone can use every place;
 * beside others it leaves one free, so another client finds a place at once.
 * <p>
 * Places are handed out first come, first served: a place that frees goes to the request
 * that has waited longest among those of clients under their share, else among those that
 * may take it; a request that comes later never takes it first. A client has at most
 * {@code maxWaiting} requests waiting; one more is refused at once, so that however many
 * requests one address sends, it holds at most that many of the server's threads waiting.
 *
 * <pre>
 *   QuerySlots slots = new QuerySlots(4, 2, 64);
 *   if (slots.enter("192.0.2.1", Duration.ofSeconds(30)) == QuerySlots.Entry.ENTERED) {
 *       try { ... } finally { slots.leave("192.0.2.1"); }
 *   }
 * </pre>
 */
final class QuerySlots {
    /** How a request's wait for a place ended. */
    enum Entry {
        /** It holds a place; {@link #leave} gives it back. */
        ENTERED,
        /** No place came within the wait. */
        TIMED_OUT,
        /** Its client already had as many requests waiting as it may. */
        TOO_MANY_WAITING
    }

    static final long RECENT_NANOS = 2_000_000_000L;

    private final int share;
    private final int maxWaiting;
    private final ReentrantLock lock = new ReentrantLock();
    private int free;
    private final Map<String, Integer> running = new HashMap<>();
    private final Map<String, Integer> waiting = new HashMap<>();
    /** The requests waiting, longest waiting first. */
    private final Set<Waiter> queue = new LinkedHashSet<>();
    /** When each client last asked for or gave back a place, for as long as that is recent. */
    private final Map<String, Long> lastSeen = new HashMap<>();

    /** A request waiting for a place; {@code placed} once one is handed to it. */
    private static final class Waiter {
        final String client;
        final Condition turn;
        boolean placed;

        Waiter(String client, Condition turn) {
            this.client = client;
            this.turn = turn;
        }
    }

    QuerySlots(int places, int share, int maxWaiting) {
        if (places < 1 || share < 1 || maxWaiting < 1) {
            throw new IllegalArgumentException("places, share and waiting must be positive: " + places + ", "
                    + share + ", " + maxWaiting);
        }
        this.free = places;
        this.share = Math.min(share, places);
        this.maxWaiting = maxWaiting;
    }

    /** Waits up to {@code wait} for a place. */
    Entry enter(String client, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            seen(client);
            if (waiting.getOrDefault(client, 0) >= maxWaiting) {
                return Entry.TOO_MANY_WAITING;
            }
            Waiter w = new Waiter(client, lock.newCondition());
            queue.add(w);
            add(waiting, client, 1);
            handOut();
            try {
                while (!w.placed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        withdraw(w);
                        return Entry.TIMED_OUT;
                    }
                    // a place may also open because another client has not called for a while
                    w.turn.awaitNanos(Math.min(left, RECENT_NANOS));
                    handOut();
                }
                return Entry.ENTERED;
            } catch (InterruptedException e) {
                if (w.placed) {
                    release(client);
                } else {
                    withdraw(w);
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    void leave(String client) {
        lock.lock();
        try {
            release(client);
        } finally {
            lock.unlock();
        }
    }

    /** Queries the client runs now. */
    int running(String client) {
        lock.lock();
        try {
            return running.getOrDefault(client, 0);
        } finally {
            lock.unlock();
        }
    }

    /** Requests of the client waiting for a place now. */
    int waiting(String client) {
        lock.lock();
        try {
            return waiting.getOrDefault(client, 0);
        } finally {
            lock.unlock();
        }
    }

    private void release(String client) {
        free++;
        add(running, client, -1);
        seen(client);
        handOut();
    }

    private void withdraw(Waiter w) {
        queue.remove(w);
        add(waiting, w.client, -1);
    }

    /** Hands the free places to the waiting requests that may take them, longest waiting first. */
    private void handOut() {
        while (free > 0) {
            Waiter next = next();
            if (next == null) {
                return;
            }
            withdraw(next);
            free--;
            add(running, next.client, 1);
            next.placed = true;
            next.turn.signal();
        }
    }

    /** The request a free place goes to, or null when none may take it. */
    private Waiter next() {
        for (Waiter w : queue) {
            if (running.getOrDefault(w.client, 0) < share) {
                return w;
            }
        }
        // no client under its share waits: beyond its share, not the last place beside others
        for (Waiter w : queue) {
            if (free > 1 || !othersCalled(w.client)) {
                return w;
            }
        }
        return null;
    }

    private boolean othersCalled(String client) {
        long now = System.nanoTime();
        return running.keySet().stream().anyMatch(c -> !c.equals(client))
                || lastSeen.entrySet().stream().anyMatch(e -> !e.getKey().equals(client)
                        && now - e.getValue() < RECENT_NANOS);
    }

    private void seen(String client) {
        long now = System.nanoTime();
        lastSeen.put(client, now);
        if (lastSeen.size() > 64) {
            lastSeen.values().removeIf(t -> now - t >= RECENT_NANOS);
        }
    }

    private static void add(Map<String, Integer> counts, String client, int delta) {
        counts.merge(client, delta, (a, b) -> a + b == 0 ? null : a + b);
    }
}
