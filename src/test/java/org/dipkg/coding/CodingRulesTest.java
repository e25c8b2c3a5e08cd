package org.dipkg.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dipkg.extract.LexiconException;

/** The coding rules are checked as they load; a bad row is reported by file and line. */
class CodingRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bad-fact.tsv|3|fact 'rally' is none of meeting, statement, demand, position",
            "bad-test-for-fact.tsv|2|test 'planned' does not apply to a statement",
            "bad-kind-missing.tsv|2|test 'kind' needs a value",
            "bad-kind.tsv|2|meeting kind 'BANQUET' is none of",
            "bad-stance.tsv|2|stance 'glee' is none of the stances of lexicon/stance_cues.tsv",
            "bad-cameo.tsv|2|CAMEO code '10a' is not two to four digits",
            "bad-plover-case.tsv|2|PLOVER type 'consult' is not an upper-case name",
            "bad-unreachable.tsv|3|never applies: the rule of coding/bad-unreachable.tsv:2 codes every demand"})
    void aBadRowStopsWithItsFileAndLine(String file, int line, String message) {
        assertThatThrownBy(() -> CodingRules.read("coding/" + file))
                .isInstanceOf(LexiconException.class)
                .hasMessageStartingWith("coding/" + file + ":" + line + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void theStandardRulesEndEachKindOfFactWithARuleForTheRest() {
        CodingRules rules = CodingRules.read(CodingRules.STANDARD);
        for (FactKind k : FactKind.values()) {
            assertThat(rules.of(k)).as("rules for %s", k).isNotEmpty();
            assertThat(rules.of(k).get(rules.of(k).size() - 1).unconditional()).as("last rule for %s", k).isTrue();
        }
    }

    @Test
    void phrasesMatchWholeWordsPrefixesAndRunsOfWords() {
        Phrases p = Phrases.parse(java.util.List.of("cease fire", "negotiat*", "aid"));
        assertThat(p.foundIn("They agreed to a Cease-Fire.")).isTrue();
        assertThat(p.foundIn("Negotiations resume today.")).isTrue();
        assertThat(p.foundIn("food aid")).isTrue();
        assertThat(p.foundIn("the aides left")).isFalse();
        assertThat(p.foundIn("the fire will cease")).isFalse();
        assertThat(Phrases.NONE.foundIn("anything")).isTrue();
    }
}
