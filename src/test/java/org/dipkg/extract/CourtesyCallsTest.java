package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;

/**
 * Visit programmes as foreign ministries write them: courtesy calls ("will call on the
 * President"), honorifics and initials inside a post and a name ("President of Ghana H.E.
 * Tomas Berg", "Dr A.K. Tembo"), and the bare post of the leader a headline opens with, on
 * sentences written for these tests.
 */
class CourtesyCallsTest {
    private static List<String> meetings(Extraction x) {
        return x.meetings().stream().map(CourtesyCallsTest::summary).toList();
    }

    private static String summary(Meeting m) {
        return m.participants().stream().map(Actor::name).sorted().toList().toString();
    }

    private static List<String> roles(Extraction x) {
        return x.roles().stream().map(r -> r.person().name() + " / " + r.title() + " / "
                + r.affiliation().map(Actor::name).orElse("")).toList();
    }

    @Test
    void callingOnSomeoneIsAVisitNotADemand() {
        Extraction x = Articles.parsed("Visit",
                "Foreign Minister Rosa Vidal of Chile will visit Peru on Friday.\n\nForeign Minister Rosa Vidal will "
                        + "call on President Ana Lopes.", "2024-03-06");
        assertThat(x.demands()).isEmpty();
        assertThat(meetings(x)).anyMatch(m -> m.contains("Ana Lopes") && m.contains("Rosa Vidal"));
    }

    @Test
    void callingOnSomeoneToActStaysADemand() {
        Extraction x = Articles.parsed("Crisis",
                "Foreign Minister Rosa Vidal called on President Ana Lopes to release the prisoners.", "2024-03-06");
        assertThat(x.demands()).anyMatch(d -> d.demander().name().equals("Rosa Vidal") && d.text().contains("release"));
    }

    @Test
    void aCallOnSomeoneIsAMeetingWithThem() {
        Extraction x = Articles.parsed("Visit",
                "Foreign Minister Rosa Vidal of Chile will pay a call on President Ana Lopes of Peru on Friday.",
                "2024-03-06");
        assertThat(meetings(x)).anyMatch(m -> m.contains("Ana Lopes") && m.contains("Rosa Vidal"));
    }

    @Test
    void anHonorificAfterThePostOfACountryEndsThePost() {
        Extraction x = Articles.parsed("Visit",
                "The programme includes a meeting with the President of Ghana H.E. Tomas Berg on Friday.",
                "2024-03-06");
        assertThat(roles(x)).contains("Tomas Berg / President / Ghana");
    }

    @Test
    void initialsJoinedByFullStopsAreOneName() {
        Extraction x = Articles.parsed("Visit",
                "Foreign Minister of Ghana Dr A.K. Tembo will visit Lima on Friday.", "2024-03-06");
        assertThat(roles(x)).contains("A.K. Tembo / Foreign Minister / Ghana");
        assertThat(x.sentences()).hasSize(2);   // the headline and one sentence
    }

    @Test
    void theBarePostIsTheLeaderTheHeadlineOpensWith() {
        Extraction x = Articles.parsed("Prime Minister Ravi Rao to visit Ghana on March 26",
                "At the invitation of Prime Minister Ana Lopes, Prime Minister Ravi Rao will visit Ghana on "
                        + "March 26.\n\nPrime Minister had last visited Ghana in 2015.", "2024-03-06");
        assertThat(meetings(x)).anyMatch(m -> m.contains("Ravi Rao") && !m.contains("Ana Lopes") && m.contains("Ghana"));
    }

    @Test
    void aSecondCallOnTheLeaderIsAMeetingApartFromTheirTalks() {
        Extraction x = Articles.parsed("Prime Minister Ravi Rao to visit Ghana on March 26",
                "Prime Minister Ravi Rao will hold talks with Prime Minister Rahima on March 26.\n\nForeign Minister "
                        + "Tomas Berg will call on Prime Minister Ravi Rao on March 26.", "2024-03-06");
        assertThat(meetings(x)).contains("[Ravi Rao, Tomas Berg]");
    }
}
