package org.dipkg.coding;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cue phrases matched against a text's words, case aside: each phrase is one or more
 * words that must follow each other; a word ending in {@code *} matches every word it
 * begins. Words are runs of letters and digits, so "cease-fire" is the two words
 * "cease fire".
 *
 * <pre>
 *   Phrases.parse(List.of("cease fire", "negotiat*")).foundIn("They began negotiations.");  // true
 * </pre>
 */
final class Phrases {
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}*]+");
    static final Phrases NONE = new Phrases(List.of());

    private final List<List<String>> phrases;

    private Phrases(List<List<String>> phrases) {
        this.phrases = phrases;
    }

    /** The phrases of a rule; an empty list matches every text. */
    static Phrases parse(List<String> cells) {
        return new Phrases(cells.stream().map(Phrases::words).filter(w -> !w.isEmpty()).toList());
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** True when no phrase is given or one of them occurs in the text. */
    boolean foundIn(String text) {
        if (phrases.isEmpty()) {
            return true;
        }
        List<String> words = words(text.replace("*", " "));
        for (List<String> phrase : phrases) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (matchesAt(phrase, words, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> phrase, List<String> words, int at) {
        for (int j = 0; j < phrase.size(); j++) {
            String cue = phrase.get(j);
            String word = words.get(at + j);
            boolean ok = cue.endsWith("*") ? word.startsWith(cue.substring(0, cue.length() - 1)) : word.equals(cue);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String s) {
        return WORD_BREAK.splitAsStream(s.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty() && !w.equals("*"))
                .toList();
    }
}
