package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;
import org.dipkg.model.PartialDate;

/**
 * A sentence that tells of two meetings ("after a meeting with X, ... the talks will ..."),
 * talks measured out ("three hours of talks"), talks going on as the article is written, and a
 * "he" whose antecedent is the subject before it, on sentences written for these tests.
 */
class MeetingsInContextTest {
    private static List<String> summary(Extraction x) {
        return x.meetings().stream().map(MeetingsInContextTest::summary).toList();
    }

    private static String summary(Meeting m) {
        return m.participants().stream().map(Actor::name).sorted().toList() + " "
                + m.date().map(PartialDate::iso).orElse("-") + (m.planned() ? " planned" : " held");
    }

    @Test
    void aMeetingGivenAsBackgroundIsHeldApartFromThePlannedTalks() {
        Extraction x = Articles.parsed("Talks",
                "Speaking to the press in Lima, after a meeting with Peruvian President Ana Lopes, Special Envoy "
                        + "Maria Lind said the talks in Quito on 27 October will be led by the UN and AU envoys, "
                        + "Tom Berg and Kofi Boateng.", "2024-03-06");
        assertThat(summary(x)).contains("[Ana Lopes, Maria Lind] 2024-03-06 held")
                .anyMatch(s -> s.contains("Kofi Boateng") && s.contains("Tom Berg") && s.endsWith("2024-10-27 planned"));
    }

    @Test
    void theBackgroundMeetingKeepsADateOfItsOwnPhrase() {
        Extraction x = Articles.parsed("Talks",
                "After talks with President Ana Lopes on Monday, President Tom Berg said the summit on 27 October "
                        + "will take place in Quito with President Rosa Vidal of Bolivia.",
                "2024-03-06");
        assertThat(summary(x)).contains("[Ana Lopes, Tom Berg] 2024-03-04 held");
    }

    @Test
    void aBackgroundMeetingAloneIsTheSentencesMeeting() {
        Extraction x = Articles.parsed("Talks",
                "After a meeting with Peruvian President Ana Lopes in Lima on Monday, Special Envoy Maria Lind "
                        + "said she was hopeful.", "2024-03-06");
        assertThat(summary(x)).containsExactly("[Ana Lopes, Maria Lind] 2024-03-04 held");
    }

    @Test
    void heAfterABackgroundMeetingIsTheSubjectNotThePersonMet() {
        Extraction x = Articles.parsed("Talks",
                "Following his summit with Peruvian President Ana Lopes, Chile's President Tom Berg says he plans "
                        + "to meet with Bolivian President Rosa Vidal in the near future.", "2024-03-06");
        assertThat(summary(x)).contains("[Rosa Vidal, Tom Berg] - planned", "[Ana Lopes, Tom Berg] 2024-03-06 held");
    }

    @Test
    void hoursOfTalksAreTheTalksOfTheVerbsSubjects() {
        Extraction x = Articles.parsed("Talks in Lima",
                "Danish Prime Minister Lars Holm and Peruvian President Ana Lopes tried to narrow differences during "
                        + "three hours of talks in Lima on Monday.", "2024-03-06");
        assertThat(summary(x)).containsExactly("[Ana Lopes, Lars Holm] 2024-03-04 held");
    }

    @Test
    void negotiationsGoingOnAsTheArticleIsWrittenAreDatedByItsMonth() {
        Extraction x = Articles.parsed("Call",
                "President Ana Lopes told President Tom Berg about the negotiations between Peruvian and Chilean "
                        + "representatives, which are being held these days via videoconference.", "2024-03-06");
        assertThat(x.meetings()).anyMatch(m -> m.participants().stream().map(Actor::name).toList()
                .containsAll(List.of("Peru", "Chile")) && m.date().map(PartialDate::iso).orElse("").equals("2024-03"));
    }

    @Test
    void theCurrentTalksAreDatedByTheMonth() {
        Extraction x = Articles.parsed("Talks",
                "Chile and Bolivia are holding the current talks in Geneva with the mediation of Peru.", "2024-03-06");
        assertThat(x.meetings()).isNotEmpty().allMatch(m -> m.date().map(PartialDate::iso).orElse("").equals("2024-03"));
    }

    @Test
    void aCurrentSituationDoesNotMakeACallOngoing() {
        Extraction x = Articles.parsed("Call",
                "President Ana Lopes spoke with President Tom Berg about the current situation in Bolivia.",
                "2024-03-06");
        assertThat(summary(x)).containsExactly("[Ana Lopes, Tom Berg] 2024-03-06 held");
    }

    @Test
    void aDatelineOfADateAndACityTheGazetteerDoesNotKnowPlacesTheMeeting() {
        Extraction x = Articles.parsed("Meeting with President of Peru Ana Lopes",
                "November 3, 2011, Lindau\n\nTom Berg met with President of Peru Ana Lopes on the sidelines of the "
                        + "summit.", "2011-11-03");
        assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.place()).hasValueSatisfying(
                p -> assertThat(p.name()).isEqualTo("Lindau")));
    }

    @Test
    void aDatelineWithoutACityPlacesNothing() {
        Extraction x = Articles.parsed("Meeting with President of Peru Ana Lopes",
                "November 3, 2011\n\nTom Berg met with President of Peru Ana Lopes.", "2011-11-03");
        assertThat(x.meetings()).singleElement().satisfies(m -> assertThat(m.place()).isEmpty());
    }

    @Test
    void thePrimeMinisterAndAPresidentAreTwoPersons() {
        Extraction x = Articles.parsed("PM call with President Lopes: 25 October 2022",
                "The Prime Minister spoke to the President of Peru, Ana Lopes, this evening.\n\n"
                        + "The Prime Minister and President Lopes also agreed on the need to ensure security.",
                "2022-10-25");
        assertThat(x.roles()).extracting(r -> r.person().name() + " / " + r.title())
                .containsExactly("Ana Lopes / President");
    }

    @Test
    void aDeputyPrimeMinisterAndForeignMinisterIsOnePerson() {
        Extraction x = Articles.parsed("Talks",
                "Deputy Prime Minister and Foreign Minister Ana Lopes of Peru met Tom Berg in Lima.", "2022-10-25");
        assertThat(x.roles()).extracting(r -> r.person().name() + " / " + r.title())
                .contains("Ana Lopes / Deputy Prime Minister", "Ana Lopes / Foreign Minister");
    }
}
