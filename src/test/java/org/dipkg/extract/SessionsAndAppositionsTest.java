package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.ActorKind;
import org.dipkg.model.Extraction;
import org.dipkg.model.Role;

/**
 * Sessions of bodies ("told the Security Council"), posts given in apposition before a
 * name with an honorific ("The Secretary General, Mr Arvid Kellner"), and words that only
 * look like names, on sentences written for these tests.
 */
class SessionsAndAppositionsTest {
    private static List<List<String>> meetings(Extraction x) {
        return x.meetings().stream().map(m -> m.participants().stream().map(Actor::name).sorted().toList()).toList();
    }

    private static List<String> roles(Extraction x) {
        return x.roles().stream().map(r -> r.person().name() + " / " + r.title() + " / "
                + r.affiliation().map(Actor::name).orElse("")).toList();
    }

    private static List<String> persons(Extraction x) {
        return x.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).map(Actor::name).toList();
    }

    @Test
    void anEnvoyWhoToldTheSecurityCouncilMetIt() {
        Extraction x = Articles.parsed("Briefing", "Special Envoy Lina Okafor told the Security Council on Monday "
                + "that the ceasefire was holding.", "2023-05-10");
        assertThat(meetings(x)).containsExactly(List.of("Lina Okafor", "UN Security Council"));
        assertThat(x.meetings().get(0).date().orElseThrow().iso()).isEqualTo("2023-05-08");
    }

    @Test
    void aPresidentWhoAddressedTheAssemblyMetIt() {
        Extraction x = Articles.parsed("Speech", "President Ana Ruiz addressed the General Assembly on Tuesday.",
                "2023-05-10");
        assertThat(meetings(x)).containsExactly(List.of("Ana Ruiz", "UN General Assembly"));
    }

    @Test
    void tellingReportersOrAddressingAnIssueIsNoMeeting() {
        Extraction x = Articles.parsed("Remarks", "Special Envoy Lina Okafor told reporters on Monday that the "
                + "ceasefire was holding. President Ana Ruiz addressed the issue of migration on Tuesday.",
                "2023-05-10");
        assertThat(x.meetings()).isEmpty();
    }

    @Test
    void aBodyInATellingIsItsOnlyOtherParticipant() {
        Extraction x = Articles.parsed("Briefing", "Special Envoy Lina Okafor told the Security Council on Monday "
                + "that Norway would send observers.", "2023-05-10");
        assertThat(meetings(x)).containsExactly(List.of("Lina Okafor", "UN Security Council"));
    }

    @Test
    void briefingTheCouncilBeforeTheNameIsNoOrganization() {
        Extraction x = Articles.parsed("Nepal", "The Security Council extended the mission's mandate on Monday. "
                + "Briefing the Council last week, Special Envoy Lina Okafor said the peace process was at a "
                + "critical moment.", "2023-05-10");
        assertThat(x.actors()).extracting(Actor::name).noneMatch(n -> n.startsWith("Briefing"));
        assertThat(meetings(x)).contains(List.of("Lina Okafor", "UN Security Council"));
    }

    @Test
    void aPostInAppositionBeforeAnHonorificAndName() {
        Extraction x = Articles.parsed("Travel", "The ASEAN Secretary General, Mr Arvid Kellner, will travel to "
                + "Jakarta on Monday.", "2023-05-10");
        assertThat(roles(x)).containsExactly(
                "Arvid Kellner / Secretary General / Association of Southeast Asian Nations");
    }

    @Test
    void theTitleAloneThenStandsForThatPerson() {
        Extraction x = Articles.parsed("Travel", "The ASEAN Secretary General, Mr Arvid Kellner, will travel to "
                + "Jakarta on Monday. On Tuesday, the Secretary General will meet the Minister of Trade, "
                + "Ms Dina Sari.", "2023-05-10");
        assertThat(meetings(x)).containsExactly(List.of("Arvid Kellner", "Dina Sari"));
    }

    @Test
    void aPostBetweenCommasAfterANameIsThatNamesNotTheNextOnes() {
        Extraction x = Articles.parsed("Summit", "Mr. Tomas Vidal, Prime Minister of Peru, Mr. Petr Novak, "
                + "President of the European Council, met in Lima on Monday.", "2023-05-10");
        assertThat(roles(x)).containsExactlyInAnyOrder("Tomas Vidal / Prime Minister / Peru",
                "Petr Novak / President / European Council");
    }

    @Test
    void aSentenceOpeningAdverbIsNoName() {
        Extraction x = Articles.parsed("Talks", "Finally, the Secretary and Foreign Minister Ratno Wibowo "
                + "exchanged views on trade.", "2023-05-10");
        assertThat(persons(x)).containsExactly("Ratno Wibowo");
    }

    @Test
    void aNameTheTokenizerWouldCutStaysWhole() {
        Extraction x = Articles.parsed("Talks", "Secretary of State Daniel Marsh met Indonesian Foreign Minister "
                + "Ratno Wibowo in Washington on Friday.", "2023-05-10");
        assertThat(meetings(x)).containsExactly(List.of("Daniel Marsh", "Ratno Wibowo"));
        assertThat(x.roles()).extracting(Role::title).contains("Foreign Minister");
    }

    @Test
    void hisExcellencyWrittenApartIsNoInitial() {
        Extraction x = Articles.parsed("Readout of the Secretary-General with H. E. Vladimir Sokolov, President of "
                + "Peru", "The Secretary-General met yesterday with H.E. Mr. Vladimir Sokolov, President of Peru.",
                "2023-05-10");
        assertThat(persons(x)).containsExactly("Vladimir Sokolov");
    }

    @Test
    void aMonthInsideANameAndAnAttachedParticleStayInTheName() {
        Extraction x = Articles.parsed("Call", "Prime Minister Helen May spoke with President Tomas Quispe of Peru. "
                + "Secretary of State Ana Duarte met with Iraqi Prime Minister Karim al-Haddad today.", "2023-05-08");
        assertThat(persons(x)).contains("Helen May", "Karim al-Haddad");
    }

    @Test
    void aTitleBeforeAVerbIsTheNextSubjectNotTheNamesApposition() {
        Extraction x = Articles.parsed("Readout", "With the President of Peru, H.E. Mr. Tomas Quispe, the "
                + "Secretary-General discussed the start of direct negotiations.", "2023-05-08");
        assertThat(persons(x)).containsExactly("Tomas Quispe");
        assertThat(roles(x)).noneMatch(r -> r.contains("Secretary-General"));
    }

    @Test
    void aCountryInParenthesesAfterANameIsItsAffiliation() {
        Extraction x = Articles.parsed("Press statement", "The following press statement was issued today by Council "
                + "President Ana Duarte (Portugal). The members welcomed the meeting between the President of Chile and "
                + "the President of Peru on 17 May 2023, in Lima.", "2023-05-20");
        assertThat(roles(x)).contains("Ana Duarte / President / Portugal");
        assertThat(meetings(x)).contains(List.of("Chile", "Peru"));
    }
}
