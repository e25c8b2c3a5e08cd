package org.dipkg.nlp;

import java.util.List;
import java.util.Locale;

import org.dipkg.model.Token;

/**
 * The English models tag some words as two ("Israel's" PROPN+PART, "It's" PRON+AUX,
 * "don't" AUX+PART); this splits such tokens back into two at the clitic.
 */
final class Clitics {
    private Clitics() {
    }

    static void split(String word, int begin, String tag, String lemma, List<Token> out) {
        int plus = tag.indexOf('+');
        int at = plus < 0 ? -1 : cliticStart(word);
        if (at <= 0) {
            out.add(new Token(word, begin, begin + word.length(), tag, lemma));
            return;
        }
        String[] lemmas = lemma.split("\\+", 2);
        String head = word.substring(0, at);
        String tail = word.substring(at);
        out.add(new Token(head, begin, begin + at, tag.substring(0, plus),
                lemmas.length == 2 ? lemmas[0] : head.toLowerCase(Locale.ROOT)));
        out.add(new Token(tail, begin + at, begin + word.length(), tag.substring(plus + 1),
                lemmas.length == 2 ? lemmas[1] : tail.toLowerCase(Locale.ROOT)));
    }

    private static int cliticStart(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("n't")) {
            return word.length() - 3;
        }
        int apostrophe = w.lastIndexOf('\'');
        return apostrophe;
    }
}
