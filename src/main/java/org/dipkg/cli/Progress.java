package org.dipkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of long work: a bar with items/s and ETA redrawn on a terminal, or a plain
 * log line every ten seconds when output is not a terminal. Counts items
 * ({@link #step()}) or bytes ({@link #bytes}, {@link #at}).
 */
final class Progress {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final String what;
    private final PrintStream err;
    private final boolean terminal;
    private final boolean inBytes;
    private final long start = System.nanoTime();
    private long total;
    private long done;
    private long lastShown = start;
    /** When the first item was done, and how many were done then: the rate counts from there, so time
     * spent before any item is done (loading the language models) does not make the first ETA hours. */
    private long firstAt = -1;
    private long firstDone;

    Progress(String what, long total, PrintStream err) {
        this(what, total, err, false);
    }

    private Progress(String what, long total, PrintStream err, boolean inBytes) {
        this.what = what;
        this.total = total;
        this.err = err;
        this.inBytes = inBytes;
        this.terminal = System.console() != null && System.getenv("CI") == null;
    }

    /** Progress through input bytes, shown in MiB. */
    static Progress bytes(String what, PrintStream err) {
        return new Progress(what, -1, err, true);
    }

    /**
     * The number of articles in these files, counted cheaply: a text file is one, a JSON
     * Lines corpus one per non-blank line (bytes are scanned, not decoded). -1 if a file
     * cannot be read.
     */
    static long countArticles(List<Path> files) {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        for (Path f : files) {
            if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                n++;
                continue;
            }
            try (InputStream in = Files.newInputStream(f)) {
                boolean content = false;
                for (int k = in.read(buf); k > 0; k = in.read(buf)) {
                    for (int i = 0; i < k; i++) {
                        byte b = buf[i];
                        if (b == '\n') {
                            n += content ? 1 : 0;
                            content = false;
                        } else if (b != ' ' && b != '\t' && b != '\r') {
                            content = true;
                        }
                    }
                }
                n += content ? 1 : 0;
            } catch (IOException e) {
                return -1;
            }
        }
        return n;
    }

    void step() {
        done++;
        maybeShow();
    }

    private void markFirst(long now) {
        if (firstAt < 0 && done > 0) {
            firstAt = now;
            firstDone = done;
        }
    }

    /** Sets how far the work is: {@code done} of {@code total}. */
    void at(long done, long total) {
        this.done = done;
        this.total = total;
        maybeShow();
    }

    private void maybeShow() {
        long now = System.nanoTime();
        markFirst(now);
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
        String[] rateAndEta = rateAndEta(now);
        String unit = inBytes ? " MiB" : "";
        String shown = amount(done);
        String of = total > 0 ? amount(total) : "?";
        if (terminal) {
            int width = 30;
            int filled = total > 0 ? (int) (width * Math.min(1.0, (double) done / total)) : 0;
            err.printf("\r%s [%s%s] %s/%s%s  %s%s/s  ETA %s ", what, "#".repeat(filled), " ".repeat(width - filled),
                    shown, of, unit, rateAndEta[0], unit, rateAndEta[1]);
            err.flush();
        } else {
            LOG.info("{}: {}/{}{} ({}{} per second, ETA {})", what, shown, of, unit, rateAndEta[0], unit,
                    rateAndEta[1]);
        }
    }

    /** The rate and the time left, counted from the first item done; "?" before two are. */
    String[] rateAndEta(long now) {
        double secs = (now - firstAt) / 1e9;
        long since = done - firstDone;
        if (firstAt < 0 || since <= 0 || secs <= 0) {
            return new String[] {"?", "?"};
        }
        double rate = since / secs;
        String eta = total > 0 ? format(Duration.ofSeconds((long) (Math.max(0, total - done) / rate))) : "?";
        return new String[] {perSecond(rate), eta};
    }

    private String amount(double n) {
        return inBytes ? String.format(Locale.ROOT, "%.1f", n / (1 << 20)) : String.format(Locale.ROOT, "%.0f", n);
    }

    private String perSecond(double rate) {
        return inBytes ? amount(rate) : String.format(Locale.ROOT, "%.1f", rate);
    }

    private static String format(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
