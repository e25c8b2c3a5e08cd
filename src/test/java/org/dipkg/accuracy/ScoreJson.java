package org.dipkg.accuracy;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The figures as score.py's {@code --json} writes them: per article and category p, r, f1,
 * tp, fp, fn; per category p, r, f1 (here also the summed tp, fp, fn); the side figures as
 * [right, of]; {@code macro_f1} and {@code failed}.
 */
final class ScoreJson {
    private ScoreJson() {
    }

    static String text(CorpusScore score) {
        JsonObject report = new JsonObject();
        JsonObject articles = new JsonObject();
        for (Outcome o : score.outcomes()) {
            if (o instanceof ArticleScore a) {
                JsonObject cats = new JsonObject();
                for (Category c : Category.values()) {
                    cats.put(c.label(), figures(a.tally(c)));
                }
                articles.put(a.name(), cats);
            }
        }
        report.put("articles", articles);
        for (Category c : Category.values()) {
            report.put(c.label(), figures(score.total(c)));
        }
        score.figures().forEach((k, r) -> {
            JsonArray pair = new JsonArray();
            pair.add(r.ok());
            pair.add(r.of());
            report.put(k, pair);
        });
        report.put("macro_f1", JsonNumber.value(score.macroF1()));
        report.put("failed", score.failed());
        return JSON.toString(report) + System.lineSeparator();
    }

    private static JsonObject figures(Tally t) {
        Tally.Prf prf = t.prf();
        JsonObject o = new JsonObject();
        o.put("p", JsonNumber.value(prf.p()));
        o.put("r", JsonNumber.value(prf.r()));
        o.put("f1", JsonNumber.value(prf.f1()));
        o.put("tp", t.tp());
        o.put("fp", t.fp());
        o.put("fn", t.fn());
        return o;
    }
}
