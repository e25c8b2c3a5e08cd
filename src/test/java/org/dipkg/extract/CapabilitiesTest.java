package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;

/** The forms of names, titles and references that real readouts use, on sentences written for the tests. */
class CapabilitiesTest {
    private static List<String> roles(Extraction x) {
        return x.roles().stream().map(r -> r.person().name() + " / " + r.title() + " / "
                + r.affiliation().map(Actor::name).orElse("")).toList();
    }

    private static List<String> persons(Extraction x) {
        return x.actors().stream().filter(a -> a.kind().isPerson()).map(Actor::name).toList();
    }

    @Test
    void surnameFirstAllCapsAndHonorifics() {
        Extraction x = Articles.extract("Talks", "Mr. TANAKA Hiroshi, Minister for Foreign Affairs of Japan, held "
                + "talks with H.E. Dr. Kim Jae-sung, Minister of Foreign Affairs of the Republic of Korea, in Tokyo.",
                "2023-05-08");
        assertThat(roles(x)).contains("Tanaka Hiroshi / Minister for Foreign Affairs / Japan",
                "Kim Jae-sung / Minister of Foreign Affairs / South Korea");
        assertThat(x.meetings()).hasSize(1);
        assertThat(x.meetings().get(0).place().map(p -> p.name())).contains("Tokyo");
    }

    @Test
    void titleOfTheCountryAfterTheTitle() {
        Extraction x = Articles.extract("Visit", "President of the Republic of Kenya Amani Otieno arrived in Paris. "
                + "Prime Minister Tanaka Hiroshi of Japan welcomed him.", "2023-05-08");
        assertThat(roles(x)).contains("Amani Otieno / President / Kenya", "Tanaka Hiroshi / Prime Minister / Japan");
    }

    @Test
    void compoundTitlesGiveOneRoleEach() {
        Extraction x = Articles.extract("Readout", "Secretary Marsh met with Director of the Central Policy Office "
                + "and Foreign Minister Li Wei of China in Munich.", "2024-02-16");
        assertThat(roles(x)).contains("Li Wei / Foreign Minister / China");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("Li Wei / Director of the Central Policy Office"));
    }

    @Test
    void titlesAloneAndShortNamesReferToThePerson() {
        Extraction x = Articles.extract("Readout", "Foreign Minister Petra Novak of Czechia met Secretary of State "
                + "Daniel Marsh in Prague on Monday. The Foreign Minister said the talks were useful. "
                + "\"We agree on most things,\" Novak said.", "2024-02-20");
        assertThat(persons(x)).containsExactlyInAnyOrder("Petra Novak", "Daniel Marsh");
        assertThat(x.statements()).extracting(s -> s.speaker().map(Actor::name).orElse("")).containsExactly("Petra Novak");
    }

    @Test
    void theTwoLeadersHoldTheirStancesEach() {
        Extraction x = Articles.extract("Readout", "Prime Minister Hana Sato of Japan met President Carlos Mendes of "
                + "Brazil in Brasilia. The leaders welcomed the new trade agreement.", "2023-05-10");
        assertThat(x.positions()).extracting(p -> p.holder().name()).containsExactlyInAnyOrder("Hana Sato",
                "Carlos Mendes");
    }

    @Test
    void seatsOfGovernmentActForTheirState() {
        Extraction x = Articles.extract("Reaction", "The Kremlin rejected the proposal. Talks were held at "
                + "Downing Street.", "2023-05-10");
        assertThat(x.positions()).extracting(p -> p.holder().name()).containsExactly("Russia");
    }

    @Test
    void onTheMarginsOfAConferenceIsNotAParticipant() {
        Extraction x = Articles.extract("Readout", "Secretary of State Daniel Marsh met Foreign Minister Petra "
                + "Novak of Czechia on the margins of the Munich Security Conference on February 16.", "2024-02-16");
        Meeting m = x.meetings().get(0);
        assertThat(m.participants()).extracting(Actor::name).containsExactlyInAnyOrder("Daniel Marsh", "Petra Novak");
        assertThat(m.date().map(Object::toString)).contains("2024-02-16");
    }

    @Test
    void plannedMeetingsFromWouldAndLaterDates() {
        Extraction x = Articles.extract("Plans", "A meeting between Chile and Peru would take place in Lima on "
                + "March 3.", "2024-02-16");
        assertThat(x.meetings()).hasSize(1);
        assertThat(x.meetings().get(0).planned()).isTrue();
        assertThat(x.meetings().get(0).date().map(Object::toString)).contains("2024-03-03");
    }

    @Test
    void oneMeetingPerEventAcrossSentences() {
        Extraction x = Articles.extract("Readout", "Prime Minister Hana Sato of Japan met President Carlos Mendes of "
                + "Brazil. The meeting took place in Brasilia on Tuesday. The two leaders met again the next day.",
                "2023-05-10");
        assertThat(x.meetings()).hasSize(1);
        assertThat(x.meetings().get(0).place().map(p -> p.name())).contains("Brasilia");
    }
}
