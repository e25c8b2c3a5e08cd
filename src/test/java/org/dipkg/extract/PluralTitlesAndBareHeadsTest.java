package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;

/**
 * Posts shared out over a list ("the Danish and Peruvian foreign ministers, A and B"), the bare
 * title of an organization's head ("The Secretary-General spoke ..."), and a "he" that carries on
 * the subject of the sentence before, on sentences written for these tests.
 */
class PluralTitlesAndBareHeadsTest {
    private static List<String> roles(Extraction x) {
        return x.roles().stream()
                .map(r -> r.person().name() + " / " + r.title() + " / " + r.affiliation().map(Actor::name).orElse(""))
                .toList();
    }

    private static List<String> positionHolders(Extraction x) {
        return x.positions().stream().map(p -> p.holder().name()).toList();
    }

    @Test
    void aPluralTitleAfterTwoCountriesGivesEachNameInTurnItsPost() {
        Extraction x = Articles.parsed("Talks",
                "The Danish and Peruvian foreign ministers (Lars Holm and Rosa Quispe) met in Oslo on Monday.",
                "2024-03-06");
        assertThat(roles(x)).contains("Lars Holm / foreign minister / Denmark", "Rosa Quispe / foreign minister / Peru");
    }

    @Test
    void aPluralTitleOfTwoOrganizationsWithAPortfolioIsSharedOutAfterAComma() {
        Extraction x = Articles.parsed("Envoys",
                "The United Nations and African Union Special Envoys to Somalia, Maria Lind and Kofi Boateng, "
                        + "arrived in Nairobi on Monday.", "2024-03-06");
        assertThat(roles(x)).contains("Maria Lind / Special Envoy to Somalia / United Nations",
                "Kofi Boateng / Special Envoy to Somalia / African Union");
    }

    @Test
    void anAcronymInBracketsDoesNotBreakTheListOfAffiliations() {
        Extraction x = Articles.parsed("Envoys",
                "The talks will be led by the United Nations and African Union (AU) envoys, Maria Lind and Kofi "
                        + "Boateng.", "2024-03-06");
        assertThat(roles(x)).contains("Maria Lind / envoy / United Nations", "Kofi Boateng / envoy / African Union");
    }

    @Test
    void moreNamesThanAffiliationsShareNothingOut() {
        Extraction x = Articles.parsed("Talks",
                "The Danish and Peruvian ministers, Lars Holm, Rosa Quispe and Ana Lopes, met in Oslo.",
                "2024-03-06");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Ana Lopes") && r.endsWith("Peru"))
                .noneMatch(r -> r.startsWith("Rosa Quispe") && r.endsWith("Peru"));
    }

    @Test
    void aPluralTitleBeforeTwoNamesIsSingularForEach() {
        Extraction x = Articles.parsed("Talks",
                "Minister for Foreign Affairs Ana Lopes met Presidents Rosa Vidal and Carlos Mendes in Lima.",
                "2024-03-06");
        assertThat(roles(x)).contains("Ana Lopes / Minister for Foreign Affairs / ", "Rosa Vidal / President / ",
                "Carlos Mendes / President / ");
    }

    @Test
    void theSecretaryGeneralOfAnArticleThatNamesNoOrganizationIsTheUnitedNations() {
        Extraction x = Articles.parsed("Readout",
                "The Secretary-General spoke yesterday with President Dan Olu of Ghana. "
                        + "He expressed his concern over the fighting in the north.", "2024-03-06");
        assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(Actor::name).containsExactlyInAnyOrder("United Nations", "Dan Olu"));
        assertThat(positionHolders(x)).containsExactly("United Nations");
    }

    @Test
    void theSecretaryGeneralOfAnArticleNamingOnlyNatoIsNato() {
        Extraction x = Articles.parsed("Readout",
                "NATO allies met in Brussels on Monday. The Secretary General welcomed the decision of Finland "
                        + "to raise defence spending.", "2024-03-06");
        assertThat(positionHolders(x)).containsOnly("NATO");
    }

    @Test
    void theSecretaryGeneralIsNotAGeneralNamedBefore() {
        Extraction x = Articles.parsed("Readout",
                "The Secretary-General spoke with President Dan Olu of Ghana about General Sam Fix. "
                        + "The Secretary-General urged President Olu to resume the dialogue with the opposition. "
                        + "The Secretary-General offered the support of the United Nations and the African Union.",
                "2024-03-06");
        assertThat(x.demands()).extracting(d -> d.demander().name()).containsOnly("United Nations");
    }

    @Test
    void heCarriesOnTheSubjectOfTheSentenceBeforeRatherThanAPersonItsObjectNames() {
        Extraction x = Articles.parsed("Readout",
                "Foreign Minister Ana Lopes met Prime Minister Tom Berg on Monday. She condemned the killing of "
                        + "General Sam Fix. She expressed concern over the fighting in the north.", "2024-03-06");
        assertThat(positionHolders(x)).containsOnly("Ana Lopes");
    }
}
