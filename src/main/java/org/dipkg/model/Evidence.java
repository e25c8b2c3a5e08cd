package org.dipkg.model;

/**
 * The text supporting a fact: a sentence, or a span in it, with document offsets,
 * and the name of the rule that produced the fact.
 */
public record Evidence(int sentence, int begin, int end, String text, String rule) {
    public static Evidence of(Sentence s, String rule) {
        return new Evidence(s.index(), s.begin(), s.end(), s.text(), rule);
    }

    public Evidence withRule(String newRule) {
        return new Evidence(sentence, begin, end, text, newRule);
    }
}
