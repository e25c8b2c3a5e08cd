package org.dipkg.nlp;

import java.util.List;
import java.util.Locale;

import org.dipkg.model.Token;

/**
 * The English models tag some words as two ("Israel's" PROPN+PART, "It's" PRON+AUX,
 * "don't" AUX+PART); this splits such tokens back into two at the clitic. It also splits
 * words the tokenizer left joined by a dash ("Europe—if") or by a slash after a letter
 * ("Pereira/AFP", "and/or"), the slash and dash becoming tokens of their own.
 */
final class Clitics {
    private Clitics() {
    }

    static void split(String word, int begin, String tag, String lemma, List<Token> out) {
        int dash = separatorAt(word);
        if (dash >= 0) {
            if (dash > 0) {
                String left = word.substring(0, dash);
                out.add(new Token(left, begin, begin + dash, guess(left), left.toLowerCase(Locale.ROOT)));
            }
            out.add(new Token(word.substring(dash, dash + 1), begin + dash, begin + dash + 1, "PUNCT",
                    word.substring(dash, dash + 1)));
            if (dash + 1 < word.length()) {
                split(word.substring(dash + 1), begin + dash + 1, guess(word.substring(dash + 1)),
                        word.substring(dash + 1).toLowerCase(Locale.ROOT), out);
            }
            return;
        }
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

    private static int separatorAt(String word) {
        if (word.length() < 2) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean afterLetter = i > 0 && Character.isLetter(word.charAt(i - 1));
            if (c == '\u2014' || c == '\u2013' && i > 0 && i < word.length() - 1
                    && !Character.isDigit(word.charAt(i - 1))) {
                return i;
            }
            if (c == '/' && afterLetter && (i == word.length() - 1 || Character.isLetter(word.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static String guess(String word) {
        return Character.isUpperCase(word.charAt(0)) ? "PROPN" : "X";
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
