package org.dipkg.accuracy;

import java.util.ArrayList;
import java.util.List;

/**
 * True positives, false positives and false negatives of one category, with what was
 * missed and what was extra (for reading, not for counting).
 */
record Tally(int tp, int fp, int fn, List<String> misses, List<String> extras) {
    Tally {
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
    }

    static Tally of(int tp, int fp, int fn) {
        return new Tally(tp, fp, fn, List.of(), List.of());
    }

    static Tally zero() {
        return of(0, 0, 0);
    }

    /** The counts added, as the corpus totals add them (misses and extras are not kept). */
    Tally plus(Tally o) {
        return of(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /**
     * Precision, recall and F1. With nothing predicted precision is 1 when nothing was
     * missed, else 0; with nothing to find recall is 1.
     */
    Prf prf() {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f);
    }

    /** Precision, recall, F1. */
    record Prf(double p, double r, double f1) {
    }

    /** Counts a category while it is scored; {@link #build()} gives the immutable tally. */
    static final class Builder {
        private int tp;
        private int fp;
        private int fn;
        private final List<String> misses = new ArrayList<>();
        private final List<String> extras = new ArrayList<>();

        /**
         * One gold item and the prediction it matched ({@code null}: none): the prediction is
         * used up either way; a required item counts a hit or a miss, an optional one neither.
         */
        <K> Builder match(boolean optional, K hit, java.util.Set<K> used, java.util.function.Supplier<String> missed) {
            if (hit != null) {
                used.add(hit);
            }
            if (optional) {
                return this;
            }
            return hit != null ? hit() : miss(missed.get());
        }

        Builder hit() {
            tp++;
            return this;
        }

        Builder extra(String what) {
            fp++;
            extras.add(what);
            return this;
        }

        Builder miss(String what) {
            fn++;
            misses.add(what);
            return this;
        }

        Tally build() {
            return new Tally(tp, fp, fn, misses, extras);
        }
    }
}
