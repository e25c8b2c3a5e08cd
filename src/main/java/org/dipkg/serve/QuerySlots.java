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
 * waits, the next place that frees goes to it.
 *
 * <pre>
 *   QuerySlots slots = new QuerySlots(4, 2);
 *   if (slots.enter("192.0.2.1", Duration.ofSeconds(30))) {
 *       try { ... } finally { slots.leave("192.0.2.1"); }
 *   }
 * </pre>
 */
final class QuerySlots {
    private final int share;
    private int free;
    private final Map<String, Integer> running = new HashMap<>();
    private final Map<String, Integer> waiting = new HashMap<>();
    /** When each client last asked for or gave back a place, for as long as that is recent. */
    private final Map<String, Long> lastSeen = new HashMap<>();
    static final long RECENT_NANOS = 2_000_000_000L;

    QuerySlots(int places, int share) {
        if (places < 1 || share < 1) {
            throw new IllegalArgumentException("places and share must be positive: " + places + ", " + share);
        }
        this.free = places;
        this.share = Math.min(share, places);
    }

    /** Waits up to {@code wait} for a place; false if none came. */
    synchronized boolean enter(String client, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        seen(client);
        add(waiting, client, 1);
        try {
            while (!mayEnter(client)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            free--;
            add(running, client, 1);
            return true;
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
