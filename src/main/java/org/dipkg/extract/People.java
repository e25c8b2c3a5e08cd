package org.dipkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;

/**
 * The persons of one article: full names found anywhere in it, and the short forms that
 * refer to them ("Marsh" for "Daniel Marsh", "Li" for "Li Wei", "Mr. Otieno").
 * A person is named by the fullest form the article gives, middle initial included
 * ("Daniel J. Marsh"); the key leaves middle initials out, so that "Daniel J. Marsh" and
 * "Daniel Marsh" are one person within an article and across articles.
 */
final class People {
    private final Map<String, Actor> byKey = new LinkedHashMap<>();
    private final Map<String, List<String>> wordsByKey = new HashMap<>();

    /**
     * The persons named in an article. The headline (title-case, so every word looks like a
     * name) introduces no one: its names must refer to persons of the body.
     */
    static People of(List<Annotated> doc, boolean hasHeadline) {
        People p = new People();
        List<Annotated> body = hasHeadline ? doc.stream().filter(a -> a.sentence.paragraph() > 0).toList() : doc;
        for (Annotated a : body) {
            for (NameHit n : a.names) {
                if (n.strong() && n.words().size() >= 2) {
                    p.addFull(nameWords(n.words()));
                }
            }
        }
        if (hasHeadline) {
            for (Annotated a : doc) {
                if (a.sentence.paragraph() > 0) {
                    break;
                }
                for (NameHit n : a.names) {
                    if (n.strong() && n.words().size() >= 2 && taggedPerson(a, n)) {
                        p.addFull(nameWords(n.words()));
                    }
                }
            }
        }
        for (Annotated a : body) {
            for (NameHit n : a.names) {
                if (n.strong() && n.words().size() == 1 && p.shortForm(n.words().get(0)).isEmpty()) {
                    p.addFull(n.words());
                }
            }
        }
        return p;
    }

    /** A headline name the entity recognizer tags as a person's, word for word. */
    private static boolean taggedPerson(Annotated a, NameHit n) {
        return !a.sentence.parse().isEmpty() && a.sentence.parse().allEntity(n.start(), n.end(), "PERSON");
    }

    private void addFull(List<String> words) {
        for (Map.Entry<String, List<String>> e : wordsByKey.entrySet()) {
            List<String> known = e.getValue();
            if (samePerson(known, words)) {
                if (words.size() > known.size()) {
                    byKey.remove(e.getKey());
                    wordsByKey.remove(e.getKey());
                    put(words);
                }
                return;
            }
        }
        put(words);
    }

    private void put(List<String> words) {
        String name = String.join(" ", words);
        String key = key(canonicalWords(words));
        byKey.put(key, new Actor("person/" + key, name, ActorKind.PERSON, Optional.empty()));
        wordsByKey.put(key, words);
    }

    private static String key(List<String> words) {
        return Text.slug(String.join(" ", words));
    }

    /** Same first and last word, or one name is the other with words added. */
    private static boolean samePerson(List<String> a, List<String> b) {
        if (eq(a.get(0), b.get(0)) && eq(a.get(a.size() - 1), b.get(b.size() - 1))) {
            return true;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        return shorter.size() >= 2 && Text.key(String.join(" ", longer)).endsWith(Text.key(String.join(" ", shorter)));
    }

    private static boolean eq(String x, String y) {
        return Text.key(x).equals(Text.key(y));
    }

    /** The person a name refers to, by its full name or a short form of it. */
    Optional<Actor> resolve(NameHit n) {
        List<String> words = canonicalWords(n.words());
        if (words.size() >= 2) {
            for (Map.Entry<String, List<String>> e : wordsByKey.entrySet()) {
                if (samePerson(e.getValue(), words)) {
                    return Optional.of(byKey.get(e.getKey()));
                }
            }
            return Optional.empty();
        }
        Optional<Actor> s = shortForm(words.get(0));
        if (s.isPresent()) {
            return s;
        }
        return Optional.ofNullable(byKey.get(key(words)));
    }

    /** The person whose last name (or first, for names written surname first) is this word. */
    Optional<Actor> shortForm(String word) {
        Actor firstMatch = null;
        for (Map.Entry<String, List<String>> e : wordsByKey.entrySet()) {
            List<String> w = e.getValue();
            if (w.size() >= 2 && eq(w.get(w.size() - 1), word)) {
                return Optional.of(byKey.get(e.getKey()));
            }
            if (w.size() >= 2 && firstMatch == null && eq(w.get(0), word)) {
                firstMatch = byKey.get(e.getKey());
            }
        }
        return Optional.ofNullable(firstMatch);
    }

    List<Actor> all() {
        return List.copyOf(byKey.values());
    }

    /** The words of a name as written, without a free-standing hyphen. */
    static List<String> nameWords(List<String> words) {
        List<String> out = words.stream().filter(w -> !w.equals("-")).toList();
        return out.isEmpty() ? words : out;
    }

    /** Drops middle initials ("Daniel J. Marsh" to "Daniel Marsh") and a trailing "Jr."-like suffix stays. */
    static List<String> canonicalWords(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean initial = w.matches("\\p{Lu}\\.?") && i > 0 && i < words.size() - 1;
            if (!initial && !w.equals("-")) {
                out.add(w);
            }
        }
        return out.isEmpty() ? words : out;
    }
}
