package org.dipkg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dipkg.extract.TsvTable;

/**
 * Names to swap into recombined text: countries (name, demonym and capital together,
 * from the gazetteer) and people (first and last names found in the source articles,
 * recombined). Within one article a source name always maps to the same new name, so
 * coreference ("Sherman ... she") still works; across articles the same people recur,
 * the popular ones more often, as in real news.
 */
final class NamePool {
    private static final Pattern PERSON = Pattern.compile("\\b([A-Z][a-z]+) ([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\\b");

    /** A country's forms: [name, demonym, capital]. */
    private record Country(String name, String demonym, String capital) {
    }

    private final List<Country> countries = new ArrayList<>();
    /** Form in source text -> (country index, which form: 0 name, 1 demonym, 2 capital). */
    private final Map<String, int[]> countryForms = new HashMap<>();
    /** Source person full name -> last name. */
    private final Map<String, String> sourcePeople = new HashMap<>();
    private final List<String[]> people = new ArrayList<>();
    private final Pattern names;

    NamePool(SourceTexts sources) {
        for (TsvTable.Row r : TsvTable.read("lexicon/countries.tsv", "name")) {
            List<String> dem = r.list("demonyms");
            List<String> cap = r.list("capitals");
            if (dem.isEmpty() || cap.isEmpty()) {
                continue;
            }
            int i = countries.size();
            countries.add(new Country(r.get("name"), dem.get(0), cap.get(0)));
            countryForms.put(r.get("name"), new int[] {i, 0});
            countryForms.put(dem.get(0), new int[] {i, 1});
            countryForms.put(cap.get(0), new int[] {i, 2});
        }
        Set<String> stop = stopWords();
        Set<String> firsts = new LinkedHashSet<>();
        Set<String> lasts = new LinkedHashSet<>();
        for (String p : sources.paragraphs()) {
            Matcher m = PERSON.matcher(p);
            int from = 0;
            while (m.find(from)) {
                from = m.start(2);
                if (!stopped(m.group(1), stop) && !stopped(m.group(2), stop)) {
                    sourcePeople.put(m.group(), m.group(2));
                    firsts.add(m.group(1));
                    lasts.add(m.group(2));
                    from = m.end();
                }
            }
        }
        List<String> surnames = new ArrayList<>(lasts);
        for (String a : lasts) {
            for (String b : lasts) {
                if (!a.equals(b) && a.length() >= 5 && b.length() >= 5) {
                    surnames.add(a.substring(0, a.length() / 2) + b.substring(b.length() / 2));
                }
            }
        }
        for (String f : firsts) {
            for (String l : surnames) {
                people.add(new String[] {f, l});
            }
        }
        List<String> forms = new ArrayList<>(countryForms.keySet());
        forms.addAll(sourcePeople.keySet());
        forms.addAll(sourcePeople.values());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder("\\b(?:");
        for (int i = 0; i < forms.size(); i++) {
            alt.append(i == 0 ? "" : "|").append(Pattern.quote(forms.get(i)));
        }
        names = Pattern.compile(alt.append(")\\b").toString());
    }

    int people() {
        return people.size();
    }

    private boolean stopped(String word, Set<String> stop) {
        String w = word.toLowerCase(Locale.ROOT);
        return stop.contains(w) || w.endsWith("s") && stop.contains(w.substring(0, w.length() - 1))
                || countryForms.containsKey(word);
    }

    /** Words that start no person's name: titles, name-breaking words, organizations, places. */
    private static Set<String> stopWords() {
        Set<String> s = new HashSet<>();
        for (String list : List.of("non_name_words", "honorifics", "title_modifiers")) {
            TsvTable.read("lexicon/" + list + ".tsv", "cue").forEach(r -> s.add(r.get("cue").toLowerCase(Locale.ROOT)));
        }
        TsvTable.read("lexicon/titles.tsv", "title").forEach(r -> addWords(r.get("title"), s));
        TsvTable.read("lexicon/organizations.tsv", "name").forEach(r -> addWords(r.get("name"), s));
        TsvTable.read("lexicon/places.tsv", "name").forEach(r -> addWords(r.get("name"), s));
        return s;
    }

    private static void addWords(String phrase, Set<String> s) {
        for (String w : phrase.split("\\s+")) {
            s.add(w.toLowerCase(Locale.ROOT));
        }
    }

    /** One article's consistent renaming. */
    final class Renaming {
        private final Random random;
        private final Map<Integer, Country> countryMap = new HashMap<>();
        private final Map<String, String[]> personMap = new HashMap<>();

        Renaming(Random random) {
            this.random = random;
        }

        String apply(String text) {
            Matcher m = names.matcher(text);
            StringBuilder out = new StringBuilder(text.length() + 16);
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(replace(m.group())));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String replace(String form) {
            int[] c = countryForms.get(form);
            if (c != null) {
                Country to = countryMap.computeIfAbsent(c[0], k -> countries.get(skewed(countries.size())));
                return c[1] == 0 ? to.name() : c[1] == 1 ? to.demonym() : to.capital();
            }
            String last = sourcePeople.get(form);
            if (last != null) {
                String[] p = person(last);
                return p[0] + " " + p[1];
            }
            return sourcePeople.containsValue(form) ? person(form)[1] : form;
        }

        private String[] person(String sourceLast) {
            return personMap.computeIfAbsent(sourceLast, k -> people.get(skewed(people.size())));
        }

        /** An index in [0, n), small ones more likely. */
        private int skewed(int n) {
            double r = random.nextDouble();
            return Math.min(n - 1, (int) (n * r * r));
        }
    }
}
