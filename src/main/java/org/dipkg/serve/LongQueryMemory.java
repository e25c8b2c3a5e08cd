package org.dipkg.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;

/**
 * The queries that ran long lately, so that the gate can send one straight to the long lane
 * the next time instead of letting it hold a regular place until it counts as long, and the
 * queries that ran into the timeout, so that it can refuse one at once for a while instead
 * of letting it take a core for the whole timeout again to end the same way. A query is
 * known by what it asks, not by how it is written: its form and its algebra, so that
 * spacing, comments and prefix names do not make another query, while another variable
 * name or constant does. At most {@code capacity} queries are known, the least recently
 * seen forgotten first, each for {@code expiry} after it last ran long.
 *
 * <pre>
 *   LongQueryMemory memory = new LongQueryMemory(4096, Duration.ofMinutes(10), Duration.ofMinutes(1), System::nanoTime);
 *   String key = LongQueryMemory.key(query);
 *   memory.ranLong(key);
 *   memory.knows(key);       // true, for ten minutes
 *   memory.ranOut(key);
 *   memory.refusedFor(key);  // a minute, then less, then zero
 * </pre>
 */
final class LongQueryMemory {
    /** Queries known at most, by default. */
    static final int DEFAULT_CAPACITY = 4096;
    /** How long a query stays known after it last ran long, by default. */
    static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(10);
    /** How long a query that ran into the timeout is refused, by default. */
    static final Duration DEFAULT_REFUSAL = Duration.ofMinutes(1);

    /** When (on {@link #clock}) a known query is forgotten, and until when it is refused. */
    private record Known(long forgetAt, long refuseUntil) {
    }

    private final int capacity;
    private final long expiryNanos;
    private final long refusalNanos;
    private final LongSupplier clock;
    /** Least recently used first. */
    private final Map<String, Known> known;

    LongQueryMemory(int capacity, Duration expiry, Duration refusal, LongSupplier clock) {
        if (capacity < 1 || expiry.isNegative() || expiry.isZero() || refusal.isNegative()
                || refusal.compareTo(expiry) > 0) {
            throw new IllegalArgumentException("capacity and expiry must be positive, the refusal between zero and "
                    + "the expiry: " + capacity + ", " + expiry + ", " + refusal);
        }
        this.capacity = capacity;
        this.expiryNanos = expiry.toNanos();
        this.refusalNanos = refusal.toNanos();
        this.clock = clock;
        this.known = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
                return size() > LongQueryMemory.this.capacity;
            }
        };
    }

    static LongQueryMemory withDefaults() {
        return new LongQueryMemory(DEFAULT_CAPACITY, DEFAULT_EXPIRY, DEFAULT_REFUSAL, System::nanoTime);
    }

    /**
     * What a query is known by: a digest of its form, its algebra with full IRIs, and what
     * a CONSTRUCT builds or a DESCRIBE describes.
     */
    static String key(Query query) {
        StringBuilder normal = new StringBuilder(query.queryType().name()).append('\n')
                .append(Algebra.compile(query));
        if (query.isConstructType()) {
            normal.append('\n').append(query.getConstructTemplate());
        }
        if (query.isDescribeType()) {
            normal.append('\n').append(query.getResultURIs()).append(query.getResultVars());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Notes that the query ran long now: it is known for the expiry from now. */
    synchronized void ranLong(String key) {
        long now = clock.getAsLong();
        Known k = known.get(key);
        known.put(key, new Known(now + expiryNanos, k == null ? now : k.refuseUntil()));
    }

    /** Notes that the query ran into the timeout now: it is refused for the refusal from now, and known. */
    synchronized void ranOut(String key) {
        long now = clock.getAsLong();
        known.put(key, new Known(now + expiryNanos, now + refusalNanos));
    }

    /** Forgets the query: it ran short again. */
    synchronized void forget(String key) {
        known.remove(key);
    }

    /** True if the query ran long within the expiry (and has not been pushed out since). */
    synchronized boolean knows(String key) {
        return current(key) != null;
    }

    /** How much longer the query is refused: zero unless it ran into the timeout within the refusal. */
    synchronized Duration refusedFor(String key) {
        Known k = current(key);
        long left = k == null ? 0 : k.refuseUntil() - clock.getAsLong();
        return Duration.ofNanos(Math.max(0, left));
    }

    private Known current(String key) {
        Known k = known.get(key);
        if (k != null && clock.getAsLong() - k.forgetAt() >= 0) {
            known.remove(key);
            return null;
        }
        return k;
    }

    /** How many queries are known now, expired ones included until they are looked up. */
    synchronized int size() {
        return known.size();
    }
}
