package org.dipkg.extract;

/**
 * Where the stretch of words that belongs to one fact ends: participant lists and
 * demand texts stop at a clause break, a topic ("about", "to discuss"), a verb or a
 * quotation.
 */
final class Clauses {
    private Clauses() {
    }

    /** The end (exclusive) of a list of actors starting at token {@code from}. */
    static int listEnd(Doc doc, Annotated a, int from, int max) {
        int i = from;
        int limit = Math.min(a.size(), from + max);
        while (i < limit) {
            if (a.isQuoted(i) || isBreak(doc, a, i)) {
                return i;
            }
            String w = a.lower(i);
            if (parenthesizedName(a, i) > i) {   // "Ambassadors X (France) and Y (Peru)": a name's country, as the UN writes it
                i = parenthesizedName(a, i);
                continue;
            }
            if (w.equals(";") || w.equals(":") || w.equals("(") || w.equals("--") || w.equals("\u2014")) {
                return i;
            }
            if (fromLeft(a, i)) {   // a caption's "meets with, from left, X, Y and Z"
                i = fromLeftEnd(a, i);
                continue;
            }
            if (a.token(i).pos().equals("VERB") && a.hit(i) == null && !isNameToken(doc, a, i)) {
                return i;
            }
            if (w.equals(",") && !continuesList(doc, a, i + 1)) {
                return i;
            }
            if ((w.equals("in") || w.equals("on") || w.equals("at")) && doc.refsIn(a, i + 1, i + 2).isEmpty()) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** "from left", "from left to right": the order of the persons a caption names next. */
    static boolean fromLeft(Annotated a, int i) {
        return a.isWord(i, "from") && a.isWord(i + 1, "left", "right");
    }

    /** The token after "from left" or "from left to right" that starts at {@code i}. */
    private static int fromLeftEnd(Annotated a, int i) {
        return i + (a.isWord(i + 2, "to") ? 4 : 2);
    }

    /** The token after a caption's ", from left," at {@code i}, or {@code i} when there is none. */
    static int afterFromLeft(Annotated a, int i) {
        int k = a.isWord(i, ",", "(") ? i + 1 : i;
        if (!fromLeft(a, k)) {
            return i;
        }
        k = fromLeftEnd(a, k);
        return a.isWord(k, ",", ")") ? k + 1 : k;
    }

    /** The token after "(France)" at {@code i}: a gazetteer name alone in parentheses; else {@code i}. */
    static int parenthesizedName(Annotated a, int i) {
        if (!a.isWord(i, "(") || i + 1 >= a.size() || a.hit(i + 1) == null || !a.isWord(a.hitEnd(i + 1), ")")) {
            return i;
        }
        return a.hitEnd(i + 1) + 1;
    }

    private static boolean isNameToken(Doc doc, Annotated a, int i) {
        for (ActorRef r : doc.refs(a.sentence.index())) {
            if (i >= r.start() && i < r.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesList(Doc doc, Annotated a, int i) {
        if (i >= a.size()) {
            return false;
        }
        if (a.isWord(i, "and") || fromLeft(a, i)
                || a.isWord(i, "along", "together") && a.isWord(i + 1, "with")
                || a.isWord(i, "as") && a.isWord(i + 1, "well") && a.isWord(i + 2, "as")) {
            return true;   // ", along with X", ", as well as X"
        }
        int k = a.isWord(i, "the") ? i + 1 : i;
        return !doc.refsIn(a, k, k + 1).isEmpty() || a.hit(k) != null
                || a.titles.stream().anyMatch(t -> t.start() == k)             // ", Minister of Defence Y"
                || doc.cues().honorifics().matchAt(a.tokens(), k).isPresent();  // ", Mr Y"
    }

    static boolean isBreak(Doc doc, Annotated a, int i) {
        return doc.cues().clauseBreaks().matchAt(a.tokens(), i).isPresent();
    }

    /** The start of the clause that holds token {@code i}: after the last break, verb or semicolon before it. */
    static int clauseStart(Doc doc, Annotated a, int i, boolean stopAtVerb) {
        for (int k = i - 1; k >= 0; k--) {
            String w = a.lower(k);
            if (w.equals(";") || w.equals(":") || isBreak(doc, a, k)) {
                return k + 1;
            }
            if (stopAtVerb && a.token(k).pos().equals("VERB") && !isNameToken(doc, a, k)) {
                return k + 1;
            }
        }
        return 0;
    }
}
