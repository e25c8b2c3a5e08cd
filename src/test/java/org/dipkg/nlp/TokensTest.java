package org.dipkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

import org.dipkg.model.Token;

/** Where words begin and end, on sentences written for these tests. */
class TokensTest {
    private static final Analyzer ANALYZER = new Analyzer(NlpModels.get());

    private static List<String> words(String text) {
        return ANALYZER.analyze(text).get(0).tokens().stream().map(Token::text).toList();
    }

    @Test
    void aNameTheTokenizerCutsInTwoIsOneWord() {
        assertThat(words("Foreign Minister Ratno Wibowo spoke.")).containsExactly(
                "Foreign", "Minister", "Ratno", "Wibowo", "spoke", ".");
        assertThat(words("Envoy Sutno Hadi met Minister Patno Lubis.")).contains("Sutno", "Patno");
    }

    @Test
    void contractionsStillSplitAtTheirApostrophe() {
        assertThat(words("He cannot go and they don't know.")).containsSubsequence(
                "cannot", "go", "do", "n't", "know");
    }

    @Test
    void possessivesStillSplit() {
        assertThat(words("Israel's minister spoke.")).startsWith("Israel", "'s");
    }

    @Test
    void onlyLettersMeetingWithoutASpaceAreJoined() {
        String s = "Ab cd-ef gh";
        Span[] spans = {new Span(0, 1), new Span(1, 2), new Span(3, 5), new Span(5, 6), new Span(6, 8),
            new Span(9, 11)};
        assertThat(Analyzer.joinSplitWords(s, spans)).containsExactly(
                new Span(0, 2), new Span(3, 5), new Span(5, 6), new Span(6, 8), new Span(9, 11));
    }
}
