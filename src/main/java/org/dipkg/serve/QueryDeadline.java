package org.dipkg.serve;

import java.time.Duration;
import java.util.Optional;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The query running on a request thread and the moment it must stop. The gate starts one
 * when a query takes its place and may stop it early, from another thread; the query
 * processor attaches ARQ's execution so that stopping aborts it. Work that ARQ cannot
 * interrupt (a regular expression backtracking inside one FILTER) reads the clock through
 * {@link #chars} and throws {@link QueryCancelledException}.
 *
 * <pre>
 *   QueryDeadline q = QueryDeadline.start(Duration.ofSeconds(30));
 *   try { ... QueryDeadline.attach(exec) ... } finally { QueryDeadline.clear(); }
 *   q.stop();   // from any thread
 * </pre>
 */
final class QueryDeadline {
    private static final ThreadLocal<QueryDeadline> CURRENT = new ThreadLocal<>();
    /** Characters read between two looks at the clock. */
    private static final int CHECK_EVERY = 4096;

    private volatile long stopAt;
    private volatile QueryExec exec;

    private QueryDeadline(long stopAt) {
        this.stopAt = stopAt;
    }

    /** Gives this thread's query a deadline {@code timeout} from now. */
    static QueryDeadline start(Duration timeout) {
        QueryDeadline d = new QueryDeadline(System.nanoTime() + timeout.toNanos());
        CURRENT.set(d);
        return d;
    }

    static void clear() {
        CURRENT.remove();
    }

    /** Lets {@link #stop} abort this thread's query execution. */
    static void attach(QueryExec exec) {
        QueryDeadline d = CURRENT.get();
        if (d != null) {
            d.exec = exec;
            if (d.passed()) {
                exec.abort();
            }
        }
    }

    /** Stops the query now: its execution is aborted and its regular expressions stop. */
    void stop() {
        stopAt = System.nanoTime();
        QueryExec e = exec;
        if (e != null) {
            e.abort();
        }
    }

    private boolean passed() {
        return System.nanoTime() - stopAt >= 0;
    }

    /** The time left to this thread's query; empty when it has no deadline. */
    static Optional<Duration> left() {
        QueryDeadline d = CURRENT.get();
        return d == null ? Optional.empty() : Optional.of(Duration.ofNanos(d.stopAt - System.nanoTime()));
    }

    /** Throws if this thread's query is past its deadline. */
    static void check() {
        QueryDeadline d = CURRENT.get();
        if (d != null && d.passed()) {
            throw new QueryCancelledException();
        }
    }

    /**
     * {@code text} for a regular expression to match: without a deadline, the text itself;
     * with one, a view that looks at the clock every few thousand characters read, so that
     * catastrophic backtracking ends at the deadline.
     */
    static CharSequence chars(String text) {
        QueryDeadline d = CURRENT.get();
        return d == null ? text : new Checked(text, d);
    }

    private static final class Checked implements CharSequence {
        private final String text;
        private final QueryDeadline deadline;
        private int reads;

        Checked(String text, QueryDeadline deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHECK_EVERY) {
                reads = 0;
                if (deadline.passed()) {
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
