package org.dipkg.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dipkg.extract.Text;
import org.dipkg.extract.TsvTable;

/**
 * The class of a title as an article states it, read from the lexicon's {@code titles.tsv}
 * and {@code title_modifiers.tsv}: "Foreign Minister" and "Minister of Foreign Affairs" are
 * both {@code foreign_minister}. A title with a modifier ("Deputy Foreign Minister") or
 * "former" names another post, and has no class here.
 *
 * <pre>
 *   PostClasses.load().of("Minister of Foreign Affairs");   // Optional[foreign_minister]
 * </pre>
 */
public final class PostClasses {
    private final Map<String, String> classes;
    private final Set<String> modifierWords;
    private final int longest;

    private PostClasses(Map<String, String> classes, Set<String> modifierWords) {
        this.classes = Map.copyOf(classes);
        this.modifierWords = Set.copyOf(modifierWords);
        this.longest = classes.keySet().stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    }

    public static PostClasses load() {
        Map<String, String> classes = new HashMap<>();
        for (TsvTable.Row r : TsvTable.read("lexicon/titles.tsv", "title", "class")) {
            classes.put(Text.key(r.get("title")), r.get("class"));
        }
        Set<String> modifiers = new HashSet<>(List.of("former", "then", "ex"));
        for (TsvTable.Row r : TsvTable.read("lexicon/title_modifiers.tsv", "cue")) {
            modifiers.addAll(List.of(Text.key(r.get("cue")).split(" ")));
        }
        return new PostClasses(classes, modifiers);
    }

    /** The class of a title of {@code titles.tsv} written as the file writes it, or empty. */
    public Optional<String> ofListed(String title) {
        return Optional.ofNullable(classes.get(Text.key(title)));
    }

    /**
     * The class of the post a stated title names: its longest ending that is a title of the
     * lexicon, when no word before that ending qualifies it ("Deputy", "Acting", "former"); a
     * plural ("Presidents Doe and Roe") names the post of each.
     */
    public Optional<String> of(String stated) {
        String key = Text.key(stated);
        Optional<String> cls = ofWords(key.split(" "));
        return cls.isPresent() || !key.endsWith("s") ? cls : ofWords(key.substring(0, key.length() - 1).split(" "));
    }

    private Optional<String> ofWords(String[] words) {
        for (int n = Math.min(longest, words.length); n >= 1; n--) {
            String head = String.join(" ", List.of(words).subList(words.length - n, words.length));
            String cls = classes.get(head);
            if (cls != null) {
                for (int i = 0; i < words.length - n; i++) {
                    if (modifierWords.contains(words[i])) {
                        return Optional.empty();
                    }
                }
                return Optional.of(cls);
            }
        }
        return Optional.empty();
    }
}
