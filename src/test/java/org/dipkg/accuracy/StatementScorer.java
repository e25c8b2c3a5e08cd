package org.dipkg.accuracy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statements: rows without a quote are ignored; a gold quotation is found by an unused
 * row whose quote overlaps it ({@link Matches#quote}) and whose speaker is right. An
 * optional quotation takes the first overlapping row, whoever the speaker. Also counts
 * quotes found whatever the speaker, and dates right.
 */
final class StatementScorer {
    private StatementScorer() {
    }

    static Scored score(List<Row> rows, List<Gold.Statement> gold, Aliases al) {
        List<Row> preds = rows.stream().filter(r -> !Text.isBlank(r.get("quote"))).toList();
        Set<Integer> used = new HashSet<>();
        Tally.Builder t = new Tally.Builder();
        int dateGood = 0;
        int dateN = 0;
        int found = 0;
        for (Gold.Statement g : gold.stream().sorted(Comparator.comparing(Gold.Statement::optional)).toList()) {
            List<Integer> cands = new ArrayList<>();
            for (int i = 0; i < preds.size(); i++) {
                if (!used.contains(i) && Matches.quote(preds.get(i).get("quote"), g.quote())) {
                    cands.add(i);
                }
            }
            if (g.optional()) {
                used.addAll(cands.subList(0, Math.min(1, cands.size())));
                continue;
            }
            if (!cands.isEmpty()) {
                found++;
            }
            Integer right = cands.stream().filter(i -> al.same(preds.get(i).get("speaker"), g.speaker()))
                    .findFirst().orElse(null);
            if (right != null) {
                used.add(right);
                t.hit();
                if (!g.dates().isEmpty()) {
                    dateN++;
                    dateGood += Matches.date(preds.get(right).get("date"), g.dates()) ? 1 : 0;
                }
            } else {
                List<String> said = cands.stream().map(i -> preds.get(i).get("speaker")).toList();
                t.miss(g.speaker() + ": " + Text.repr(Text.head(g.quote(), 60)) + " (predicted speaker: "
                        + (said.isEmpty() ? "quote not found" : Text.repr(said)) + ")");
            }
        }
        for (int i = 0; i < preds.size(); i++) {
            if (!used.contains(i)) {
                t.extra(preds.get(i).get("speaker") + ": " + Text.repr(Text.head(preds.get(i).get("quote"), 60)));
            }
        }
        Map<String, Ratio> figures = new LinkedHashMap<>();
        figures.put("quotes found", new Ratio(found, (int) gold.stream().filter(g -> !g.optional()).count()));
        figures.put("statement dates correct", new Ratio(dateGood, dateN));
        return new Scored(t.build(), figures);
    }
}
