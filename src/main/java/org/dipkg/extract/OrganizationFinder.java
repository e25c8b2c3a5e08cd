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
 * ("Coastal Peace Mission (CPM)") makes the acronym another name of the same actor,
 * and every later use of either name in the article is found, tagged or not. Names the
 * gazetteer already covers are left to it.
 *
 * <pre>
 *   List&lt;List&lt;Gazetteer.Hit&gt;&gt; extra = OrganizationFinder.find(sentences, gazetteerHits, titles, heads);
 * </pre>
 */
final class OrganizationFinder {
    private OrganizationFinder() {
    }

    /** For each sentence, the organization names not among its gazetteer hits, in text order. */
    static List<List<Gazetteer.Hit>> find(List<Sentence> sentences, List<List<Gazetteer.Hit>> known, Titles titles,
                                          CueList heads) {
        Map<String, Actor> names = new LinkedHashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (sentence.parse().isEmpty()) {
                continue;   // names are only guessed with the recognizer's word on persons and places
            }
            List<int[]> found = new ArrayList<>(spans(sentence));
            if (sentence.paragraph() > 0) {
                found.addAll(headed(sentence, heads));
            }
            // longer names first, so that "Highland Liberation Front (HLF)" makes "HLF" its acronym
            found.sort((x, y) -> Integer.compare(y[1] - y[0], x[1] - x[0]));
            for (int[] span : found) {
                if (overlaps(sentence, span[0], span[1], known.get(s)) || inTitle(sentence, span, titles)
                        || span[1] - span[0] == 1 && heads.containsWord(sentence.tokens().get(span[0]))
                        || afterAt(sentence, span[0]) || personOrPlace(sentence, span[0], span[1])) {
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
     * "Secretary of State", "Minister for Regional Development and Integration": words of a
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

    /**
     * Capitalized names with the word of a body in them ("Movement for National Renewal",
     * "Constitutional Court", "Highland Liberation Front"): up to eight capitalized words,
     * "of", "for", "and" and "the" between them, one of them a head from organization_heads.tsv.
     */
    static List<int[]> headed(Sentence s, CueList heads) {
        List<Token> t = s.tokens();
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!t.get(i).isCapitalized() || i == 0 && !heads.containsWord(t.get(i)) && t.size() > 1
                    && !t.get(i + 1).isCapitalized()) {
                i++;
                continue;
            }
            int end = i;
            int last = i;
            boolean head = false;
            while (end < t.size() && end - i < 9) {
                Token w = t.get(end);
                if (w.isCapitalized() && !w.isPunct()) {
                    head |= heads.containsWord(w);
                    last = end;
                    end++;
                } else if (List.of("of", "for", "and", "the", "-").contains(w.text()) && end + 1 < t.size()
                        && t.get(end + 1).isCapitalized()) {
                    end++;
                } else {
                    break;
                }
            }
            int start = i;
            while (start < last && (isArticle(t.get(start)) || isSentenceInitialWord(s, start))) {
                start++;
            }
            if (head && last > start) {
                out.add(new int[] {start, last + 1});
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    private static boolean isSentenceInitialWord(Sentence s, int k) {
        return k == 0 && s.tokens().size() > 1 && !s.tokens().get(0).text().equals(s.tokens().get(0).text().toUpperCase())
                && s.parse().size() > 0 && !s.parse().tag(0).startsWith("NNP");
    }

    /** "at State House": an unknown name after "at" is a venue. */
    private static boolean afterAt(Sentence s, int start) {
        return start > 0 && s.tokens().get(start - 1).text().equalsIgnoreCase("at");
    }

    /**
     * Words the recognizer tags as (part of) a person's name, or all as a place, name no
     * organization ("Christine Front", "Vienna"); without a parse nothing is known either way.
     */
    private static boolean personOrPlace(Sentence s, int start, int end) {
        Parse p = s.parse();
        return !p.isEmpty() && (p.anyEntity(start, end, "PERSON") || p.allEntity(start, end, "GPE"));
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
            while (start < end && (isArticle(s.tokens().get(start)) || notOfAName(p.tag(start)))) {
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

    /** "Briefing the Council": a verb, adverb or preposition the recognizer took into a name begins none. */
    private static boolean notOfAName(String tag) {
        return tag.startsWith("VB") || tag.startsWith("RB") || tag.equals("IN") || tag.equals("CC")
                || tag.startsWith("PRP") || tag.equals("WDT");
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

    /** "... Coastal Peace Mission (CPM)": the acronym in parentheses right after a name. */
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
                if (t.get(i + len - 1).isPunct()) {
                    continue;   // "(CPM)," names CPM, not its brackets and comma
                }
                Actor a = names.get(Text.key(text(s, i, i + len)));
                if (a != null && !overlaps(s, i, i + len, known) && !overlaps(s, i, i + len, out)
                        && !personOrPlace(s, i, i + len)) {
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
