package org.dipkg.extract;

import java.util.List;
import java.util.Optional;

import org.dipkg.model.Token;

/**
 * Titles of office: a head ("Foreign Minister", "Secretary of State") with modifiers
 * before it ("Deputy", "Assistant") and the word "former".
 */
public final class Titles {
    /**
     * A title found at tokens [start, end): its text as written, its class, and whether its
     * head is written in the plural ("foreign ministers", "Special Envoys"; not "Affairs").
     */
    public record Match(int start, int end, String text, String titleClass, boolean plural) {
    }

    /** The classes of the posts whose holder others serve: "Special Envoy of the President", "of the Secretary-General". */
    static final java.util.Set<String> PRINCIPALS = java.util.Set.of("head_of_state", "head_of_government", "monarch",
            "org_head");

    private final CueList heads;
    private final CueList modifiers;
    private final java.util.Set<String> principalKeys;

    private Titles(CueList heads, CueList modifiers, java.util.Set<String> principalKeys) {
        this.heads = heads;
        this.modifiers = modifiers;
        this.principalKeys = principalKeys;
    }

    static Titles load() {
        java.util.Set<String> principals = new java.util.HashSet<>();
        for (TsvTable.Row r : TsvTable.read("lexicon/titles.tsv", "title", "class")) {
            if (PRINCIPALS.contains(r.get("class"))) {
                principals.add(Text.key(r.get("title")));
            }
        }
        return new Titles(CueList.load("lexicon/titles.tsv", "title", "class"),
                CueList.load("lexicon/title_modifiers.tsv"), principals);
    }

    /**
     * A title's key without the principal the post serves: "special envoy for x" for "Special
     * Envoy of the Secretary-General for X", so that "the envoy for X" is found in it.
     */
    String keyWithoutPrincipal(String title) {
        String key = " " + Text.key(title) + " ";
        for (String p : principalKeys) {
            key = key.replace(" of the " + p + " ", " ");
        }
        return key;
    }

    /** The longest title starting at token i ("former", modifiers, then a head). */
    public Optional<Match> at(List<Token> tokens, int i) {
        int j = i;
        if (j < tokens.size() && is(tokens.get(j), "former", "then", "then-")) {
            j++;
            if (j < tokens.size() && tokens.get(j).text().equals("-")) {
                j++;
            }
        }
        while (true) {
            Optional<CueList.Match> m = modifiers.matchAt(tokens, j);
            if (m.isEmpty()) {
                break;
            }
            Optional<CueList.Match> head = heads.matchAt(tokens, j);
            if (head.isPresent() && head.get().length() >= m.get().length()) {
                break;
            }
            j = m.get().end();
        }
        Optional<CueList.Match> head = heads.matchAt(tokens, j);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        int end = head.get().end();
        return Optional.of(new Match(i, end, textOf(tokens, i, end), head.get().value(),
                pluralHead(tokens.subList(head.get().start(), end), head.get().cue())));
    }

    /**
     * A word of the head is an inflected plural of the lexicon's word: "envoys" for "envoy",
     * "Ministers of Foreign Affairs" for "Minister of Foreign Affairs" (but not "Affairs" itself).
     */
    private static boolean pluralHead(List<Token> head, String cue) {
        String[] words = cue.toLowerCase(java.util.Locale.ROOT).split(" ");
        if (words.length != head.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String text = Text.fold(head.get(k).text()).toLowerCase(java.util.Locale.ROOT);
            if (text.endsWith("s") && !text.equals(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** True when the token is a title word (a head) on its own. */
    public boolean isHeadWord(List<Token> tokens, int i) {
        return heads.matchAt(tokens, i).isPresent() || modifiers.matchAt(tokens, i).isPresent();
    }

    static String textOf(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).begin() > tokens.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    private static boolean is(Token t, String... words) {
        for (String w : words) {
            if (t.text().equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> MINOR = java.util.Set.of("of", "for", "the", "and", "on", "to", "in");

    /** "FOREIGN MINISTER" (a transcript's label) as "Foreign Minister"; other titles as written. */
    static String titleCase(String title) {
        if (!title.equals(title.toUpperCase(java.util.Locale.ROOT)) || title.chars().noneMatch(Character::isLetter)) {
            return title;
        }
        StringBuilder b = new StringBuilder();
        for (String w : title.split(" ")) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(b.length() > 0 && MINOR.contains(lower) || lower.isEmpty() ? lower
                    : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return b.toString();
    }
}
