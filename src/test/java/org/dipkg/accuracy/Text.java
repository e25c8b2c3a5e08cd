package org.dipkg.accuracy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The string rules of the scorer, as Python applies them: name normalisation, the local
 * name of an IRI, truthy flags, Python's notion of white space and its {@code %.Nf}.
 */
final class Text {
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212-]");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^0-9a-z]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern IRI_PARTS = Pattern.compile("[#/]");

    private Text() {
    }

    /** Lower-case, fold accents and dashes, drop punctuation, collapse spaces, drop a leading "the". */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        d.codePoints().filter(c -> !combining(c)).forEach(b::appendCodePoint);
        String out = b.toString().toLowerCase(Locale.ROOT);
        out = DASHES.matcher(out).replaceAll(" ");
        out = NOT_ALNUM.matcher(out).replaceAll(" ");
        out = SPACES.matcher(out).replaceAll(" ").strip();
        return out.startsWith("the ") ? out.substring(4) : out;
    }

    /**
     * Whether a character has a non-zero canonical combining class, like Python's
     * {@code unicodedata.combining}. Java has no accessor for the class, so this asks the
     * normaliser: canonical ordering moves a mark of lower class before U+0345, whose
     * class (240) is the highest there is.
     */
    static boolean combining(int c) {
        int type = Character.getType(c);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK) {
            return false;
        }
        if (c == 0x345) {
            return true;
        }
        String probe = "a\u0345" + Character.toString(c);
        return !Normalizer.normalize(probe, Normalizer.Form.NFD).equals(probe);
    }

    /** What follows the last '#' or '/' of an IRI. */
    static String localName(String value) {
        String v = value == null ? "" : value;
        String[] parts = IRI_PARTS.split(v, -1);
        return parts[parts.length - 1];
    }

    /** "true", "1" or "yes", in any case and with white space around. */
    static boolean truthy(String v) {
        String s = pythonStrip(v == null ? "" : v).toLowerCase(Locale.ROOT);
        return s.equals("true") || s.equals("1") || s.equals("yes");
    }

    /** Whether the text is empty once Python's {@code str.strip()} has removed white space. */
    static boolean isBlank(String s) {
        return s == null || pythonStrip(s).isEmpty();
    }

    static String pythonStrip(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && isPythonSpace(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(begin, end);
    }

    /** Python's {@code str.isspace()}: wider than Java's, e.g. it takes the no-break space. */
    static boolean isPythonSpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    /** The first n characters (code points), as Python slices a string. */
    static String head(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** Python's {@code repr} of a string, for messages: 'text', or "text" when it holds a single quote. */
    static String repr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == q) {
                        b.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(q).toString();
    }

    /** Python's {@code repr} of a list of strings: ['a', 'b']. */
    static String repr(java.util.Collection<String> items) {
        return "[" + String.join(", ", items.stream().map(Text::repr).toList()) + "]";
    }

    /** Python's {@code "%.Nf" % x}: the exact binary value rounded half to even. */
    static String fixed(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }
}
