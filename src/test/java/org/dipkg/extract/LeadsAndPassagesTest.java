package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;
import org.dipkg.model.PartialDate;

/**
 * A lead that describes a person before naming them, posts that serve a principal ("of the
 * Secretary-General"), the words of a passage carried by its speaker, a bare post kept for the
 * unnamed official it first meant, and the summit where two leaders met, on sentences written
 * for these tests.
 */
class LeadsAndPassagesTest {
    private static List<String> meetings(Extraction x) {
        return x.meetings().stream().map(LeadsAndPassagesTest::summary).toList();
    }

    private static String summary(Meeting m) {
        return m.participants().stream().map(Actor::name).sorted().toList() + " "
                + m.date().map(PartialDate::iso).orElse("-") + m.place().map(p -> " " + p.name()).orElse("");
    }

    private static List<String> roles(Extraction x) {
        return x.roles().stream().map(r -> r.person().name() + " / " + r.title() + " / "
                + r.affiliation().map(Actor::name).orElse("")).toList();
    }

    private static List<String> statements(Extraction x) {
        return x.statements().stream().map(s -> s.speaker().map(Actor::name).orElse("?") + ": " + s.quote()).toList();
    }

    private static List<String> positions(Extraction x) {
        return x.positions().stream().map(p -> p.holder().name() + ": " + p.text()).toList();
    }

    private static final String LEAD = "The top United Nations official in Somalia urged restraint, as he briefed "
            + "the Security Council via video link. // Maria Lind, Special Representative of the Secretary-General "
            + "and head of the United Nations Transition Office in Somalia (UNTOS), said the drought had worsened.";

    @Test
    void theOfficialDescribedInTheLeadIsThePersonNamedNext() {
        Extraction x = Articles.parsed("Briefing", LEAD.replace(" // ", "\n\n"), "2024-03-06");
        assertThat(meetings(x)).anyMatch(m -> m.contains("Maria Lind") && m.contains("UN Security Council"));
        assertThat(positions(x)).noneMatch(p -> p.startsWith("United Nations:"));
    }

    @Test
    void aDescriptionIsLeftAloneWhenNoOneIsNamedWithAPostNext() {
        Extraction x = Articles.parsed("Briefing",
                "The top United Nations official in Somalia expressed concern over the drought on Monday.\n\nThe "
                        + "drought has worsened across the south, aid agencies said.", "2024-03-06");
        assertThat(x.actors()).noneMatch(a -> a.kind().isPerson());
        assertThat(positions(x)).anyMatch(p -> p.startsWith("United Nations:"));
    }

    @Test
    void aPostServingThePrincipalKeepsThePrincipalAndTakesTheMissionByItsAcronym() {
        Extraction x = Articles.parsed("Briefing",
                "Tomas Berg, Deputy Special Representative of the Secretary-General of the United Nations "
                        + "Verification Mission in Freedonia (UNVMF), said the vote was calm.", "2024-03-06");
        assertThat(roles(x)).contains("Tomas Berg / Deputy Special Representative of the Secretary-General / UNVMF");
        assertThat(x.actors()).extracting(Actor::name).contains("UNVMF");
    }

    @Test
    void theEnvoyForACountryIsTheHolderOfThePostServingThePrincipal() {
        Extraction x = Articles.parsed("Talks",
                "Ana Ruiz, Special Envoy of the Secretary-General for Freedonia, opened the talks in Geneva on Monday."
                        + "\n\nThe talks continued on Tuesday with bilateral sessions, the UN envoy for Freedonia said.",
                "2024-03-06");
        assertThat(statements(x)).isEmpty();
        assertThat(x.mentions()).anyMatch(m -> m.surface().equals("envoy for Freedonia")
                && m.actor().name().equals("Ana Ruiz"));
    }

    @Test
    void stressingTheNeedForNamedPartiesToActIsADemandNotAStance() {
        Extraction x = Articles.parsed("Briefing",
                "Special Envoy Maria Lind stressed need for Belgrade and Pristina to \"avoid measures that might "
                        + "erode trust\" in the coming months.", "2024-03-06");
        assertThat(x.demands()).anyMatch(d -> d.demander().name().equals("Maria Lind")
                && d.addressee().map(Actor::name).orElse("").equals("Serbia") && d.text().contains("erode trust"));
        assertThat(positions(x)).noneMatch(p -> p.contains("erode trust"));
    }

    @Test
    void stressingTheNeedForAnApproachStaysAStance() {
        Extraction x = Articles.parsed("Talks",
                "Foreign Minister Ana Lopes stressed the need for a practical approach to fishing rights.", "2024-03-06");
        assertThat(positions(x)).anyMatch(p -> p.startsWith("Ana Lopes:") && p.contains("practical approach"));
    }

    @Test
    void aCueWordInsideANameIsNoDemand() {
        Extraction x = Articles.parsed("Vote",
                "Special Envoy Maria Lind welcomed that the vote was calm, with the Complaints and Appeals Panel of "
                        + "Freedonia reviewing \"every ballot\".", "2024-03-06");
        assertThat(x.demands()).isEmpty();
    }

    @Test
    void anItThatStandsForNothingLeavesTheStanceToTheSpeaker() {
        Extraction x = Articles.parsed("Briefing",
                "Special Envoy Maria Lind met Freedonia's President Tomas Berg on Monday.\n\nPending the ruling, it is "
                        + "vital to uphold the independence of the judiciary, she stressed.", "2024-03-06");
        assertThat(positions(x)).anyMatch(p -> p.startsWith("Maria Lind:") && p.contains("independence"))
                .noneMatch(p -> p.startsWith("Freedonia:"));
    }

    @Test
    void aStanceVerbClosingTheSentenceReportsTheWordsBeforeIt() {
        Extraction x = Articles.parsed("Briefing",
                "Special Envoy Maria Lind briefed the Security Council on Monday.\n\nAt the central level, the country "
                        + "continues to face political deadlock, she warned.", "2024-03-06");
        assertThat(positions(x)).contains("Maria Lind: At the central level, the country continues to face political deadlock");
    }

    @Test
    void aQuoteWithoutASpeechVerbIsSaidByThePassagesSpeaker() {
        Extraction x = Articles.parsed("Briefing",
                "Special Envoy Maria Lind briefed the Security Council on Monday.\n\nThe assembly is divided, she "
                        + "warned. Although the assembly met on 10 October with the election of a Freedonian Deputy "
                        + "President, \"ten members contested this election before the court\". It is vital to respect "
                        + "the court, she said.", "2024-03-06");
        assertThat(statements(x)).contains("Maria Lind: ten members contested this election before the court");
    }

    @Test
    void aBarePostFirstUsedForTheUnnamedOfficialKeepsThatMeaning() {
        Extraction x = Articles.parsed("PM meeting with Prime Minister Rao of India",
                "The Prime Minister met India's Prime Minister Ravi Rao in London today.\n\nThe Prime Minister "
                        + "reiterated the UK's ambition to deliver a trade deal.", "2024-03-06");
        assertThat(positions(x)).anyMatch(p -> p.startsWith("United Kingdom:") && p.contains("trade deal"))
                .noneMatch(p -> p.startsWith("Ravi Rao:"));
    }

    @Test
    void theLeadersAreTheNamedLeaderAndTheUnnamedOnesCountry() {
        Extraction x = Articles.parsed("PM meeting with Prime Minister Rao of India",
                "The Prime Minister met India's Prime Minister Ravi Rao in London today.\n\nThe leaders discussed "
                        + "trade between the UK and India. They agreed it was important to build on the past.", "2024-03-06");
        assertThat(positions(x)).anyMatch(p -> p.startsWith("United Kingdom:") && p.contains("build on the past"))
                .anyMatch(p -> p.startsWith("Ravi Rao:") && p.contains("build on the past"));
    }

    @Test
    void theSummitWhereTwoLeadersMetIsAMeetingOfItsOwn() {
        Extraction x = Articles.parsed("Meeting",
                "The Prime Minister met India's Prime Minister Ravi Rao at the G20 Summit in New Delhi today.\n\n"
                        + "The leaders discussed trade between the UK and India.",
                "2024-03-06");
        assertThat(meetings(x)).contains("[Group of Twenty] 2024-03-06 New Delhi")
                .anyMatch(m -> m.contains("Ravi Rao") && m.contains("United Kingdom"));
    }
}
