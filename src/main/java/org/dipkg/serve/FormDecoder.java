package org.dipkg.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a query string or a form body)
 * strictly: a {@code %} not followed by two hex digits, or bytes that are not text in the
 * charset, are an error rather than a replacement character.
 *
 * <pre>
 *   Map&lt;String, List&lt;String&gt;&gt; p = FormDecoder.decode("query=ASK%7B%7D&amp;x=1", UTF_8);
 * </pre>
 */
final class FormDecoder {
    /** A malformed form or query string; the message says what is wrong. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    private FormDecoder() {
    }

    /** Adds the parameters of {@code text} to {@code into}, in order. */
    static void decode(String text, Charset charset, Map<String, List<String>> into) throws MalformedException {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = component(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : component(pair.substring(eq + 1), charset);
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    static Map<String, List<String>> decode(String text, Charset charset) throws MalformedException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        decode(text, charset, out);
        return out;
    }

    private static String component(String s, Charset charset) throws MalformedException {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new MalformedException("Bad percent-encoding at '" + preview(s, i) + "': % must be "
                            + "followed by two hexadecimal digits.");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                flush(bytes, charset, out);
                out.append(c == '+' ? ' ' : c);
            }
        }
        flush(bytes, charset, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, Charset charset, StringBuilder out)
            throws MalformedException {
        if (bytes.size() == 0) {
            return;
        }
        try {
            out.append(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
            throw new MalformedException("Percent-encoded bytes that are not " + charset.name() + " text.");
        }
        bytes.reset();
    }

    private static String preview(String s, int at) {
        return s.substring(at, Math.min(s.length(), at + 3));
    }
}
