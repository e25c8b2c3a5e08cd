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
 * @param parse     entities and dependency syntax of the tokens, or {@link Parse#NONE}
 */
public record Sentence(int index, int paragraph, int begin, int end, String text, List<Token> tokens, Parse parse) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (!parse.isEmpty() && parse.size() != tokens.size()) {
            throw new IllegalArgumentException("the parse has " + parse.size() + " tokens, the sentence " + tokens.size());
        }
    }

    /** A sentence without a parse. */
    public Sentence(int index, int paragraph, int begin, int end, String text, List<Token> tokens) {
        this(index, paragraph, begin, end, text, tokens, Parse.NONE);
    }

    /** This sentence with a parse of its tokens. */
    public Sentence withParse(Parse p) {
        return new Sentence(index, paragraph, begin, end, text, tokens, p);
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
