package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Demand;
import org.dipkg.model.Extraction;

/** Who holds a stance, makes a demand or says a quote, read from the dependency tree. */
class SyntaxHoldersTest {
    private static List<String> positions(Extraction x) {
        return x.positions().stream().map(p -> p.holder().name() + ": " + p.text()).toList();
    }

    private static List<String> demands(Extraction x) {
        return x.demands().stream().map(d -> d.demander().name() + " -> "
                + d.addressee().map(Actor::name).orElse("") + ": " + d.text()).toList();
    }

    @Test
    void theSubjectOfTheStanceVerbHoldsIt() {
        Extraction x = Articles.parsed("Readout", "Foreign Minister Lars Berg of Norway met President Amani "
                + "Otieno of Kenya. Berg welcomed the ceasefire in the north.", "2023-05-10");
        assertThat(positions(x)).anyMatch(p -> p.startsWith("Lars Berg: ") && p.contains("ceasefire"));
    }

    @Test
    void aStanceAfterAnInterveningPhraseKeepsItsSubject() {
        Extraction x = Articles.parsed("Readout", "President Amani Otieno of Kenya, speaking after talks in "
                + "Geneva with envoys of several countries, reaffirmed his commitment to the peace process.",
                "2023-05-10");
        assertThat(positions(x)).anyMatch(p -> p.startsWith("Amani Otieno: ") && p.contains("peace process"));
    }

    @Test
    void aTitleAloneHoldsForItsOrganization() {
        Extraction x = Articles.parsed("Readout", "The Secretary-General met Foreign Minister Lars Berg of "
                + "Norway. The Secretary-General stressed the importance of the ceasefire.", "2023-05-10");
        assertThat(positions(x)).noneMatch(p -> p.startsWith("Lars Berg") && p.contains("ceasefire"));
    }

    @Test
    void coordinatedDemandsAreOneItemEach() {
        Extraction x = Articles.parsed("Statement", "The European Union called on Ethiopia to restore calm, "
                + "release the detained reporters and reopen the border.", "2023-05-10");
        List<Demand> d = x.demands();
        assertThat(d).hasSize(3);
        assertThat(d.get(0).text()).contains("restore calm");
        assertThat(d.get(1).text()).contains("release");
        assertThat(d.get(2).text()).contains("reopen the border");
        assertThat(d).allMatch(i -> i.addressee().map(Actor::name).orElse("").equals("Ethiopia"));
    }

    @Test
    void urgedSomeoneToAct() {
        Extraction x = Articles.parsed("Statement", "Germany urged Serbia to withdraw its troops.", "2023-05-10");
        assertThat(demands(x)).anyMatch(d -> d.startsWith("Germany -> Serbia: ") && d.contains("withdraw"));
    }

    @Test
    void encouragedSomeoneToAct() {
        Extraction x = Articles.parsed("Statement", "The members of the Security Council encouraged the two "
                + "delegations to settle the border dispute.", "2023-05-10");
        assertThat(demands(x)).anyMatch(d -> d.contains("border dispute"));
    }

    @Test
    void shouldInAComplementIsTheSubjectOfTheMainVerbsDemand() {
        Extraction x = Articles.parsed("Statement", "Prime Minister Tomas Varga of Hungary said Croatia should "
                + "reopen the border crossings.", "2023-05-10");
        assertThat(demands(x)).anyMatch(d -> d.startsWith("Tomas Varga -> Croatia: ") && d.contains("reopen"));
    }

    @Test
    void theyAgreedThatAllShouldIsADemandOfBothSides() {
        Extraction x = Articles.parsed("Call", "President Amani Otieno of Kenya spoke with Foreign Minister Lars "
                + "Berg of Norway. They agreed that all parties should stop the fighting.", "2023-05-10");
        assertThat(demands(x)).anyMatch(d -> d.startsWith("Amani Otieno -> : ") && d.contains("stop the fighting"));
        assertThat(demands(x)).anyMatch(d -> d.startsWith("Lars Berg -> : ") && d.contains("stop the fighting"));
    }

    @Test
    void askedWhetherIsAQuestionNotADemand() {
        Extraction x = Articles.parsed("Report", "Asked whether Peru was ready for a compromise, Foreign Minister "
                + "Lars Berg of Norway said he did not know.", "2023-05-10");
        assertThat(x.demands()).isEmpty();
    }

    @Test
    void theSpeakerIsTheSubjectOfTheSpeechVerbNotTheNearestName() {
        Extraction x = Articles.parsed("Report", "\"We will not give up,\" Foreign Minister Lars Berg of Norway "
                + "told President Amani Otieno on Monday.", "2023-05-10");
        assertThat(x.statements()).hasSize(1);
        assertThat(x.statements().get(0).speaker().map(Actor::name)).contains("Lars Berg");
    }

    @Test
    void aDatelineIsNotATranscriptSpeaker() {
        Extraction x = Articles.parsed("Visit announced", "Nairobi: At the invitation of President Laila Noor, "
                + "Prime Minister Ravi Menon will visit Uganda on June 3.", "2023-03-16");
        assertThat(x.statements()).isEmpty();
        assertThat(x.actors().stream().map(Actor::name)).contains("Laila Noor", "Ravi Menon");
    }

    @Test
    void indirectSpeechIsAStanceOfItsSpeaker() {
        Extraction x = Articles.parsed("Talks", "Foreign Minister Lars Berg of Norway says the truce is fragile "
                + "and the talks are urgent.", "2023-05-10");
        assertThat(x.positions()).anyMatch(p -> p.holder().name().equals("Lars Berg") && p.stance().equals("other")
                && p.text().contains("fragile"));
    }

    @Test
    void newsOfAMeetingOrATitleWithAVerbsSpellingIsNoStance() {
        Extraction x = Articles.parsed("Talks", "Foreign Minister Lars Berg of Norway said officials will meet "
                + "again with President Amani Otieno on 30 May. Secretary of State Ana Duarte met the envoy "
                + "of Kenya in Lisbon.", "2023-05-10");
        assertThat(positions(x)).isEmpty();
    }

    @Test
    void expectationsHopesAndWhatIsMadeClearAreStances() {
        Extraction x = Articles.parsed("Statement", "The European Union expects that both sides will continue the "
                + "dialogue. The Secretary-General of NATO expressed the hope that the conflict could end soon. "
                + "Foreign Minister Lars Berg of Norway was clear that the operation needed to end.", "2023-05-10");
        assertThat(x.positions()).extracting(org.dipkg.model.Position::stance).contains("expectation", "commitment");
        assertThat(x.positions()).hasSizeGreaterThanOrEqualTo(3);
    }
}
