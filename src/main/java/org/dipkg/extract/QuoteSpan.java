package org.dipkg.extract;

/**
 * Quoted words: document offsets of the text inside the quotation marks (or of a
 * transcript turn's text), and for a turn, the label that names its speaker.
 */
public record QuoteSpan(int begin, int end, String text, int firstSentence, int lastSentence, String turnLabel) {
    public boolean isTurn() {
        return !turnLabel.isEmpty();
    }

    public boolean covers(int offset) {
        return offset >= begin && offset < end;
    }
}
