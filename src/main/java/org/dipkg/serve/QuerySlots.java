package org.dipkg.serve;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The places queries run in, shared fairly among clients. A client may always take a free
 * place while it holds fewer than its share; beyond its share it takes one only when no
 * client under its share is waiting, and never the last free place. One client alone can
 * use every place but one, so another client always finds a place, and once it waits, the
 * next place that frees goes to it.
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
        return free > 1 && waiting.keySet().stream().noneMatch(c -> !c.equals(client) && running(c) < share);
    }

    private static void add(Map<String, Integer> counts, String client, int delta) {
        counts.merge(client, delta, (a, b) -> a + b == 0 ? null : a + b);
    }
}
