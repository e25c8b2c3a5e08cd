package org.dipkg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmas by rule: a table of irregular forms ({@code irregular_forms.tsv}), then English
 * suffix rules. {@link #candidates} gives every base form a word may have ("welcomed":
 * welcomed, welcome, welcom), so that cue lists written in base forms match all
 * inflections. Fast enough for corpora; {@link Analyzer} can use OpenNLP's statistical
 * lemmatizer instead when asked.
 */
public final class Lemmas {
    private static final Map<String, String> IRREGULAR = load();

    private Lemmas() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (String line : WordList.rows("irregular_forms.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length == 2) {
                m.put(cells[0].strip(), cells[1].strip());
            }
        }
        return Map.copyOf(m);
    }

    /** The most likely lemma of a word with its universal POS tag. */
    public static String lemma(String word, String pos) {
        String w = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (!(pos.equals("VERB") || pos.equals("AUX") || pos.equals("NOUN"))) {
            return w;
        }
        List<String> c = candidates(w);
        return c.size() > 1 ? c.get(1) : w;
    }

    /** The word itself, then the base forms it may be an inflection of. */
    public static List<String> candidates(String lowerWord) {
        String w = lowerWord;
        List<String> out = new ArrayList<>(4);
        out.add(w);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            out.add(irregular);
            return out;
        }
        int n = w.length();
        if (n > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
            out.add(w.substring(0, n - 3) + "y");
        } else if (n > 5 && w.endsWith("ing")) {
            stems(w.substring(0, n - 3), out);
        } else if (n > 4 && w.endsWith("ed")) {
            out.add(w.substring(0, n - 1));
            stems(w.substring(0, n - 2), out);
        } else if (n > 3 && w.endsWith("es")) {
            out.add(w.substring(0, n - 1));
            out.add(w.substring(0, n - 2));
        } else if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, n - 1));
        }
        return out;
    }

    /** "urg" -> urge, "stopp" -> stop, "talk" -> talk. */
    private static void stems(String stem, List<String> out) {
        int n = stem.length();
        if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && !stem.endsWith("ss") && !stem.endsWith("ll")) {
            out.add(stem.substring(0, n - 1));
        }
        out.add(stem + "e");
        out.add(stem);
    }
}
