package org.dipkg.accuracy;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Demands and positions: a gold item is found by the first unused row whose holder is
 * right (or a person holding a post of it) and whose text contains the keywords, as
 * substrings of the normalised text: all of them for demands, any for positions.
 */
final class KeywordScorer {
    private final String whoColumn;
    private final boolean allKeywords;

    private KeywordScorer(String whoColumn, boolean allKeywords) {
        this.whoColumn = whoColumn;
        this.allKeywords = allKeywords;
    }

    /** Demands: {@code ?demander}, every keyword. */
    static KeywordScorer demands() {
        return new KeywordScorer("demander", true);
    }

    /** Positions: {@code ?holder}, any keyword. */
    static KeywordScorer positions() {
        return new KeywordScorer("holder", false);
    }

    Scored score(List<Row> rows, List<Gold.Keywords> gold, Aliases al) {
        Set<Integer> used = new HashSet<>();
        Tally.Builder t = new Tally.Builder();
        for (Gold.Keywords g : gold.stream().sorted(Comparator.comparing(Gold.Keywords::optional)).toList()) {
            Integer hit = null;
            for (int i = 0; i < rows.size() && hit == null; i++) {
                if (!used.contains(i) && ok(rows.get(i), g, al)) {
                    hit = i;
                }
            }
            t.match(g.optional(), hit, used, () -> g.who() + ": " + Text.repr(g.keywords()));
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!used.contains(i)) {
                Row r = rows.get(i);
                t.extra(r.get(whoColumn) + ": " + Text.repr(Text.head(r.get("text"), 70)));
            }
        }
        return Scored.of(t.build());
    }

    private boolean ok(Row r, Gold.Keywords g, Aliases al) {
        String text = " " + Text.norm(r.get("text")) + " ";
        boolean hit = allKeywords
                ? g.keywords().stream().allMatch(k -> text.contains(Text.norm(k)))
                : g.keywords().stream().anyMatch(k -> text.contains(Text.norm(k)));
        return hit && al.sameOrMember(r.get(whoColumn), g.who());
    }
}
