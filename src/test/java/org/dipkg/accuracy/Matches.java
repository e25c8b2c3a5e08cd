package org.dipkg.accuracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** When a predicted title, date, place or quote agrees with the gold one. */
final class Matches {
    /** How much longer than the gold title a predicted title that contains it may be. */
    static final int TITLE_SLACK = 16;
    /** Share of the longer quote the shorter must cover, or word overlap (Jaccard) needed. */
    static final double QUOTE_OVERLAP = 0.6;

    private Matches() {
    }

    /** The same title, or one containing the gold title (or its short form) with a few words more. */
    static boolean title(String predicted, Gold.Role g) {
        String p = Text.norm(predicted);
        List<String> cands = new ArrayList<>(List.of(Text.norm(g.title())));
        if (!g.titleMin().isEmpty()) {
            cands.add(Text.norm(g.titleMin()));
        }
        for (String c : cands) {
            if (p.equals(c)) {
                return true;
            }
            if (!c.isEmpty() && p.contains(c) && p.length() <= c.length() + TITLE_SLACK) {
                return true;
            }
        }
        return false;
    }

    /** A predicted date starting with one of the gold ISO prefixes ("2022-01" accepts "2022-01-10"). */
    static boolean date(String predicted, List<String> gold) {
        return !predicted.isEmpty() && gold.stream().anyMatch(predicted::startsWith);
    }

    /** The same place, or one that starts or ends with the gold place as whole words. */
    static boolean place(String predicted, String gold) {
        String p = Text.norm(predicted);
        String g = Text.norm(gold);
        return !p.isEmpty() && (p.equals(g) || p.startsWith(g + " ") || p.endsWith(" " + g));
    }

    /** Equal quotes, one inside the other covering 60% of it, or 60% of words shared. */
    static boolean quote(String predicted, String gold) {
        String a = Text.norm(predicted);
        String b = Text.norm(gold);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (longer.contains(shorter) && shorter.length() >= QUOTE_OVERLAP * longer.length()) {
            return true;
        }
        Set<String> ta = words(a);
        Set<String> tb = words(b);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        ta.retainAll(tb);
        return (double) ta.size() / union.size() >= QUOTE_OVERLAP;
    }

    private static Set<String> words(String s) {
        return new HashSet<>(Arrays.asList(s.split(" ")));
    }
}
