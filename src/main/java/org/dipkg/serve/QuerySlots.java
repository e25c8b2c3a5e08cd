package org.dipkg.serve;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The places queries run in, shared fairly among clients. A client may always take a free
 * place while it holds fewer than its share; beyond its share it takes one only when no
 * client under its share is waiting, and not the last free place while another client has
 * called in the last {@link #RECENT_NANOS} (2 s). One client alone can use every place;
 * beside others it leaves one free, so another client finds a place at once, and once one
 * waits, the next place that frees goes to it. A client has at most {@code maxWaiting}
 * requests waiting; one more is refused at once, so that however many requests one address
 * sends, it holds at most that many of the server's threads waiting.
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

    private final int share;
    private final int maxWaiting;
    private int free;
    private final Map<String, Integer> running = new HashMap<>();
    private final Map<String, Integer> waiting = new HashMap<>();
    /** When each client last asked for or gave back a place, for as long as that is recent. */
    private final Map<String, Long> lastSeen = new HashMap<>();
    static final long RECENT_NANOS = 2_000_000_000L;

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
    synchronized Entry enter(String client, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        seen(client);
        if (!mayEnter(client) && waiting(client) >= maxWaiting) {
            return Entry.TOO_MANY_WAITING;
        }
        add(waiting, client, 1);
        try {
            while (!mayEnter(client)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Entry.TIMED_OUT;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            free--;
            add(running, client, 1);
            return Entry.ENTERED;
        } finally {
            add(waiting, client, -1);
        }
    }

    synchronized void leave(String client) {
        free++;
        add(running, client, -1);
        seen(client);
        notifyAll();
    }

    /** Queries the client runs now. */
    synchronized int running(String client) {
        return running.getOrDefault(client, 0);
    }

    /** Requests of the client waiting for a place now. */
    synchronized int waiting(String client) {
        return waiting.getOrDefault(client, 0);
    }

    private boolean mayEnter(String client) {
        if (free == 0) {
            return false;
        }
        if (running(client) < share) {
            return true;
        }
        long now = System.nanoTime();
        boolean othersCalled = running.keySet().stream().anyMatch(c -> !c.equals(client))
                || lastSeen.entrySet().stream().anyMatch(e -> !e.getKey().equals(client)
                        && now - e.getValue() < RECENT_NANOS);
        return (free > 1 || !othersCalled)
                && waiting.keySet().stream().noneMatch(c -> !c.equals(client) && running(c) < share);
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
