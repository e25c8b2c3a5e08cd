package org.dipkg.model;

import java.util.List;

/**
 * A sentence of the document: its index, paragraph, offsets and tokens.
 *
 * @param index     position among the document's sentences, from 0
 * @param paragraph position of its paragraph (a line of text), from 0; the title is paragraph 0
 * @param begin     offset of the first character in the document text
 * @param end       offset after the last character
 * @param text      the sentence text, {@code document.substring(begin, end)}
 * @param tokens    its tokens, offsets in document coordinates
 */
public record Sentence(int index, int paragraph, int begin, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The text between two document offsets inside this sentence. */
    public String slice(int from, int to) {
        return text.substring(Math.max(0, from - begin), Math.min(text.length(), to - begin));
    }

    /** Index of the first token starting at or after a document offset, or tokens.size(). */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
