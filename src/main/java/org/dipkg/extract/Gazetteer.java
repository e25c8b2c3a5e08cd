package org.dipkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.Mention;
import org.dipkg.model.Place;

/**
 * Finds the names of countries, organizations and places in text: longest match first,
 * on word boundaries. Abbreviations (no lower-case letter: "US", "NATO", "D.P.R.K.")
 * match only in the case written; other names match in any case but must start with the
 * capital letter written.
 *
 * <pre>
 *   for (Gazetteer.Hit h : gazetteer.find(sentenceText, offset)) { ... }
 * </pre>
 */
public final class Gazetteer {
    /** A name in the list and what it stands for: an actor, a place, or both (a capital). */
    public record Entry(String surface, Optional<Actor> actor, Optional<Place> place, Mention.Form form) {
        boolean exactCase() {
            return surface.chars().noneMatch(Character::isLowerCase);
        }
    }

    /** An entry found in text, with document offsets. */
    public record Hit(int begin, int end, String surface, Entry entry) {
    }

    private final Map<String, List<Entry>> byPrefix = new HashMap<>();

    Gazetteer(List<Entry> entries) {
        for (Entry e : entries) {
            String f = Text.fold(e.surface());
            if (f.length() < 2) {
                continue;
            }
            byPrefix.computeIfAbsent(prefix(f), k -> new ArrayList<>())
                    .add(new Entry(f, e.actor(), e.place(), e.form()));
        }
        byPrefix.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.surface().length())));
    }

    private static String prefix(String s) {
        return s.substring(0, 2).toLowerCase(Locale.ROOT);
    }

    /** All names in a text, left to right, not overlapping; offsets shifted by {@code base}. */
    public List<Hit> find(String text, int base) {
        String folded = Text.fold(text);
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < folded.length() - 1) {
            if (Text.isWordChar(folded.charAt(i)) && (i == 0 || !Text.isWordChar(folded.charAt(i - 1)))) {
                Entry e = longestAt(folded, i);
                if (e != null) {
                    int end = i + e.surface().length();
                    hits.add(new Hit(base + i, base + end, text.substring(i, end), e));
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return hits;
    }

    private Entry longestAt(String text, int i) {
        List<Entry> candidates = byPrefix.get(prefix(text.substring(i, i + 2)));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            String s = e.surface();
            int end = i + s.length();
            if (end > text.length() || !text.regionMatches(!e.exactCase(), i, s, 0, s.length())) {
                continue;
            }
            if (text.charAt(i) != s.charAt(0)) {
                continue;
            }
            boolean boundary = end == text.length() || !Text.isWordChar(text.charAt(end))
                    || !Text.isWordChar(s.charAt(s.length() - 1));
            if (boundary) {
                return e;
            }
        }
        return null;
    }
}
