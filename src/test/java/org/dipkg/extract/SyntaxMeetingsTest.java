package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;

/** Meetings whose participants the dependency tree gives, on sentences written for these tests. */
class SyntaxMeetingsTest {
    private static List<List<String>> meetings(Extraction x) {
        return x.meetings().stream().map(m -> m.participants().stream().map(Actor::name).sorted().toList()).toList();
    }

    /** Some meeting has all these participants (the evaluation lets a meeting name more). */
    private static boolean met(Extraction x, String... names) {
        return x.meetings().stream().anyMatch(m -> m.participants().stream().map(Actor::name).toList()
                .containsAll(List.of(names)));
    }

    private static Meeting only(Extraction x) {
        assertThat(x.meetings()).hasSize(1);
        return x.meetings().get(0);
    }

    @Test
    void withObjectFarFromTheVerb() {
        Extraction x = Articles.parsed("Talks", "Kenyan President Amani Otieno meets Friday in Geneva with "
                + "Foreign Minister Lars Berg of Norway as the crisis deepens.", "2023-05-08");
        assertThat(met(x, "Amani Otieno", "Lars Berg")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void withAfterAPlaceAndAParenthesis() {
        Extraction x = Articles.parsed("Talks", "Secretary-General Lena Holm met today at the Palais des Nations "
                + "with Pedro Almeida, Foreign Minister of Brazil. Deputy Secretary General Ivo Marek met today "
                + "(12 May 2023) with the Foreign Minister of Chile, Rosa Vidal.", "2023-05-12");
        assertThat(met(x, "Lena Holm", "Pedro Almeida")).as(meetings(x).toString()).isTrue();
        assertThat(met(x, "Ivo Marek", "Rosa Vidal")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void theObjectBeforeAPlaceIsNotSkippedForALaterWith() {
        Extraction x = Articles.parsed("Talks", "President Amani Otieno of Kenya met Prime Minister Lars Berg "
                + "of Norway in Oslo with their advisers.", "2023-05-12");
        assertThat(met(x, "Amani Otieno", "Lars Berg")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void aPossessiveBeforeAMeetingNounIsTheOneWhoMet() {
        Extraction x = Articles.parsed("Talks", "Foreign Minister Ana Duarte of Portugal arrived in Rabat on "
                + "Monday. She said trade led the agenda in her talks with Prime Minister Karim Bennani of Morocco.",
                "2023-05-12");
        assertThat(met(x, "Ana Duarte", "Karim Bennani")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void aConferenceThatBringsLeadersTogether() {
        Extraction x = Articles.parsed("Talks", "The conference, which opened on Monday, brings together "
                + "President Tomas Quispe of Peru and President Rosa Vidal of Chile.", "2023-05-12");
        assertThat(met(x, "Tomas Quispe", "Rosa Vidal")).as(meetings(x).toString()).isTrue();
    }

    /** The date of the meeting that has all these participants. */
    private static String dateOf(Extraction x, String... names) {
        return x.meetings().stream().filter(m -> m.participants().stream().map(Actor::name).toList()
                        .containsAll(List.of(names)))
                .map(m -> m.date().map(org.dipkg.model.PartialDate::iso).orElse("")).findFirst().orElse("none");
    }

    @Test
    void aPlannedMeetingTakesTheTripsDatesToldEarlier() {
        Extraction x = Articles.parsed("Travel", "Foreign Minister Ana Duarte of Portugal will travel to Rabat and "
                + "Tunis from 14 to 17 May.\n\nIn Rabat, Duarte will meet with Prime Minister Karim Bennani of "
                + "Morocco to discuss trade.", "2023-05-10");
        assertThat(dateOf(x, "Ana Duarte", "Karim Bennani")).as(meetings(x).toString()).startsWith("2023-05-1");
    }

    @Test
    void aPastMeetingInAnAsideKeepsItsTense() {
        Extraction x = Articles.parsed("Travel", "Trade will top the agenda of the trip next week (Foreign Minister "
                + "Ana Duarte of Portugal also travelled to Lima in March to meet President Tomas Quispe of Peru).",
                "2023-05-10");
        assertThat(dateOf(x, "Ana Duarte", "Tomas Quispe")).as(meetings(x).toString()).isEqualTo("2023-03");
    }

    @Test
    void aDateBeforeTheSubjectIsNoPrepositionalPhraseOfIt() {
        Extraction x = Articles.parsed("Call", "On Friday Rosa Vidal had a telephone conversation with President of "
                + "Peru Tomas Quispe.", "2023-05-10");
        assertThat(met(x, "Rosa Vidal", "Tomas Quispe")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void aHonorificAndAHyphenatedGivenNameAreReadAsTheyAreMeant() {
        Extraction x = Articles.parsed("Calls", "Prime Minister Shri Rajan Mehta today received a telephone call "
                + "from President Han Jae-in of South Korea.", "2023-05-10");
        assertThat(meetings(x)).containsExactly(List.of("Han Jae-in", "Rajan Mehta"));
    }

    @Test
    void meetingNounWithACounterpartInApposition() {
        Extraction x = Articles.parsed("Visit", "Chilean President Rosa Vidal is in Lima for a meeting with her "
                + "Peruvian counterpart, Tomas Quispe.", "2023-05-08");
        assertThat(met(x, "Rosa Vidal", "Tomas Quispe")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void subjectOfHeldTalksAndTheWithObject() {
        Extraction x = Articles.parsed("Talks", "Foreign Minister Ana Duarte of Portugal held talks on "
                + "Tuesday with her Moroccan counterpart Karim Bennani.", "2023-05-10");
        assertThat(met(x, "Ana Duarte", "Karim Bennani")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void spokeByPhoneWithSomeoneAfterAnAdverb() {
        Extraction x = Articles.parsed("Call", "Secretary of State Daniel Marsh spoke today by phone with Ghanaian "
                + "President Kofi Mensah-Boateng about regional security.", "2023-05-10");
        assertThat(met(x, "Daniel Marsh", "Kofi Mensah-Boateng")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void visitingACountryIsMeetingIt() {
        Extraction x = Articles.parsed("Visit", "Foreign Secretary Ann Whitcombe visited Fiji on Monday.",
                "2023-05-10");
        assertThat(met(x, "Ann Whitcombe", "Fiji")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void aVisitorWhoMeetsAListOfHostsMeetsEachOfThem() {
        Extraction x = Articles.parsed("Visit", "During his trip to Rabat, Secretary General Lars Berg met with "
                + "Prime Minister Karim Bennani of Morocco, Foreign Minister Amina Alaoui of Morocco, Defence Minister "
                + "Youssef Tazi of Morocco and Interior Minister Nadia Fassi of Morocco.", "2023-05-10");
        assertThat(met(x, "Lars Berg", "Karim Bennani", "Amina Alaoui", "Youssef Tazi", "Nadia Fassi")).isTrue();
        for (String host : List.of("Karim Bennani", "Amina Alaoui", "Youssef Tazi", "Nadia Fassi")) {
            assertThat(meetings(x)).contains(List.of(host, "Lars Berg").stream().sorted().toList());
        }
    }

    @Test
    void leadersOfSeveralCountriesAroundOneTableAreOneMeeting() {
        Extraction x = Articles.parsed("Summit", "President Rosa Vidal of Chile met with Prime Minister Karim "
                + "Bennani of Morocco, President Tomas Quispe of Peru and Chancellor Anna Berg of Austria in Lima.",
                "2023-05-10");
        assertThat(met(x, "Rosa Vidal", "Karim Bennani", "Tomas Quispe", "Anna Berg")).isTrue();
        assertThat(x.meetings()).hasSize(1);
    }

    @Test
    void onePersonTravellingIsNoMeeting() {
        Extraction x = Articles.parsed("Trip", "Foreign Minister Ana Duarte's trip to Geneva was cut short on "
                + "Monday.", "2023-05-10");
        assertThat(x.meetings()).isEmpty();
    }

    @Test
    void aCountryAloneIsWhatTalksAreAboutNotWhoMet() {
        Extraction x = Articles.parsed("Talks", "The talks on Syria resumed in Geneva on Monday after a pause of "
                + "two months.", "2023-05-10");
        assertThat(x.meetings()).isEmpty();
    }

    @Test
    void callingOnAPresidentIsAMeeting() {
        Extraction x = Articles.parsed("Programme", "Prime Minister Ravi Menon will call on President Laila Noor "
                + "in Kampala on March 3.", "2023-02-20");
        Meeting m = only(x);
        assertThat(m.participants().stream().map(Actor::name)).contains("Ravi Menon", "Laila Noor");
        assertThat(m.planned()).isTrue();
    }

    @Test
    void callingOnSomeoneToActIsADemandNotAMeeting() {
        Extraction x = Articles.parsed("Statement", "President Laila Noor called on Myanmar to release the "
                + "detained journalists.", "2023-02-20");
        assertThat(x.meetings()).isEmpty();
        assertThat(x.demands()).isNotEmpty();
    }

    @Test
    void aMeetingBetweenTwoCountries() {
        Extraction x = Articles.parsed("Talks", "A meeting between Ghana and Togo took place in Accra on "
                + "Friday.", "2023-05-10");
        assertThat(met(x, "Ghana", "Togo")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void coordinatedSubjectsMeetTogether() {
        Extraction x = Articles.parsed("Talks", "Chancellor Ida Marsh and Prime Minister Tomas Varga met in "
                + "Vienna on Wednesday.", "2023-05-10");
        Meeting m = only(x);
        assertThat(m.participants().stream().map(Actor::name)).contains("Ida Marsh", "Tomas Varga");
        assertThat(m.place().map(p -> p.name())).contains("Vienna");
    }

    @Test
    void hostingAGuestIsMeetingThem() {
        Extraction x = Articles.parsed("Visit", "President Amani Otieno hosted Foreign Minister Lars Berg of "
                + "Norway at State House on Monday.", "2023-05-10");
        assertThat(met(x, "Amani Otieno", "Lars Berg")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void aQuotedMeetingIsNotOne() {
        Extraction x = Articles.parsed("Remarks", "\"I met President Laila Noor years ago,\" the minister said.",
                "2023-05-10");
        assertThat(x.meetings()).isEmpty();
    }

    @Test
    void headlineMeetingWithTheTranscriptByline() {
        Extraction x = Articles.parsed("Remarks With Norwegian Foreign Minister Lars Berg Before Their Meeting",
                "Daniel Marsh\nSecretary of State\nOslo, Norway\nMay 8, 2023\n\n"
                        + "SECRETARY MARSH: Good morning. It is a pleasure to be here.", "2023-05-08");
        Meeting m = only(x);
        assertThat(m.participants().stream().map(Actor::name)).containsExactlyInAnyOrder("Daniel Marsh", "Lars Berg");
        assertThat(m.place().map(p -> p.name())).contains("Oslo");
        assertThat(m.date().map(d -> d.iso())).contains("2023-05-08");
    }

    @Test
    void aHeldMeetingWithoutPlaceTakesTheDatelinePlace() {
        Extraction x = Articles.parsed("Talks", "NAIROBI — President Amani Otieno met Foreign Minister Lars Berg "
                + "of Norway on Monday.", "2023-05-10");
        Meeting m = only(x);
        assertThat(m.place().map(p -> p.name())).contains("Nairobi");
    }

    @Test
    void aMeetingInAClauseAfterAPrepositionHasTheSubjectOfTheSentence() {
        Extraction x = Articles.parsed("Visit", "After meeting President Ivo Dan of Ruritania on Monday, Foreign "
                + "Minister Anna Berg flew home.", "2023-05-10");
        assertThat(met(x, "Ivo Dan", "Anna Berg")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void aCallTakenFromSomeone() {
        Extraction x = Articles.parsed("Call", "President Ivo Dan took a call from Chancellor Petr Novak on Monday.",
                "2023-05-10");
        assertThat(met(x, "Ivo Dan", "Petr Novak")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void aNumberOfCallsFromALeader() {
        Extraction x = Articles.parsed("Calls", "Prime Minister Anna Berg has taken a number of calls from "
                + "Prime Minister Carl Fix of Canada.", "2023-05-10");
        assertThat(met(x, "Anna Berg", "Carl Fix")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void talksAfterASpeechVerbAreANounWithTheirParties() {
        Extraction x = Articles.parsed("Talks", "Foreign Minister Ana Duarte said talks among Chile, Peru and "
                + "Bolivia had served their purpose.", "2023-05-12");
        assertThat(met(x, "Chile", "Peru", "Bolivia")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void whoAttendsADefiniteSummitTookPartInIt() {
        Extraction x = Articles.parsed("Summit", "President Tomas Quispe of Peru will attend the summit of the "
                + "African Union in Addis Ababa next week.", "2023-05-12");
        assertThat(met(x, "Tomas Quispe", "African Union")).as(meetings(x).toString()).isTrue();
    }

    @Test
    void aDateInsideTheMeetingsPurposeIsNotItsDate() {
        Extraction x = Articles.parsed("Calls", "Foreign Minister Ana Duarte of Portugal had phone calls with "
                + "President Tomas Quispe of Peru and President Rosa Vidal of Chile, to discuss the elections "
                + "scheduled to take place on 7 June.", "2023-05-12");
        Meeting m = x.meetings().stream().filter(c -> c.participants().stream().anyMatch(p -> p.name()
                .equals("Tomas Quispe"))).findFirst().orElseThrow();
        assertThat(m.planned()).isFalse();
        assertThat(m.date().map(org.dipkg.model.PartialDate::iso)).hasValue("2023-05-12");
        Extraction y = Articles.parsed("Talks", "Foreign Minister Ana Duarte of Portugal met President Tomas "
                + "Quispe of Peru to discuss trade on 10 May.", "2023-05-12");
        assertThat(dateOf(y, "Ana Duarte", "Tomas Quispe")).isEqualTo("2023-05-10");
    }

    @Test
    void aCaptionsFromLeftListAndAnAlongWithAreAllMet() {
        Extraction x = Articles.parsed("Leaders", "President Ana Duarte meets with, from left, Niger President "
                + "Amadou Issa, Benin President Rosa Vidal and Guinea President Tomas Quispe, in Lisbon, July 29.",
                "2023-07-30");
        assertThat(met(x, "Ana Duarte", "Amadou Issa", "Rosa Vidal", "Tomas Quispe")).as(meetings(x).toString()).isTrue();
        Extraction y = Articles.parsed("Leaders", "Foreign Minister Ana Duarte of Portugal met Ugandan President "
                + "Amadou Issa and Burundi President Rosa Vidal, along with Congo's Interior Minister Ivo Marek.",
                "2023-07-30");
        assertThat(met(y, "Ana Duarte", "Amadou Issa", "Rosa Vidal", "Ivo Marek")).as(meetings(y).toString()).isTrue();
    }

    @Test
    void attendingOrAddressingABodyInSessionIsMeetingIt() {
        Extraction x = Articles.parsed("Travel", "Secretary General Lena Holm will travel to New York next week to "
                + "attend the United Nations General Assembly.", "2023-09-12");
        assertThat(met(x, "Lena Holm", "UN General Assembly")).as(meetings(x).toString()).isTrue();
        Extraction y = Articles.parsed("Summit", "Envoy Lena Holm addressed the summit of the African Union in "
                + "Addis Ababa on Monday.", "2023-09-12");
        assertThat(met(y, "Lena Holm", "African Union")).as(meetings(y).toString()).isTrue();
    }

    @Test
    void callingSomeoneIsATelephoneCallButCallingForOrOnIsNot() {
        Extraction x = Articles.parsed("Readout", "Last night, President Ana Duarte called President Tomas Quispe "
                + "of Peru to inform him that she will not be able to travel.", "2023-05-12");
        assertThat(met(x, "Ana Duarte", "Tomas Quispe")).as(meetings(x).toString()).isTrue();
        assertThat(x.meetings().get(0).kind()).isEqualTo(org.dipkg.model.MeetingKind.PHONE_CALL);
        Extraction y = Articles.parsed("Statement", "President Ana Duarte called for the release of President "
                + "Tomas Quispe of Peru. She called President Quispe's arrest a mistake.", "2023-05-12");
        assertThat(y.meetings()).isEmpty();
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoPerson() {
        Extraction x = Articles.parsed("Visit", "Afterwards, Secretary-General Ana Duarte met with President "
                + "Tomas Quispe of Peru.", "2023-05-12");
        assertThat(x.actors()).noneMatch(a -> a.name().equals("Afterwards"));
    }

    @Test
    void separateMeetingsAreOneForEachPartyMet() {
        Extraction x = Articles.parsed("Talks", "Foreign Minister Ana Duarte of Portugal held separate meetings "
                + "yesterday with the Minister of Foreign Affairs of Chile, Tomas Quispe, and the Minister of Foreign "
                + "Affairs of Peru, Rosa Vidal.", "2023-05-12");
        assertThat(meetings(x)).contains(List.of("Ana Duarte", "Tomas Quispe"), List.of("Ana Duarte", "Rosa Vidal"));
        Extraction y = Articles.parsed("Talks", "Foreign Minister Ana Duarte of Portugal met President Tomas "
                + "Quispe of Peru and Prime Minister Rosa Vidal of Peru in Lima.", "2023-05-12");
        assertThat(met(y, "Ana Duarte", "Tomas Quispe", "Rosa Vidal")).as(meetings(y).toString()).isTrue();
    }

    @Test
    void aTranscriptsWelcomeToACityPlacesItsMeeting() {
        Extraction x = Articles.parsed("Remarks With Foreign Minister Tomas Quispe of Peru Before Their Meeting",
                "SECRETARY DUARTE: Minister, let me welcome you to Lisbon once again.\n\nFOREIGN MINISTER QUISPE: "
                + "Thank you, Madam Secretary.", "2023-05-12");
        assertThat(x.meetings()).anyMatch(m -> m.place().map(org.dipkg.model.Place::name).orElse("").equals("Lisbon"));
    }

    @Test
    void welcomingACountrysEffortsIsAStanceNotAMeeting() {
        Extraction x = Articles.parsed("Statement", "President Ana Duarte of Chile welcomed Peru's efforts to help.",
                "2023-05-12");
        assertThat(x.meetings()).isEmpty();
        assertThat(x.positions()).anyMatch(p -> p.holder().name().equals("Ana Duarte") && p.stance().equals("welcome"));
    }
}
