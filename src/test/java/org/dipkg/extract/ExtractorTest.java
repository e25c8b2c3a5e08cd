package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;
import org.dipkg.model.Role;
import org.dipkg.model.Statement;

/** Behaviour on sentences written for these tests, in the forms real texts use. */
class ExtractorTest {
    private static List<String> roles(Extraction x) {
        return x.roles().stream().map(r -> r.person().name() + " / " + r.title() + " / "
                + r.affiliation().map(Actor::name).orElse("")).toList();
    }

    private static List<String> names(List<Actor> actors) {
        return actors.stream().map(Actor::name).toList();
    }

    @Test
    void titlesBeforeAndAfterNamesWithTheirCountries() {
        Extraction x = Articles.extract("Talks", "Italian Foreign Minister Marco Rossi met Kenyan President "
                + "Amani Otieno in Rome on Monday. Lena Holm, Sweden's deputy prime minister, also attended. "
                + "President Otieno of Kenya thanked the hosts.", "2023-05-08");
        assertThat(roles(x)).contains("Marco Rossi / Foreign Minister / Italy",
                "Amani Otieno / President / Kenya", "Lena Holm / deputy prime minister / Sweden");
    }

    @Test
    void aNameInAPhotoCreditEndsBeforeTheSlash() {
        Extraction x = Articles.extract("Talks", "The ministers met in Prague on January 10, 2022. Neither side "
                + "is expected to concede to the other during the talks. Photo by Ilse Brandvik/AFP via Getty Images\n\n"
                + "But officials have expressed optimism.", "2022-01-10");
        assertThat(x.actors().stream().filter(a -> a.kind().isPerson()).map(Actor::name))
                .containsExactly("Ilse Brandvik");
    }

    @Test
    void shortNamesAndPronounsResolveToThePerson() {
        Extraction x = Articles.extract("Readout", "Secretary of State Daniel Marsh met Foreign Minister "
                + "Petra Novak of Czechia in Prague. \"We agreed on a lot,\" Marsh said. "
                + "\"The door stays open,\" she told reporters.", "2023-05-08");
        List<Statement> s = x.statements();
        assertThat(s).hasSize(2);
        assertThat(s.get(0).speaker().map(Actor::name)).contains("Daniel Marsh");
        assertThat(x.actors().stream().filter(a -> a.kind().isPerson()).map(Actor::name))
                .containsExactlyInAnyOrder("Daniel Marsh", "Petra Novak");
    }

    @Test
    void aMeetingWithParticipantsPlaceDateAndPlannedFlag() {
        Extraction x = Articles.extract("Visit", "Prime Minister Hana Sato of Japan met President "
                + "Carlos Mendes of Brazil in Brasilia on Tuesday. The two leaders will hold talks in Geneva "
                + "on June 20, 2023.", "2023-05-10");
        List<Meeting> m = x.meetings();
        assertThat(m).isNotEmpty();
        Meeting held = m.get(0);
        assertThat(names(held.participants())).contains("Hana Sato", "Carlos Mendes");
        assertThat(held.date().map(Object::toString)).contains("2023-05-09");
        assertThat(held.planned()).isFalse();
    }

    @Test
    void meetingsBetweenCountriesAndOrganizations() {
        Extraction x = Articles.extract("Talks", "The talks are expected to be followed by a meeting between "
                + "Serbia and NATO on March 3, 2024.", "2024-02-20");
        assertThat(x.meetings()).hasSize(1);
        Meeting m = x.meetings().get(0);
        assertThat(names(m.participants())).containsExactlyInAnyOrder("Serbia", "NATO");
        assertThat(m.planned()).isTrue();
        assertThat(m.date().map(Object::toString)).contains("2024-03-03");
    }

    @Test
    void aListOfDemandsGivesOneDemandPerItem() {
        Extraction x = Articles.extract("Demands", "The envoy laid out Iran's two demands: an end to sanctions, "
                + "and guarantees for exports.", "2024-02-20");
        assertThat(x.demands()).hasSize(2);
        assertThat(x.demands().get(0).demander().name()).isEqualTo("Iran");
        assertThat(x.demands().get(1).text()).contains("guarantees");
        assertThat(x.demands().get(1).itemIndex()).contains(2);
    }

    @Test
    void callsOnAnotherActorAreDemandsAddressedToIt() {
        Extraction x = Articles.extract("Appeal", "Egypt called on Ethiopia to halt the filling of the dam.",
                "2024-02-20");
        assertThat(x.demands()).hasSize(1);
        assertThat(x.demands().get(0).addressee().map(Actor::name)).contains("Ethiopia");
    }

    @Test
    void stancesAreHeldByTheSubject() {
        Extraction x = Articles.extract("Stance", "Canada rejects the proposal. Brazil supports a ceasefire "
                + "if both sides agree.", "2024-02-20");
        assertThat(x.positions()).extracting(p -> p.holder().name()).contains("Canada", "Brazil");
        assertThat(x.positions().stream().filter(p -> p.holder().name().equals("Brazil")).findFirst().get()
                .conditional()).isTrue();
    }

    @Test
    void quotedTitlesAreNotStatements() {
        Extraction x = Articles.extract("Interview", "Minister Ana Pereira spoke on the programme \"Face The "
                + "Nation.\"", "2024-02-20");
        assertThat(x.statements()).isEmpty();
    }

    @Test
    void transcriptTurnsAreStatementsOfTheirSpeaker() {
        Extraction x = Articles.extract("Remarks", "President of Chile Rosa Vidal: Thank you for coming.\n\n"
                + "We have much to discuss.\n\nPrime Minister of Norway Erik Dahl: Thank you.", "2024-02-20");
        assertThat(x.statements()).extracting(s -> s.speaker().map(Actor::name).orElse(""))
                .containsExactly("Rosa Vidal", "Erik Dahl");
        assertThat(x.statements().get(0).quote()).contains("Thank you for coming.", "We have much to discuss.");
    }

    @Test
    void nothingDiplomaticMeansNoFacts() {
        Extraction x = Articles.extract("Lentil soup", "Rinse the lentils. Simmer them with onions for twenty "
                + "minutes, then season to taste and serve warm.", "2024-02-20");
        assertThat(x.meetings()).isEmpty();
        assertThat(x.statements()).isEmpty();
        assertThat(x.demands()).isEmpty();
        assertThat(x.positions()).isEmpty();
    }

    @Test
    void capitalsActingForTheirStateAreCountriesButPlacesAreNot() {
        Extraction x = Articles.extract("Talks", "Moscow rejected the offer. The ministers met in Vienna.",
                "2024-02-20");
        assertThat(names(x.actors())).contains("Russia").doesNotContain("Vienna", "Austria");
    }

    @Test
    void rolesOfOnePersonAreNotRepeated() {
        Extraction x = Articles.extract("Readout", "Secretary of State Daniel Marsh met Petra Novak. "
                + "Secretary Marsh said the talks went well.", "2024-02-20");
        List<Role> marsh = x.roles().stream().filter(r -> r.person().name().equals("Daniel Marsh")).toList();
        assertThat(marsh).hasSize(1);
        assertThat(marsh.get(0).title()).isEqualTo("Secretary of State");
    }
}
