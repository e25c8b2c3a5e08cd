package org.dipkg.model;

/**
 * A token with its offsets in the document text, universal POS tag and lemma.
 */
public record Token(String text, int begin, int end, String pos, String lemma) {
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isVerb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }

    public boolean isPunct() {
        return pos.equals("PUNCT");
    }
}
