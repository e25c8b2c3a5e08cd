package org.dipkg.accuracy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the rows of the six contract queries for one article against its gold facts,
 * as the evaluation's score.py does. Statements, demands and positions are first
 * deduplicated by their IRI, keeping the first row of each.
 *
 * <pre>
 *   ArticleScore s = GoldScorer.score(gold, Map.of(Category.ACTORS, actorRows, ...));
 * </pre>
 */
final class GoldScorer {
    private GoldScorer() {
    }

    /** Scores the rows; a category without rows counts as nothing predicted. */
    static ArticleScore score(Gold gold, Map<Category, List<Row>> rows) {
        Aliases al = Aliases.of(gold);
        Map<Category, Scored> s = new EnumMap<>(Category.class);
        s.put(Category.ACTORS, ActorScorer.score(rows(rows, Category.ACTORS), gold.actors(), al));
        s.put(Category.ROLES, RoleScorer.score(rows(rows, Category.ROLES), gold.roles(), al));
        s.put(Category.MEETINGS, MeetingScorer.score(rows(rows, Category.MEETINGS), gold.meetings(), al));
        s.put(Category.STATEMENTS, StatementScorer.score(dedupe(rows(rows, Category.STATEMENTS), "statement"),
                gold.statements(), al));
        s.put(Category.DEMANDS, KeywordScorer.demands().score(dedupe(rows(rows, Category.DEMANDS), "demand"),
                gold.demands(), al));
        s.put(Category.POSITIONS, KeywordScorer.positions().score(dedupe(rows(rows, Category.POSITIONS),
                "position"), gold.positions(), al));
        Map<Category, Tally> tallies = new EnumMap<>(Category.class);
        Map<String, Ratio> figures = new LinkedHashMap<>();
        s.forEach((c, scored) -> {
            tallies.put(c, scored.tally());
            figures.putAll(scored.figures());
        });
        return new ArticleScore(gold.article(), tallies, figures);
    }

    /** The first row of each value of the variable; rows without one are kept once per distinct row. */
    static List<Row> dedupe(List<Row> rows, String variable) {
        Set<String> seen = new HashSet<>();
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            String k = r.get(variable).isEmpty() ? r.wholeRowKey() : r.get(variable);
            if (seen.add(k)) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<Row> rows(Map<Category, List<Row>> rows, Category c) {
        return rows.getOrDefault(c, List.of());
    }
}
