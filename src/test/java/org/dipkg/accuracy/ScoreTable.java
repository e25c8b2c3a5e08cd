package org.dipkg.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The score as score.py prints it: a line per article (F1 per category), the category
 * table (P, R, F1, tp, fp, fn), the side figures and the macro-F1. Verbose adds every
 * miss and every extra under its article.
 */
final class ScoreTable {
    private ScoreTable() {
    }

    static String text(CorpusScore score, boolean verbose) {
        StringBuilder b = new StringBuilder();
        for (Outcome o : score.outcomes()) {
            if (o instanceof Outcome.Failure f) {
                line(b, f.file() + ": FAILED: " + Text.head(f.reason().strip(), 1500));
            } else if (o instanceof ArticleScore a) {
                article(b, a, verbose);
            }
        }
        line(b, "");
        line(b, String.format("%-11s %5s %5s %5s %5s %5s %5s", "category", "P", "R", "F1", "tp", "fp", "fn"));
        for (Category c : Category.values()) {
            Tally t = score.total(c);
            Tally.Prf prf = t.prf();
            line(b, String.format("%-11s %5s %5s %5s %5d %5d %5d", c.label(), Text.fixed(prf.p(), 2),
                    Text.fixed(prf.r(), 2), Text.fixed(prf.f1(), 2), t.tp(), t.fp(), t.fn()));
        }
        for (Map.Entry<String, Ratio> e : score.figures().entrySet()) {
            line(b, e.getKey() + ": " + e.getValue());
        }
        line(b, "articles: " + score.outcomes().size() + ", failed: " + score.failed());
        line(b, "macro-F1: " + Text.fixed(score.macroF1(), 3));
        return b.toString();
    }

    private static void article(StringBuilder b, ArticleScore a, boolean verbose) {
        List<String> parts = new ArrayList<>();
        for (Category c : Category.values()) {
            parts.add(c.label() + " " + Text.fixed(a.tally(c).prf().f1(), 2));
        }
        line(b, a.name() + ": " + String.join(", ", parts));
        if (verbose) {
            for (Category c : Category.values()) {
                a.tally(c).misses().forEach(m -> line(b, String.format("   miss  %-10s %s", c.label(), m)));
                a.tally(c).extras().forEach(x -> line(b, String.format("   extra %-10s %s", c.label(), x)));
            }
        }
    }

    private static void line(StringBuilder b, String s) {
        b.append(s).append(System.lineSeparator());
    }
}
