package org.dipkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dipkg.model.Token;

/**
 * A list of cue phrases (speech verbs, meeting words, stance words...) read from a
 * word list with columns {@code cue} and {@code value}. A cue word matches a token when
 * it equals the token's lemma or its lower-cased text; "*" matches any one token.
 *
 * <pre>
 *   CueList speech = CueList.load("lexicon/speech_verbs.tsv");
 *   speech.matchAt(sentence.tokens(), i).ifPresent(m -&gt; ...);
 * </pre>
 */
public final class CueList {
    /** A cue found at a token: how many tokens it covers and its value column. */
    public record Match(int start, int length, String value, String cue) {
        public int end() {
            return start + length;
        }
    }

    /** A cue: its words ("=word" matches the surface form only), value, and the POS tags its first word may have. */
    private record Cue(String[] words, String value, String text, java.util.Set<String> pos) {
    }

    private final Map<String, List<Cue>> byFirst = new HashMap<>();
    private final List<Cue> wildFirst = new ArrayList<>();

    private CueList(List<Cue> cues) {
        for (Cue c : cues) {
            if (c.words[0].equals("*")) {
                wildFirst.add(c);
            } else {
                String first = c.words[0].startsWith("=") ? c.words[0].substring(1) : c.words[0];
                byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(c);
                String head = first.split("[-.']", 2)[0];
                if (!head.isEmpty() && !head.equals(first)) {
                    byFirst.computeIfAbsent(head, k -> new ArrayList<>()).add(c);
                }
            }
        }
        Comparator<Cue> longestFirst = Comparator.comparingInt((Cue c) -> -c.words.length);
        byFirst.values().forEach(l -> l.sort(longestFirst));
        wildFirst.sort(longestFirst);
    }

    public static CueList load(String name) {
        return load(name, "cue", "value");
    }

    private static java.util.Set<String> posTags(String cell) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String t : cell.split("[,|\\s]+")) {
            if (!t.isBlank()) {
                out.add(t.strip().toUpperCase(Locale.ROOT));
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** A list whose values must be one of {@code values}: any other fails the load, naming file and line. */
    public static CueList load(String name, java.util.Set<String> values) {
        List<TsvTable.Row> rows = TsvTable.read(name, "cue");
        checkValues(rows, values);
        return of(rows, "cue", "value");
    }

    static void checkValues(List<TsvTable.Row> rows, java.util.Set<String> values) {
        for (TsvTable.Row r : rows) {
            if (!values.contains(r.get("value"))) {
                throw r.error("value '" + r.get("value") + "' is none of " + new java.util.TreeSet<>(values));
            }
        }
    }

    /** A list whose cue and value columns have other names. */
    public static CueList load(String name, String cueColumn, String valueColumn) {
        return of(TsvTable.read(name, cueColumn), cueColumn, valueColumn);
    }

    private static CueList of(List<TsvTable.Row> rows, String cueColumn, String valueColumn) {
        List<Cue> cues = new ArrayList<>();
        for (TsvTable.Row r : rows) {
            String text = Text.fold(r.get(cueColumn)).toLowerCase(Locale.ROOT);
            String[] words = text.split("\\s+");
            cues.add(new Cue(words, r.get(valueColumn), text.replace("=", ""), posTags(r.get("pos"))));
        }
        return new CueList(cues);
    }

    public static CueList of(String... phrases) {
        List<Cue> cues = new ArrayList<>();
        for (String p : phrases) {
            cues.add(new Cue(p.toLowerCase(Locale.ROOT).split("\\s+"), "", p, java.util.Set.of()));
        }
        return new CueList(cues);
    }

    /** The longest cue starting at token i. */
    public Optional<Match> matchAt(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(i);
        Match best = null;
        for (String key : keys(t)) {
            for (Cue c : byFirst.getOrDefault(key, List.of())) {
                best = longer(best, c, matches(c, tokens, i), i);
            }
        }
        for (Cue c : wildFirst) {
            best = longer(best, c, matches(c, tokens, i), i);
        }
        return Optional.ofNullable(best);
    }

    private static Match longer(Match best, Cue c, int n, int i) {
        if (n > 0 && (best == null || n > best.length())) {
            return new Match(i, n, c.value, c.text);
        }
        return best;
    }

    /** Every cue in tokens [from, to), left to right, not overlapping. */
    public List<Match> findAll(List<Token> tokens, int from, int to) {
        List<Match> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Optional<Match> m = matchAt(tokens, i);
            if (m.isPresent() && m.get().end() <= to) {
                out.add(m.get());
                i = m.get().end() - 1;
            }
        }
        return out;
    }

    public List<Match> findAll(List<Token> tokens) {
        return findAll(tokens, 0, tokens.size());
    }

    public boolean containsWord(Token t) {
        for (String key : keys(t)) {
            for (Cue c : byFirst.getOrDefault(key, List.of())) {
                if (c.words.length == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tokens consumed when cue c matches at token i, or -1. */
    private static int matches(Cue c, List<Token> tokens, int i) {
        if (!c.pos.isEmpty() && !c.pos.contains(tokens.get(i).pos())) {
            return -1;
        }
        int j = i;
        for (String w : c.words) {
            if (j >= tokens.size()) {
                return -1;
            }
            if (w.startsWith("=")) {
                if (!Text.fold(tokens.get(j).text()).toLowerCase(Locale.ROOT).equals(w.substring(1))) {
                    return -1;
                }
                j++;
                continue;
            }
            if (w.equals("*") || keys(tokens.get(j)).contains(w)) {
                j++;
                continue;
            }
            int joined = joinedMatch(w, tokens, j);
            if (joined < 0) {
                return -1;
            }
            j += joined;
        }
        return j - i;
    }

    /** A hyphenated or dotted cue word split by the tokenizer: "Secretary-General" as three tokens. */
    private static int joinedMatch(String w, List<Token> tokens, int j) {
        StringBuilder b = new StringBuilder(Text.fold(tokens.get(j).text()).toLowerCase(Locale.ROOT));
        for (int k = j + 1; k < tokens.size() && b.length() < w.length(); k++) {
            if (tokens.get(k).begin() != tokens.get(k - 1).end()) {
                return -1;
            }
            b.append(Text.fold(tokens.get(k).text()).toLowerCase(Locale.ROOT));
            if (b.toString().equals(w)) {
                return k - j + 1;
            }
        }
        return -1;
    }

    /** Keys by token text and lemma: a corpus has far fewer distinct words than tokens. */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 200_000;

    /** The forms a token is matched by: its text, its lemma, and the base forms it may inflect. */
    private static List<String> keys(Token t) {
        String id = t.text() + '\u0000' + t.lemma();
        List<String> k = KEYS.get(id);
        if (k == null) {
            if (KEYS.size() > MAX_CACHED) {
                KEYS.clear();
            }
            k = computeKeys(t);
            KEYS.put(id, k);
        }
        return k;
    }

    private static List<String> computeKeys(Token t) {
        String text = Text.fold(t.text()).toLowerCase(Locale.ROOT);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        List<String> c = org.dipkg.nlp.Lemmas.candidates(text);
        if (c.contains(lemma)) {
            return List.copyOf(c);
        }
        List<String> out = new ArrayList<>(c);
        out.add(lemma);
        return List.copyOf(out);
    }
}
