package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;

/** Transcript turns with a note on the translation, and persons named inside quoted words, on texts written for these tests. */
class TurnsAndQuotedNamesTest {
    @Test
    void aTurnLabelWithANoteOnTheTranslationNamesTheSpeaker() {
        Extraction x = Articles.parsed("Meeting with the Prime Minister of Portugal",
                "President Rosa Vidal: Good afternoon, Mr Prime Minister.\n\n"
                        + "Prime Minister of Portugal Ravi Menon (retranslated): Thank you, Madam President.",
                "2023-05-10");
        assertThat(x.statements()).hasSize(2);
        assertThat(x.statements().get(1).speaker().map(Actor::name)).contains("Ravi Menon");
        assertThat(x.statements().get(1).quote()).isEqualTo("Thank you, Madam President.");
    }

    @Test
    void aPersonNamedInsideAQuotationIsAnActor() {
        Extraction x = Articles.parsed("Remarks",
                "\"I thanked President Tomas Quispe for his hospitality,\" Foreign Minister Ana Duarte said.",
                "2023-05-10");
        assertThat(x.actors().stream().map(Actor::name)).contains("Tomas Quispe", "Ana Duarte");
        assertThat(x.statements()).singleElement()
                .satisfies(s -> assertThat(s.speaker().map(Actor::name)).contains("Ana Duarte"));
    }

    @Test
    void aNameWithAMiddleInitialIsOneName() {
        Extraction x = Articles.parsed("Readout", "Secretary Daniel J. Marsh met today with Foreign Minister "
                + "Ana Duarte of Portugal.", "2023-05-10");
        assertThat(x.actors().stream().map(Actor::name)).contains("Daniel J. Marsh", "Ana Duarte")
                .noneMatch(n -> n.equals("Daniel J") || n.equals("Marsh"));
        assertThat(x.actors()).filteredOn(a -> a.name().equals("Daniel J. Marsh")).singleElement()
                .satisfies(a -> assertThat(a.key()).isEqualTo("person/daniel-marsh"));
    }

    @Test
    void theFullestFormNamesThePersonWhateverComesFirst() {
        Extraction x = Articles.parsed("Readout", "Secretary Daniel Marsh met Foreign Minister Ana Duarte today. "
                + "Secretary Daniel J. Marsh said the talks went well. Marsh thanked Duarte.", "2023-05-10");
        assertThat(x.actors().stream().filter(a -> a.key().startsWith("person/")).map(Actor::name))
                .containsExactlyInAnyOrder("Daniel J. Marsh", "Ana Duarte");
    }

    @Test
    void aHyphenatedGivenNameEndingInACommonWordIsOneName() {
        Extraction x = Articles.parsed("Readout", "President Daniel Marsh spoke today with President Moon Jae-in "
                + "of the Republic of Korea.", "2023-05-10");
        assertThat(x.actors().stream().map(Actor::name)).contains("Moon Jae-in");
    }

    @Test
    void jointRemarksAreAMeetingOfTheirSpeakers() {
        Extraction x = Articles.parsed("Remarks With Portuguese Foreign Minister Ana Duarte",
                "Secretary Daniel Marsh\nLisbon, Portugal\nMarch 4, 2019\n\n"
                        + "SECRETARY MARSH: Thank you, Ana, for hosting me today.\n\n"
                        + "FOREIGN MINISTER DUARTE: Welcome to Lisbon, Daniel.", "2019-03-04");
        assertThat(x.meetings()).singleElement().satisfies(m -> {
            assertThat(m.participants().stream().map(Actor::name)).contains("Daniel Marsh", "Ana Duarte");
            assertThat(m.date().map(Object::toString)).contains("2019-03-04");
            assertThat(m.place().map(p -> p.name())).contains("Lisbon");
        });
    }

    @Test
    void remarksWithReportersAreNoMeeting() {
        Extraction x = Articles.parsed("Remarks With Reporters",
                "Secretary Daniel Marsh\nLisbon, Portugal\nMarch 4, 2019\n\n"
                        + "SECRETARY MARSH: Good afternoon, everyone.", "2019-03-04");
        assertThat(x.meetings()).isEmpty();
    }

    @Test
    void aMiddleInitialBeforeAPossessiveStaysInTheName() {
        Extraction x = Articles.parsed("Secretary Daniel J. Marsh's Call with Foreign Minister Ana Duarte",
                "Secretary Daniel J. Marsh spoke with Foreign Minister Ana Duarte of Portugal today.", "2023-05-10");
        assertThat(x.actors().stream().map(Actor::name)).contains("Daniel J. Marsh")
                .noneMatch(n -> n.equals("Daniel J") || n.equals("Marsh's") || n.equals("Daniel J. Marsh's"));
    }

    @Test
    void aTitleWordInAHyphenatedNameIsPartOfTheName() {
        Extraction x = Articles.parsed("Readout", "Foreign Minister Ana Duarte met Foreign Minister Hossein "
                + "Amir-Tehrani of Iran in New York.", "2023-05-10");
        assertThat(x.roles()).noneMatch(r -> r.title().equals("Amir"));
        assertThat(x.actors().stream().map(Actor::name)).contains("Hossein Amir-Tehrani");
    }
}
