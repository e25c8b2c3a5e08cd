package org.dipkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dipkg.model.Sentence;

/**
 * Finds quotations: text between quotation marks (straight or curly, across sentences,
 * and across paragraphs when the next paragraph opens with a quotation mark), and the
 * turns of a transcript ("SECRETARY MARSH: ...", "President of Chile Rosa Vidal: ...").
 * A quotation mark left open at the end of a paragraph that the next does not continue is
 * not a quotation.
 */
public final class QuoteFinder {
    /**
     * A turn label: a line start of up to ten capitalized words (with "of", "the"), perhaps with a
     * note on the translation ("(retranslated)", "(via interpreter)"), ending in a colon.
     */
    private static final Pattern TURN = Pattern.compile(
            "^((?:[\\p{Lu}][\\p{L}.'-]*|of|the|and)(?:\\s+(?:[\\p{Lu}][\\p{L}.'-]*|of|the|and)){0,9})"
                    + "(?:\\s*\\([\\p{L} ]{1,30}\\))?:\\s+(\\S.*)$");

    private QuoteFinder() {
    }

    /**
     * The quotations and transcript turns of a text; a line label that {@code isPlace} accepts
     * ("Nairobi: At the invitation of ...") is a dateline, not a speaker.
     */
    public static List<QuoteSpan> find(String text, List<Sentence> sentences,
                                       java.util.function.Predicate<String> isPlace) {
        List<QuoteSpan> out = new ArrayList<>();
        marks(text, sentences, out);
        turns(text, sentences, out, isPlace);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private static void marks(String text, List<Sentence> sentences, List<QuoteSpan> out) {
        String t = Text.fold(text);
        int open = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char raw = text.charAt(i);
            if (c == '\n') {
                if (open >= 0 && !continuesQuote(t, i)) {
                    open = -1;
                }
                continue;
            }
            if (c != '"') {
                continue;
            }
            boolean opening = raw == '\u201c' || raw == '\u201e' || (raw != '\u201d' && open < 0);
            if (opening && open < 0) {
                open = i + 1;
            } else if (!opening && open >= 0) {
                add(text, sentences, open, i, "", out);
                open = -1;
            } else if (opening) {
                open = i + 1;
            }
        }
    }

    private static boolean continuesQuote(String t, int newline) {
        int j = newline + 1;
        while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
            j++;
        }
        return j < t.length() && t.charAt(j) == '"';
    }

    private static void turns(String text, List<Sentence> sentences, List<QuoteSpan> out,
                              java.util.function.Predicate<String> isPlace) {
        int lineStart = 0;
        QuoteSpan current = null;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            Matcher m = TURN.matcher(line);
            if (m.matches() && isSpeakerLabel(m.group(1)) && !isPlace.test(m.group(1))) {
                if (current != null) {
                    out.add(current);
                }
                int b = lineStart + m.start(2);
                current = span(text, sentences, b, lineEnd, m.group(1));
            } else if (current != null && !line.isBlank()) {
                if (isSectionBreak(line)) {
                    out.add(current);
                    current = null;
                } else {
                    current = span(text, sentences, current.begin(), lineEnd, current.turnLabel());
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (current != null) {
            out.add(current);
        }
    }

    /** A label names a speaker when it has a capitalized name-like word and is not a heading. */
    private static boolean isSpeakerLabel(String label) {
        String[] words = label.split("\\s+");
        return words.length >= 2 || label.equals(label.toUpperCase()) && label.length() > 2;
    }

    private static boolean isSectionBreak(String line) {
        return line.strip().matches("[*\\-_=~\\s]+");
    }

    private static QuoteSpan span(String text, List<Sentence> sentences, int b, int e, String label) {
        List<QuoteSpan> one = new ArrayList<>();
        add(text, sentences, b, e, label, one);
        return one.isEmpty() ? new QuoteSpan(b, e, text.substring(b, e), -1, -1, label) : one.get(0);
    }

    private static void add(String text, List<Sentence> sentences, int b, int e, String label, List<QuoteSpan> out) {
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e <= b) {
            return;
        }
        String inner = text.substring(b, e).replaceAll("\\s*\\n\\s*\"?", " ");
        out.add(new QuoteSpan(b, e, inner, sentenceAt(sentences, b), sentenceAt(sentences, e - 1), label));
    }

    static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return Math.max(0, Math.min(lo, sentences.size() - 1));
    }
}
