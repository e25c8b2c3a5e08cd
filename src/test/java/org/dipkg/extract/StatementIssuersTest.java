package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Demand;
import org.dipkg.model.Extraction;
import org.dipkg.model.Position;

/** Who "we" is in the body of a statement an organization or a government issues. */
class StatementIssuersTest {
    @Test
    void weInAStatementIsTheBodyItsHeadlineNames() {
        Extraction x = Articles.parsed("Coastal Group Statement", "Representatives of the Coastal Group met today "
                + "in Oslo and issued the following statement. We urge both parties to respect their existing "
                + "agreements.", "2023-05-10");
        assertThat(x.demands()).extracting(d -> d.demander().name()).containsExactly("Coastal Group");
    }

    @Test
    void weCanBeTheSubjectOfAnAdverbAndAStance() {
        Extraction x = Articles.parsed("Coastal Group Statement", "The Coastal Group met today in Oslo. We strongly "
                + "support the ceasefire.", "2023-05-10");
        assertThat(x.positions()).extracting(Position::holder).extracting(Actor::name).containsExactly("Coastal Group");
    }

    @Test
    void weInACountrysStatementAtTheCouncilIsThatCountry() {
        Extraction x = Articles.parsed("Peru statement at the Security Council", "Thank you, President. We call on "
                + "all parties to lay down their arms.", "2023-05-10");
        assertThat(x.demands()).extracting(Demand::demander).extracting(Actor::name).containsExactly("Peru");
    }

    @Test
    void weInsideAQuotationIsTheSpeakersNotTheIssuers() {
        Extraction x = Articles.parsed("Coastal Group Statement", "The Coastal Group met today in Oslo. President "
                + "Ana Ruiz of Chile said: \u201cWe urge both parties to respect the truce.\u201d", "2023-05-10");
        assertThat(x.demands()).extracting(Demand::demander).extracting(Actor::name).doesNotContain("Coastal Group");
    }
}
