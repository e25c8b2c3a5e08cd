package org.dipkg.cli;

import java.io.PrintStream;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of long work: a bar with items/s and ETA redrawn on a terminal, or a plain
 * log line every ten seconds when output is not a terminal.
 */
final class Progress {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final String what;
    private final long total;
    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long done;
    private long lastShown = start;

    Progress(String what, long total, PrintStream err) {
        this.what = what;
        this.total = total;
        this.err = err;
        this.terminal = System.console() != null && System.getenv("CI") == null;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 10_000_000_000L;
        if (now - lastShown >= interval) {
            lastShown = now;
            show(now);
        }
    }

    void finish() {
        if (terminal && done > 0) {
            show(System.nanoTime());
            err.println();
        }
    }

    private void show(long now) {
        double secs = Math.max(1e-3, (now - start) / 1e9);
        double rate = done / secs;
        String eta = total > 0 && rate > 0 ? format(Duration.ofSeconds((long) ((total - done) / rate))) : "?";
        if (terminal) {
            int width = 30;
            int filled = total > 0 ? (int) (width * Math.min(1.0, (double) done / total)) : 0;
            err.printf("\r%s [%s%s] %d/%s  %.1f/s  ETA %s ", what, "#".repeat(filled), " ".repeat(width - filled),
                    done, total > 0 ? Long.toString(total) : "?", rate, eta);
            err.flush();
        } else {
            LOG.info("{}: {}/{} ({} per second, ETA {})", what, done, total > 0 ? total : "?",
                    String.format("%.1f", rate), eta);
        }
    }

    private static String format(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
