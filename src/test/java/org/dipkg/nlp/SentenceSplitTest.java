package org.dipkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Sentence;

/** Where sentences end, on lines written for these tests. */
class SentenceSplitTest {
    private static final Analyzer ANALYZER = new Analyzer(NlpModels.get());

    private static List<String> sentences(String text) {
        return ANALYZER.analyze(text).stream().map(Sentence::text).toList();
    }

    @Test
    void aMiddleInitialDoesNotEndASentence() {
        assertThat(sentences("Secretary Daniel J. Marsh met the minister.")).hasSize(1);
    }

    @Test
    void aMiddleInitialOnABylineLineDoesNotEndIt() {
        assertThat(sentences("Secretary Daniel J. Marsh\n\nWashington, DC")).containsExactly(
                "Secretary Daniel J. Marsh", "Washington, DC");
    }

    @Test
    void anAbbreviatedCountryBeforeATitleDoesNotEndASentence() {
        assertThat(sentences("The former U.S. President Ana Pereira spoke.")).hasSize(1);
    }

    @Test
    void aSentenceEndingInALetterStillEnds() {
        assertThat(sentences("They chose Plan B. The talks ended.")).hasSize(2);
    }

    @Test
    void initialsWrittenApartDoNotEndASentence() {
        assertThat(sentences("The Secretary-General met with H. E. Vladimir Sokolov today.")).hasSize(1);
        assertThat(sentences("President F. W. Dekker spoke.")).hasSize(1);
    }
}
