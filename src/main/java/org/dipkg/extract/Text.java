package org.dipkg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers shared by the extraction stages. */
public final class Text {
    private Text() {
    }

    /**
     * Folds typographic variants to their plain forms without changing the length:
     * curly quotes and apostrophes to straight ones, dashes to hyphens, no-break space to space.
     */
    public static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = fold(c[i]);
        }
        return new String(c);
    }

    public static char fold(char ch) {
        return switch (ch) {
            case '\u2018', '\u2019', '\u02bc', '\u0060', '\u00b4' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> '-';
            case '\u00a0', '\u2009', '\u202f' -> ' ';
            default -> ch;
        };
    }

    /** Lower case, accents and punctuation folded: the key words are compared by. */
    public static String key(String s) {
        String n = Normalizer.normalize(fold(s), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** An IRI path segment: lower case ASCII letters, digits and hyphens. */
    public static String slug(String s) {
        String k = key(s).replace(' ', '-');
        return k.isEmpty() ? "x" : k;
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
