package org.dipkg.accuracy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score of a corpus: each article's outcome in order, and per category the tp, fp and
 * fn summed over the articles (so P, R and F1 are micro-averaged); macro-F1 is the mean of
 * the six categories' F1.
 *
 * <pre>
 *   CorpusScore s = CorpusScore.create().add(articleScore).failed(file, reason, required).build();
 * </pre>
 */
record CorpusScore(List<Outcome> outcomes, Map<Category, Tally> totals, Map<String, Ratio> figures) {
    CorpusScore {
        outcomes = List.copyOf(outcomes);
        totals = Collections.unmodifiableMap(new EnumMap<>(totals));
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    static Builder create() {
        return new Builder();
    }

    Tally total(Category c) {
        return totals.getOrDefault(c, Tally.zero());
    }

    double macroF1() {
        double sum = 0;
        for (Category c : Category.values()) {
            sum += total(c).prf().f1();
        }
        return sum / Category.values().length;
    }

    int failed() {
        return (int) outcomes.stream().filter(o -> o instanceof Outcome.Failure).count();
    }

    /** Collects outcomes in order. */
    static final class Builder {
        private final List<Outcome> outcomes = new ArrayList<>();
        private final Map<Category, Tally> totals = new EnumMap<>(Category.class);
        private final Map<String, Ratio> figures = new LinkedHashMap<>();

        Builder() {
            for (Category c : Category.values()) {
                totals.put(c, Tally.zero());
            }
        }

        Builder add(ArticleScore a) {
            outcomes.add(a);
            a.tallies().forEach((c, t) -> totals.merge(c, t, Tally::plus));
            a.figures().forEach((k, r) -> figures.merge(k, r, Ratio::plus));
            return this;
        }

        /** A failed article: its required facts ({@code required} per category) all count as missed. */
        Builder failed(String file, String reason, Map<Category, Integer> required) {
            outcomes.add(new Outcome.Failure(file, reason));
            required.forEach((c, n) -> totals.merge(c, Tally.of(0, 0, n), Tally::plus));
            return this;
        }

        CorpusScore build() {
            return new CorpusScore(outcomes, totals, figures);
        }
    }
}
