package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;
import org.dipkg.model.Extraction;

/** Organizations the word lists do not know, found by the entity recognizer. */
class OrganizationFinderTest {
    private static List<String> organizations(Extraction x) {
        return x.actors().stream().filter(a -> a.kind() == ActorKind.ORGANIZATION).map(Actor::name).toList();
    }

    @Test
    void aPartyNamedInTheText() {
        Extraction x = Articles.parsed("Report", "The Movement for National Renewal rejected the agreement "
                + "on Tuesday.", "2023-05-10");
        assertThat(organizations(x)).contains("Movement for National Renewal");
    }

    @Test
    void anAcronymInParenthesesIsTheSameOrganization() {
        Extraction x = Articles.parsed("Report", "The Coastal Peace Alliance (CPA) met on Monday. Later, the "
                + "CPA issued a statement.", "2023-05-10");
        assertThat(organizations(x)).containsOnlyOnce("Coastal Peace Alliance");
        assertThat(organizations(x)).doesNotContain("CPA");
    }

    @Test
    void theLeadingArticleIsNotPartOfTheName() {
        Extraction x = Articles.parsed("Report", "The Constitutional Tribunal of Moldova ruled on the election.",
                "2023-05-10");
        assertThat(organizations(x)).noneMatch(n -> n.startsWith("The "));
    }

    @Test
    void thePossessiveIsNotPartOfTheName() {
        Extraction x = Articles.parsed("Report", "The Northern Farmers Union's leaders met the minister.",
                "2023-05-10");
        assertThat(organizations(x)).noneMatch(n -> n.endsWith("'s"));
    }

    @Test
    void aTitleIsNotAnOrganization() {
        Extraction x = Articles.parsed("Readout", "Secretary of State Daniel Marsh met the Minister of Foreign "
                + "Affairs of Peru.", "2023-05-10");
        assertThat(organizations(x)).doesNotContain("State", "Foreign Affairs");
    }

    @Test
    void aPortfolioAfterATitleIsNotAnOrganization() {
        Extraction x = Articles.parsed("Readout", "She met Lena Holm, deputy prime minister for Regional "
                + "Development and Nordic Integration of Sweden.", "2023-05-10");
        assertThat(organizations(x)).doesNotContain("Nordic Integration", "Regional Development");
    }

    @Test
    void aOneLetterCaptionMarkIsNoName() {
        Extraction x = Articles.parsed("Caption", "Foreign Minister Lars Berg (L) and President Amani Otieno "
                + "shake hands in Nairobi.", "2023-05-10");
        assertThat(organizations(x)).doesNotContain("L");
    }

    @Test
    void aKnownInternationalOrganizationKeepsItsGazetteerEntry() {
        Extraction x = Articles.parsed("Report", "The African Union welcomed the talks.", "2023-05-10");
        assertThat(x.actors()).anyMatch(a -> a.name().equals("African Union") && a.wikidata().isPresent());
    }

    @Test
    void laterMentionsTheRecognizerMissesAreStillFound() {
        Extraction x = Articles.parsed("Report", "The Highland Liberation Front (HLF) signed the accord. "
                + "Negotiators said HLF fighters would withdraw.", "2023-05-10");
        assertThat(x.mentions()).filteredOn(m -> m.actor().name().equals("Highland Liberation Front")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anOrganizationCanHoldAStance() {
        Extraction x = Articles.parsed("Report", "The Movement for National Renewal rejected the agreement "
                + "on Tuesday.", "2023-05-10");
        assertThat(x.positions()).anyMatch(p -> p.holder().name().equals("Movement for National Renewal"));
    }

    @Test
    void withoutAParseNoOrganizationIsGuessed() {
        Extraction x = Articles.extract("Report", "The Movement for National Renewal rejected the agreement "
                + "on Tuesday.", "2023-05-10");
        assertThat(organizations(x)).doesNotContain("Movement for National Renewal");
    }
}
