package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.dipkg.model.Actor;
import org.dipkg.model.Mention;
import org.dipkg.model.Parse;
import org.dipkg.model.Token;

/**
 * Finds titles of office and persons' names in a sentence, and ties each name to the
 * titles the text gives it: "Italian Deputy Foreign Minister Marco Bellini",
 * "Lena Holm, Sweden's deputy prime minister for ...", "President Otieno of the
 * Republic of Kenya", "Mr. TANAKA Hiroshi, Minister for Foreign Affairs of Japan".
 */
final class MentionFinder {
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "al", "el", "de", "del", "la", "le", "van",
            "von", "der", "den", "da", "di", "du", "dos", "abu", "bint", "ben");

    private final Lexicon lexicon;

    MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void annotate(Annotated a) {
        findTitles(a);
        findNames(a);
    }

    // ------------------------------------------------------------------ titles

    private void findTitles(Annotated a) {
        for (int i = 0; i < a.size(); i++) {
            if (a.hit(i) != null) {
                continue;
            }
            Optional<Titles.Match> m = lexicon.titles.at(a.tokens(), i);
            if (m.isEmpty() || !plausibleTitle(a, m.get())) {
                continue;
            }
            TitleHit t = extend(a, withLeftAffiliation(a, m.get()));
            a.titles.add(t);
            i = t.end() - 1;
        }
    }

    /** Lower-case one-word titles ("minister", "leader") need a capital or a name after them. */
    private boolean plausibleTitle(Annotated a, Titles.Match m) {
        if (m.end() < a.size() && a.isWord(m.end(), "-") && a.token(m.end()).begin() == a.token(m.end() - 1).end()) {
            return false;   // part of a hyphenated name: "Amir-Tehrani"
        }
        Token first = a.token(m.start());
        if (first.isCapitalized() || m.end() - m.start() > 1) {
            return true;
        }
        if (m.end() < a.size() && a.token(m.end()).isCapitalized()) {
            return true;
        }
        boolean affiliated = m.start() > 0 && (a.hit(m.start() - 1) != null
                || a.isWord(m.start() - 1, "'s", "'") && m.start() > 1 && a.hit(m.start() - 2) != null);
        boolean appositive = a.isWord(m.end(), ",") && m.end() + 1 < a.size() && a.token(m.end() + 1).isCapitalized();
        return affiliated || appositive;
    }

    private TitleHit withLeftAffiliation(Annotated a, Titles.Match m) {
        int start = m.start();
        String text = m.text();
        Optional<Actor> aff = Optional.empty();
        int j = start - 1;
        if (j >= 0 && a.isWord(j, "'s", "'")) {
            j--;
        }
        Gazetteer.Hit h = a.hit(j);
        if (h != null && h.entry().actor().isPresent() && h.entry().form() != Mention.Form.CAPITAL) {
            aff = h.entry().actor();
            int hs = a.hitStart(j);
            if (hs > 0 && a.isWord(hs - 1, "former")) {
                text = "former " + text;
            }
        }
        boolean plural = m.plural();
        int before = aff.isPresent() ? a.hitStart(Math.max(0, j)) - 1 : start - 1;
        boolean definite = before >= 0 && a.isWord(before, "the", "his", "her", "their", "its", "our");
        return new TitleHit(a.sentence.index(), start, m.end(), text, m.titleClass(), aff, plural, definite);
    }

    /** Adds "of X" (affiliation or portfolio), "for X" (portfolio) after the head. */
    private TitleHit extend(Annotated a, TitleHit t) {
        int j = t.end();
        if (a.isWord(j, "of") && !a.isQuoted(j)) {
            int k = j + 1;
            if (a.isWord(k, "the")) {
                k++;
            }
            Optional<Titles.Match> principal = k > j + 1 ? lexicon.titles.at(a.tokens(), k) : Optional.empty();
            if (principal.isPresent() && Titles.PRINCIPALS.contains(principal.get().titleClass()) && !principal.get().plural()) {
                // "Special Representative of the Secretary-General (of the Mission)": the principal is part of the post
                return extend(a, t.withEnd(principal.get().end(),
                        t.title() + " " + Titles.textOf(a.tokens(), j, principal.get().end())));
            }
            int named = acronymAfterName(a, k);
            if (named > 0) {
                Gazetteer.Hit acronym = a.hit(named - 2);
                return new TitleHit(t.sentence(), t.start(), named, t.title(), t.titleClass(),
                        t.affiliation().isPresent() ? t.affiliation() : acronym.entry().actor(), t.plural(), t.definite());
            }
            Gazetteer.Hit h = a.hit(k);
            if (h != null && h.entry().actor().isPresent()) {
                int after = a.hitEnd(k);
                if (after >= a.size() || !continuesName(a, after)) {
                    return new TitleHit(t.sentence(), t.start(), after, t.title(), t.titleClass(),
                            t.affiliation().isPresent() ? t.affiliation() : h.entry().actor(), t.plural(), t.definite());
                }
            }
            int end = capitalRun(a, k);
            if (end > k) {
                return t.withEnd(end, t.title() + " " + Titles.textOf(a.tokens(), j, end));
            }
        }
        if (a.isWord(j, "for") && j + 1 < a.size() && a.token(j + 1).isCapitalized()) {
            int end = capitalRun(a, j + 1);
            return t.withEnd(end, t.title() + " " + Titles.textOf(a.tokens(), j, end));
        }
        return t;
    }

    /**
     * "of the Interim Mission in Kosovo (IMK)": a body's name written out, then its acronym in
     * parentheses, which names a known actor. The token after ")" is returned, or -1.
     */
    private int acronymAfterName(Annotated a, int k) {
        int i = k;
        while (i < a.size() && i - k < 12 && (a.token(i).isCapitalized() && !a.token(i).isPunct()
                || i > k && a.isWord(i, "of", "for", "and", "the", "in", "on", "-"))) {
            i++;
        }
        if (i == k || !a.isWord(i, "(") || i + 2 >= a.size()) {
            return -1;
        }
        Gazetteer.Hit h = a.hit(i + 1);
        int close = h == null ? -1 : a.hitEnd(i + 1);
        return h != null && h.entry().actor().isPresent() && a.isWord(close, ")") ? close + 1 : -1;
    }

    private boolean continuesName(Annotated a, int i) {
        Token t = a.token(i);
        return t.isCapitalized() && a.hit(i) == null && !isNameStart(a, i) && !t.isPunct()
                && lexicon.titles.at(a.tokens(), i).isEmpty() && lexicon.cues.honorifics().matchAt(a.tokens(), i).isEmpty();
    }

    private boolean isNameStart(Annotated a, int i) {
        return i + 1 < a.size() && isNameWord(a, i) && isNameWord(a, i + 1);
    }

    /** Capitalized words (with "and", "of", hyphens) that make up a portfolio or body name. */
    private int capitalRun(Annotated a, int k) {
        int end = k;
        int i = k;
        while (i < a.size()) {
            Token t = a.token(i);
            boolean afterAnd = i > k && a.isWord(i - 1, "and");
            if (t.isCapitalized() && !t.isPunct() && lexicon.titles.at(a.tokens(), i).isEmpty()
                    && (afterAnd || !(isNameWord(a, i) && i + 1 < a.size() && isNameWord(a, i + 1) && a.hit(i) == null
                    && !lexicon.cues.nonNames().containsWord(t)))) {
                i = a.hit(i) != null ? a.hitEnd(i) : i + 1;
                end = i;
            } else if ((a.isWord(i, "and", "of", "-", "(", ")")) && i + 1 < a.size()
                    && a.token(i + 1).isCapitalized() && lexicon.titles.at(a.tokens(), i + 1).isEmpty()) {
                i++;
            } else if (a.isWord(i, ")") && end == i) {
                i++;
                end = i;
            } else {
                break;
            }
        }
        return end;
    }

    // ------------------------------------------------------------------ names

    private void findNames(Annotated a) {
        int i = 0;
        while (i < a.size()) {
            if (!isNameWord(a, i) || insideTitle(a, i)) {
                i++;
                continue;
            }
            int person = personEnd(a, i);
            int end = i + 1;
            while (end < a.size() && end - i < 6 && !insideTitle(a, end)
                    && (isNameWord(a, end) || attached(a, end)
                    || isParticle(a, end) && end + 1 < a.size() && isNameWord(a, end + 1))
                    && !(person > i && notAName(a, end) && !attached(a, end))) {
                end++;
            }
            if (person > i) {
                // the recognizer's name, or longer where the name's own words go on ("Tomas | Quispe")
                int stop = Math.max(person, end);
                NameHit n = classify(a, i, stop);
                a.names.add(new NameHit(n.sentence(), n.start(), n.end(), n.words(), true, n.titles()));
                i = stop;
                continue;
            }
            NameHit n = classify(a, i, end);
            if (n != null) {
                a.names.add(n);
            }
            i = end;
        }
    }

    private boolean insideTitle(Annotated a, int i) {
        for (TitleHit t : a.titles) {
            if (i >= t.start() && i < t.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the person's name the entity recognizer tags from token {@code i} on, or -1.
     * The name stops before a title word, a gazetteer name or a possessive inside the tagged span.
     */
    private int personEnd(Annotated a, int i) {
        Parse p = a.sentence.parse();
        if (p.isEmpty() || !p.entityType(i).equals("PERSON") || lexicon.titles.at(a.tokens(), i).isPresent()) {
            return -1;
        }
        if (!p.tag(i).startsWith("NNP")) {
            return -1;
        }
        int end = i + 1;
        while (end < a.size() && (p.entityType(end).equals("PERSON") && (!p.entityStarts(end) || afterInitial(a, end))
                || initialStop(a, end) || initialStop(a, end - 1))
                && !a.isWord(end, "'s", "'") && !insideTitle(a, end)
                && (a.hit(end) == null && (!notAName(a, end) || monthInName(a, p, end))
                        || a.isWord(end - 1, "-") && attached(a, end))) {
            end++;
        }
        return end;
    }

    /**
     * "Rosa May", "Tom August": a word of the no-name list (a month) inside a name the
     * recognizer tags, with no day number after it.
     */
    private boolean monthInName(Annotated a, Parse p, int k) {
        return p.entityType(k).equals("PERSON") && !p.entityStarts(k) && lexicon.cues.nonNames().containsWord(a.token(k))
                && lexicon.cues.meetingNouns().matchAt(a.tokens(), k).isEmpty()
                && !(k + 1 < a.size() && a.token(k + 1).pos().equals("NUM"));
    }

    /** "Varga Meeting" in a title-case headline: a word that names a meeting or is listed as no name. */
    private boolean notAName(Annotated a, int k) {
        return lexicon.cues.meetingNouns().matchAt(a.tokens(), k).isPresent()
                || lexicon.cues.meetingVerbs().matchAt(a.tokens(), k).isPresent()
                || lexicon.cues.nonNames().containsWord(a.token(k))
                || lexicon.cues.honorifics().containsWord(a.token(k));
    }

    /** "J", "A.K": one initial or several joined by full stops. */
    private static final String INITIALS = "\\p{Lu}(\\.\\p{Lu})*";

    /** "Daniel J | . | Marsh": the full stop of a middle initial, tokenized apart, with a name word after it. */
    private boolean initialStop(Annotated a, int k) {
        return a.isWord(k, ".") && a.token(k - 1).text().matches(INITIALS) && k + 1 < a.size()
                && a.token(k).begin() == a.token(k - 1).end() && a.token(k + 1).isCapitalized()
                && a.hit(k + 1) == null && lexicon.titles.at(a.tokens(), k + 1).isEmpty();
    }

    /** "Daniel J. | Marsh": a middle initial the recognizer ends a name at. */
    private static boolean afterInitial(Annotated a, int i) {
        String prev = a.token(i - 1).text();
        return prev.matches(INITIALS + "\\.?") || prev.equals(".") && i >= 2 && a.token(i - 2).text().matches(INITIALS);
    }

    /** True when the entity recognizer tags every token of [start, end) as a place ("the town of Puerto Varas"). */
    private static boolean isPlace(Annotated a, int start, int end) {
        Parse p = a.sentence.parse();
        return !p.isEmpty() && (p.allEntity(start, end, "GPE") || p.allEntity(start, end, "LOC")
                || p.allEntity(start, end, "FAC"));
    }

    /** True when the entity recognizer tags any token of [start, end) as part of a person's name. */
    private static boolean anyPerson(Annotated a, int start, int end) {
        Parse p = a.sentence.parse();
        return p.isEmpty() || p.anyEntity(start, end, "PERSON");
    }

    /** A hyphen or lower-case part written without a space inside a name: "Jae-sung". */
    private static boolean attached(Annotated a, int i) {
        Token t = a.token(i);
        Token prev = a.token(i - 1);
        if (t.begin() != prev.end() || a.hit(i) != null) {
            return false;
        }
        String w = t.text();
        return w.equals("-") && i + 1 < a.size() && a.token(i + 1).begin() == t.end()
                || prev.text().endsWith("-") && !w.isEmpty() && Character.isLetter(w.charAt(0));   // "Jae-" "in"
    }

    /** "bin", "al", and "al-" written onto the next word ("al-Haddad" tokenized "al-" "Haddad"). */
    private boolean isParticle(Annotated a, int i) {
        String w = a.lower(i);
        return PARTICLES.contains(w) || w.endsWith("-") && PARTICLES.contains(w.substring(0, w.length() - 1));
    }

    boolean isNameWord(Annotated a, int i) {
        Token t = a.token(i);
        String w = t.text();
        if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        if (a.hit(i) != null || lexicon.cues.nonNames().containsWord(t) || lexicon.cues.honorifics().containsWord(t)) {
            return false;
        }
        if (lexicon.titles.isHeadWord(a.tokens(), i)) {
            return false;
        }
        if (w.matches("E\\.?") && (a.isWord(i - 1, "h.", "h") || a.isWord(i - 1, ".") && a.isWord(i - 2, "h"))) {
            return false;   // "H. E. Vladimir Sokolov": His Excellency, written apart
        }
        boolean adverb = t.pos().equals("ADV") || Syntax.has(a) && Syntax.parse(a).tag(i).startsWith("RB");
        if (adverb && (i == 0 || a.isWord(i + 1, ","))) {
            return false;   // "Finally, the Secretary ..."
        }
        return !t.pos().equals("PRON") && !t.pos().equals("DET") && !t.pos().equals("ADP")
                && !t.pos().equals("CCONJ") && !t.pos().equals("SCONJ") && !t.pos().equals("AUX");
    }

    private NameHit classify(Annotated a, int start, int end) {
        List<String> words = new ArrayList<>();
        for (int k = start; k < end; k++) {
            String w = withoutPossessive(normalizeCase(a.token(k).text()));
            if (w.length() > 3 && w.endsWith(".") && w.indexOf('.') == w.length() - 1) {
                w = w.substring(0, w.length() - 1);
            }
            if (k > start && a.token(k).begin() == a.token(k - 1).end()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + w);
            } else {
                words.add(w);
            }
        }
        List<TitleHit> titles = new ArrayList<>();
        boolean strong = false;
        TitleHit before = titleEndingAt(a, start);
        if (before != null) {
            List<TitleHit> chain = chainBefore(a, before);
            Optional<Actor> shared = before.affiliation();
            for (TitleHit t : chain) {
                shared = shared.isPresent() ? shared : t.affiliation();
            }
            titles.add(before.affiliation().isPresent() ? before : before.withAffiliation(shared));
            strong = true;
            titles.addAll(chain);
        }
        if (honorificStart(a, start) < start) {
            strong = true;
        }
        if (!strong && isPlace(a, start, end)) {
            // "the town of Puerto Varas, President Vidal ...": no title of its own. A lone word the
            // gazetteer does not know stays a weak name, for a person the article names in full
            // ("In Rabat, Duarte will meet ...", where the recognizer takes "Duarte" for a place).
            return end - start == 1 && a.hit(start) == null
                    ? new NameHit(a.sentence.index(), start, end, words, false, titles) : null;
        }
        // "Name, [the] [X's] title," appositive after the name
        int j = end;
        if (a.isWord(j, ",")) {
            int k = j + 1;
            if (a.isWord(k, "the", "a", "an")) {
                k++;
            }
            TitleHit after = titleStartingNear(a, k);
            boolean subject = after != null && after.end() < a.size() && a.token(after.end()).isVerb();
            if (after != null && !subject) {   // not "X, the Secretary-General discussed ...": a new subject
                titles.add(after);
                strong = true;
            }
        }
        // "[X's] title, [Mr] Name" appositive before the name
        int named = honorificStart(a, start);
        if (before == null && named >= 2 && a.isWord(named - 1, ",")) {
            TitleHit t = titleEndingAt(a, named - 1);
            // "Ana Ruiz, Prime Minister of Peru, Mr. Petr Novak, ...": a title between commas after a name is that name's
            boolean afterAName = t != null && t.start() >= 2 && a.isWord(t.start() - 1, ",")
                    && a.token(t.start() - 2).isCapitalized();
            if (t != null && !afterAName && (t.affiliation().isPresent() || t.definite() || a.token(t.start()).isCapitalized()
                    || startsAfterPossessive(a, t))) {
                titles.add(t);
                strong = true;
            }
        }
        // "President Otieno of Kenya", and in the UN's style "Ambassador Otieno (Kenya)"
        boolean ofCountry = a.isWord(end, "of");
        boolean parenthesis = Clauses.parenthesizedName(a, end) > end;
        if ((ofCountry || parenthesis) && !titles.isEmpty()) {
            int k = end + 1 + (ofCountry && a.isWord(end + 1, "the") ? 1 : 0);
            Gazetteer.Hit h = a.hit(k);
            if (h != null && h.entry().actor().isPresent()) {
                List<TitleHit> fixed = new ArrayList<>();
                for (TitleHit t : titles) {
                    fixed.add(t.affiliation().isPresent() ? t : t.withAffiliation(h.entry().actor()));
                }
                titles = fixed;
            }
        }
        if (!strong) {
            strong = followedBySpeech(a, end) || words.size() >= 2 && allProper(a, start, end) && anyPerson(a, start, end);
        }
        if (!strong && words.size() < 2) {
            return new NameHit(a.sentence.index(), start, end, words, false, titles);
        }
        if (!strong && !followedByVerb(a, end)) {
            return new NameHit(a.sentence.index(), start, end, words, false, titles);
        }
        return new NameHit(a.sentence.index(), start, end, words, true, titles);
    }

    private boolean startsAfterPossessive(Annotated a, TitleHit t) {
        return t.start() > 0 && a.isWord(t.start() - 1, "'s", "'");
    }

    /** Where the honorifics before a name start ("H.E. Dr. Park Jin"): nameStart when there are none. */
    private int honorificStart(Annotated a, int nameStart) {
        int k = nameStart;
        boolean found = true;
        while (found) {
            found = false;
            for (int j = Math.max(0, k - 3); j < k; j++) {
                Optional<CueList.Match> m = lexicon.cues.honorifics().matchAt(a.tokens(), j);
                if (m.isPresent() && (m.get().end() == k || m.get().end() == k - 1 && a.isWord(k - 1, "."))) {
                    k = j;
                    found = true;
                    break;
                }
            }
        }
        return k;
    }

    private TitleHit titleEndingAt(Annotated a, int end) {
        int e = end;
        // an honorific may stand between the title and the name ("Foreign Minister Dr. X")
        int h = honorificStart(a, end);
        if (h < end) {
            e = h;
        }
        for (TitleHit t : a.titles) {
            if (t.end() == e) {
                return t;
            }
        }
        return null;
    }

    /** "Director of the X Commission and Foreign Minister Li Wei": the titles joined by "and". */
    private static final java.util.Set<String> LEADERS = java.util.Set.of("head_of_state", "head_of_government",
            "monarch");

    /**
     * "The Prime Minister and President Lopes agreed": two heads of state or government are two
     * persons, unlike "Deputy Prime Minister and Foreign Minister Ana Lopes".
     */
    private static boolean twoLeaders(TitleHit first, TitleHit second) {
        String deputy = Text.key(first.title());
        return LEADERS.contains(first.titleClass()) && LEADERS.contains(second.titleClass())
                && !deputy.contains("deputy") && !deputy.contains("vice");
    }

    private List<TitleHit> chainBefore(Annotated a, TitleHit last) {
        List<TitleHit> out = new ArrayList<>();
        TitleHit cur = last;
        while (cur.start() >= 2 && a.isWord(cur.start() - 1, "and")) {
            TitleHit prev = titleEndingAt(a, cur.start() - 1);
            if (prev == null || twoLeaders(prev, cur)) {
                break;
            }
            out.add(prev.affiliation().isPresent() ? prev : prev.withAffiliation(cur.affiliation()));
            cur = prev;
        }
        return out;
    }

    private TitleHit titleStartingNear(Annotated a, int k) {
        for (TitleHit t : a.titles) {
            if (t.start() == k) {
                return t;
            }
            Gazetteer.Hit h = a.hit(k);
            if (h != null && t.affiliation().isPresent()) {
                int after = a.hitEnd(k);
                if (a.isWord(after, "'s", "'")) {
                    after++;
                }
                if (t.start() == after) {
                    return t;
                }
            }
        }
        return null;
    }

    private boolean followedBySpeech(Annotated a, int end) {
        return end < a.size() && lexicon.cues.speech().matchAt(a.tokens(), end).isPresent()
                && a.token(end).isVerb();
    }

    private boolean followedByVerb(Annotated a, int end) {
        int k = end;
        if (a.isWord(k, "'s", "'")) {
            return false;
        }
        return k < a.size() && a.token(k).isVerb();
    }

    private static boolean allProper(Annotated a, int start, int end) {
        if (start == 0 && (end >= a.size() || !a.isWord(end, ",") && !a.token(end).isVerb())) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!a.token(k).pos().equals("PROPN")) {
                return false;
            }
        }
        return true;
    }

    /** "Quispe’s" written as one token: the name is "Quispe". */
    static String withoutPossessive(String w) {
        for (String suffix : new String[] {"’s", "'s", "’", "'"}) {
            if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** "TANAKA" becomes "Tanaka"; initials and short abbreviations stay. */
    static String normalizeCase(String w) {
        if (w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter)) {
            return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
        }
        return w;
    }
}
