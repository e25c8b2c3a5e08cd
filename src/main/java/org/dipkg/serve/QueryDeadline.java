package org.dipkg.serve;

import java.time.Duration;

import org.apache.jena.query.QueryCancelledException;

/**
 * The moment the query running on this thread must stop. The gate sets it when a query
 * takes its place; work that ARQ's own timeout cannot interrupt (a regular expression
 * backtracking inside one FILTER) checks it and throws {@link QueryCancelledException}.
 *
 * <pre>
 *   QueryDeadline.start(Duration.ofSeconds(30));
 *   try { ... pattern.matcher(QueryDeadline.chars(text)).find() ... } finally { QueryDeadline.clear(); }
 * </pre>
 */
final class QueryDeadline {
    private static final ThreadLocal<long[]> STOP_AT = new ThreadLocal<>();
    /** Characters read between two looks at the clock. */
    private static final int CHECK_EVERY = 4096;

    private QueryDeadline() {
    }

    static void start(Duration timeout) {
        STOP_AT.set(new long[] {System.nanoTime() + timeout.toNanos()});
    }

    static void clear() {
        STOP_AT.remove();
    }

    /** The time left to this thread's query; empty when it has no deadline. */
    static java.util.Optional<Duration> left() {
        long[] stopAt = STOP_AT.get();
        return stopAt == null ? java.util.Optional.empty()
                : java.util.Optional.of(Duration.ofNanos(stopAt[0] - System.nanoTime()));
    }

    /** Throws if this thread's query is past its deadline. */
    static void check() {
        long[] stopAt = STOP_AT.get();
        if (stopAt != null && System.nanoTime() - stopAt[0] > 0) {
            throw new QueryCancelledException();
        }
    }

    /**
     * {@code text} for a regular expression to match: without a deadline, the text itself;
     * with one, a view that looks at the clock every few thousand characters read, so that
     * catastrophic backtracking ends at the deadline.
     */
    static CharSequence chars(String text) {
        long[] stopAt = STOP_AT.get();
        return stopAt == null ? text : new Checked(text, stopAt[0]);
    }

    private static final class Checked implements CharSequence {
        private final String text;
        private final long stopAt;
        private int reads;

        Checked(String text, long stopAt) {
            this.text = text;
            this.stopAt = stopAt;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                if (System.nanoTime() - stopAt > 0) {
                    throw new QueryCancelledException();
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
