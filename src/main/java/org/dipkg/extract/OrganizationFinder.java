package org.dipkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;
import org.dipkg.model.Mention;
import org.dipkg.model.Parse;
import org.dipkg.model.Sentence;
import org.dipkg.model.Token;

/**
 * Organizations the word lists do not know, from the entity recognizer: parties, armed
 * groups, missions, courts, assemblies. A name followed by its acronym in parentheses
 * ("Interim Mission in Kosovo (IMK)") makes the acronym another name of the same actor,
 * and every later use of either name in the article is found, tagged or not. Names the
 * gazetteer already covers are left to it.
 *
 * <pre>
 *   List&lt;List&lt;Gazetteer.Hit&gt;&gt; extra = OrganizationFinder.find(sentences, gazetteerHits);
 * </pre>
 */
final class OrganizationFinder {
    private OrganizationFinder() {
    }

    /** For each sentence, the organization names not among its gazetteer hits, in text order. */
    static List<List<Gazetteer.Hit>> find(List<Sentence> sentences, List<List<Gazetteer.Hit>> known, Titles titles) {
        Map<String, Actor> names = new LinkedHashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (int[] span : spans(sentence)) {
                if (overlaps(sentence, span[0], span[1], known.get(s)) || inTitle(sentence, span, titles)) {
                    continue;
                }
                String name = text(sentence, span[0], span[1]);
                Actor actor = names.computeIfAbsent(Text.key(name), k -> organization(name));
                acronymAfter(sentence, span[1]).ifPresent(acr -> names.putIfAbsent(Text.key(acr), actor));
            }
        }
        List<List<Gazetteer.Hit>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            out.add(uses(sentences.get(s), names, known.get(s)));
        }
        return out;
    }

    /**
     * "Secretary of State", "Minister for European and Euro-Atlantic Integration": words of a
     * title, or of the portfolio after it, name no organization.
     */
    private static boolean inTitle(Sentence s, int[] span, Titles titles) {
        List<Token> t = s.tokens();
        for (int j = Math.max(0, span[0] - 10); j <= span[0]; j++) {
            Optional<Titles.Match> m = titles.at(t, j);
            if (m.isEmpty()) {
                continue;
            }
            if (m.get().end() >= span[1]) {
                return true;
            }
            boolean portfolio = m.get().end() < span[0] && (t.get(m.get().end()).text().equalsIgnoreCase("for")
                    || t.get(m.get().end()).text().equalsIgnoreCase("of"));
            for (int k = m.get().end() + 1; portfolio && k < span[0]; k++) {
                String w = t.get(k).text();
                portfolio = t.get(k).isCapitalized() || w.equals("and") || w.equals("the") || w.equals("-");
            }
            if (portfolio) {
                return true;
            }
        }
        return false;
    }

    /** At least one capitalized word of two letters or more: "(L)" in a caption is no name. */
    private static boolean nameLike(Sentence s, int start, int end) {
        for (int k = start; k < end; k++) {
            Token t = s.tokens().get(k);
            if (t.isCapitalized() && t.text().codePoints().filter(Character::isLetter).count() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static Actor organization(String name) {
        return new Actor("org/" + Text.slug(name), name, ActorKind.ORGANIZATION, Optional.empty());
    }

    /** Token spans [start, end) the recognizer tags ORG, without a leading article or a trailing possessive. */
    static List<int[]> spans(Sentence s) {
        Parse p = s.parse();
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (!p.entityStarts(i) || !p.entityType(i).equals("ORG")) {
                continue;
            }
            int end = i;
            while (end < p.size() && !p.entityEnds(end)) {
                end++;
            }
            end = Math.min(end + 1, p.size());
            int start = i;
            while (start < end && isArticle(s.tokens().get(start))) {
                start++;
            }
            int stop = end;
            while (stop > start && isPossessiveOrPunct(s.tokens().get(stop - 1))) {
                stop--;
            }
            if (stop > start && hasCapital(s, start, stop) && nameLike(s, start, stop)) {
                out.add(new int[] {start, stop});
            }
            i = end - 1;
        }
        return out;
    }

    private static boolean isArticle(Token t) {
        return t.text().equalsIgnoreCase("the");
    }

    private static boolean isPossessiveOrPunct(Token t) {
        String w = t.text();
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019") || t.isPunct();
    }

    private static boolean hasCapital(Sentence s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (s.tokens().get(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** "... Mission in Kosovo (IMK)": the acronym in parentheses right after a name. */
    private static Optional<String> acronymAfter(Sentence s, int end) {
        List<Token> t = s.tokens();
        if (end + 2 < t.size() && t.get(end).text().equals("(") && t.get(end + 2).text().equals(")")) {
            String w = t.get(end + 1).text();
            if (w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private static String text(Sentence s, int start, int end) {
        return s.slice(s.tokens().get(start).begin(), s.tokens().get(end - 1).end());
    }

    private static boolean overlaps(Sentence s, int start, int end, List<Gazetteer.Hit> hits) {
        int b = s.tokens().get(start).begin();
        int e = s.tokens().get(end - 1).end();
        for (Gazetteer.Hit h : hits) {
            if (h.begin() < e && b < h.end()) {
                return true;
            }
        }
        return false;
    }

    /** Every use of a known name in the sentence, longest first, not overlapping the gazetteer's hits. */
    private static List<Gazetteer.Hit> uses(Sentence s, Map<String, Actor> names, List<Gazetteer.Hit> known) {
        List<Gazetteer.Hit> out = new ArrayList<>();
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            int matched = 0;
            for (int len = Math.min(12, t.size() - i); len >= 1 && matched == 0; len--) {
                if (!t.get(i).isCapitalized() && !(len > 1 && isArticle(t.get(i)))) {
                    break;
                }
                Actor a = names.get(Text.key(text(s, i, i + len)));
                if (a != null && !overlaps(s, i, i + len, known) && !overlaps(s, i, i + len, out)) {
                    String surface = text(s, i, i + len);
                    out.add(new Gazetteer.Hit(t.get(i).begin(), t.get(i + len - 1).end(), surface,
                            new Gazetteer.Entry(surface, Optional.of(a), Optional.empty(), Mention.Form.NAME)));
                    matched = len;
                }
            }
            i += Math.max(1, matched);
        }
        out.sort(Comparator.comparingInt(Gazetteer.Hit::begin));
        return out;
    }
}
