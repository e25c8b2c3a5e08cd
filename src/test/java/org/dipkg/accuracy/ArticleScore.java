package org.dipkg.accuracy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The score of one article: a tally per category and the side figures.
 *
 * @param name the article, as its gold file names it
 */
record ArticleScore(String name, Map<Category, Tally> tallies, Map<String, Ratio> figures) implements Outcome {
    ArticleScore {
        tallies = Collections.unmodifiableMap(new EnumMap<>(tallies));
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    Tally tally(Category c) {
        return tallies.getOrDefault(c, Tally.zero());
    }
}
