package org.dipkg.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a JSON Lines corpus read as a JSON object, strictly (RFC 8259): nothing may
 * follow the object, keys are unique, strings hold whole Unicode characters. A line that
 * breaks a rule is refused with the column of the first wrong character. Only the
 * object's top-level strings, numbers and booleans are kept; nested values are checked
 * and skipped.
 *
 * <pre>
 *   Map&lt;String, Object&gt; fields = JsonLine.parse(line);   // throws JsonLine.Problem
 * </pre>
 */
final class JsonLine {
    /** A syntax error at a column (1-based, in characters). */
    static final class Problem extends Exception {
        private final int column;

        Problem(String message, int column) {
            super(message);
            this.column = column;
        }

        int column() {
            return column;
        }
    }

    /** A value that is not a string, number or boolean: an object, an array or null. */
    enum Other { OBJECT, ARRAY, NULL }

    /** Objects and arrays nested deeper than this are refused, not followed down the stack. */
    static final int MAX_DEPTH = 64;

    private final String s;
    private int i;
    private int depth;

    private JsonLine(String s) {
        this.s = s;
    }

    /** A character as a message shows it: quoted if visible, else by its code point (U+0000). */
    static String shown(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || !Character.isDefined(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }

    /** The object's members: String, Double/Long as Number, Boolean, or {@link Other}. */
    static Map<String, Object> parse(String line) throws Problem {
        JsonLine p = new JsonLine(line);
        p.space();
        if (p.i >= line.length() || line.charAt(p.i) != '{') {
            throw p.problem(p.i >= line.length() ? "the line ends before a JSON object starts"
                    : "not a JSON object (it starts with " + shown(line.charAt(p.i)) + ")");
        }
        Map<String, Object> out = p.object(true);
        p.space();
        if (p.i < line.length()) {
            throw p.problem("more text after the JSON object (one object per line)");
        }
        return out;
    }

    private Map<String, Object> object(boolean keep) throws Problem {
        Map<String, Object> out = new LinkedHashMap<>();
        enter();
        i++;
        space();
        if (peek() == '}') {
            i++;
            depth--;
            return out;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw problem("expected a key in double quotes");
            }
            int keyAt = i;
            String key = string();
            space();
            expect(':');
            space();
            Object v = value();
            if (keep && out.containsKey(key)) {
                i = keyAt;
                throw problem("the key \"" + key + "\" appears twice");
            }
            if (keep) {
                out.put(key, v);
            }
            space();
            char c = peek();
            i++;
            if (c == '}') {
                depth--;
                return out;
            }
            if (c != ',') {
                i--;
                throw problem(c == 0 ? "the line ends inside an object (missing '}')" : "expected ',' or '}'");
            }
        }
    }

    private Object value() throws Problem {
        char c = peek();
        switch (c) {
            case '"':
                return string();
            case '{':
                object(false);
                return Other.OBJECT;
            case '[':
                array();
                return Other.ARRAY;
            case 't':
                word("true");
                return Boolean.TRUE;
            case 'f':
                word("false");
                return Boolean.FALSE;
            case 'n':
                word("null");
                return Other.NULL;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw problem(c == 0 ? "the line ends where a value should be" : "not a JSON value");
        }
    }

    private void array() throws Problem {
        enter();
        i++;
        space();
        if (peek() == ']') {
            i++;
            depth--;
            return;
        }
        while (true) {
            space();
            value();
            space();
            char c = peek();
            i++;
            if (c == ']') {
                depth--;
                return;
            }
            if (c != ',') {
                i--;
                throw problem(c == 0 ? "the line ends inside an array (missing ']')" : "expected ',' or ']'");
            }
        }
    }

    private void enter() throws Problem {
        if (++depth > MAX_DEPTH) {
            throw problem("objects and arrays nested more than " + MAX_DEPTH + " deep");
        }
    }

    private String string() throws Problem {
        int start = i;
        i++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                i = start;
                throw problem("a string that is not closed (missing '\"')");
            }
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                return b.toString();
            }
            if (c < 0x20) {
                throw problem("a control character inside a string (write it as \\u" + String.format("%04x", (int) c)
                        + ")");
            }
            if (c == '\\') {
                b.append(escape());
                continue;
            }
            b.append(c);
            i++;
        }
    }

    private char escape() throws Problem {
        char e = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        i += 2;
        switch (e) {
            case '"', '\\', '/':
                return e;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (i + 4 > s.length()) {
                    i -= 2;
                    throw problem("a \\u escape needs four hex digits");
                }
                try {
                    char c = (char) Integer.parseInt(s.substring(i, i + 4), 16);
                    i += 4;
                    return c;
                } catch (NumberFormatException x) {
                    i -= 2;
                    throw problem("a \\u escape needs four hex digits");
                }
            default:
                i -= 2;
                throw problem("an unknown escape '\\" + (e == 0 ? "" : String.valueOf(e)) + "'");
        }
    }

    private Number number() throws Problem {
        int start = i;
        if (peek() == '-') {
            i++;
        }
        if (peek() == '0') {
            i++;
        } else if (digits() == 0) {
            throw problem("a number needs digits");
        }
        boolean integral = true;
        if (peek() == '.') {
            i++;
            integral = false;
            if (digits() == 0) {
                throw problem("a number needs digits after '.'");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            i++;
            integral = false;
            if (peek() == '+' || peek() == '-') {
                i++;
            }
            if (digits() == 0) {
                throw problem("a number needs digits in its exponent");
            }
        }
        String text = s.substring(start, i);
        if (integral && text.length() < 19) {
            return Long.parseLong(text);
        }
        return new java.math.BigDecimal(text);
    }

    private int digits() {
        int n = 0;
        while (peek() >= '0' && peek() <= '9') {
            i++;
            n++;
        }
        return n;
    }

    private void word(String w) throws Problem {
        if (!s.startsWith(w, i)) {
            throw problem("not a JSON value");
        }
        i += w.length();
    }

    private void expect(char c) throws Problem {
        if (peek() != c) {
            throw problem("expected '" + c + "'");
        }
        i++;
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private void space() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r'
                || s.charAt(i) == '\n')) {
            i++;
        }
    }

    private Problem problem(String what) {
        return new Problem(what, i + 1);
    }

    /** A member as text: strings as they are, numbers in their JSON form; anything else is absent. */
    static Optional<String> text(Map<String, Object> o, String key) {
        Object v = o.get(key);
        if (v instanceof String str) {
            return Optional.of(str);
        }
        if (v instanceof java.math.BigDecimal d) {
            return Optional.of(d.toString());
        }
        if (v instanceof Long l) {
            return Optional.of(Long.toString(l));
        }
        return Optional.empty();
    }
}
