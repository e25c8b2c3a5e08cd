package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;

/** Who a meeting verb's object names when it is a group with persons "including" in it. */
class MeetingListsTest {
    private static List<List<String>> meetings(Extraction x) {
        return x.meetings().stream().map(m -> m.participants().stream().map(Actor::name).sorted().toList()).toList();
    }

    @Test
    void personsIncludedInAGroupMetAreMet() {
        Extraction x = Articles.parsed("Visit", "Foreign Secretary Ana Ruiz will meet a number of her counterparts "
                + "in New York today – including Iranian Foreign Minister Reza Tabrizi.", "2023-05-10");
        assertThat(meetings(x)).containsExactly(List.of("Ana Ruiz", "Reza Tabrizi"));
    }

    @Test
    void topicsIncludedAreNoParticipants() {
        Extraction x = Articles.parsed("Talks", "President Ana Ruiz met Chancellor Petr Novak on Monday to discuss "
                + "issues including Iran and Syria.", "2023-05-10");
        assertThat(meetings(x)).containsExactly(List.of("Ana Ruiz", "Petr Novak"));
    }

    @Test
    void aVisitorMeetsEachHostOfOneCountryListedInOneSentence() {
        Extraction x = Articles.parsed("Visit", "Foreign Minister Anna Berg of Norway is visiting Amman on May 3 "
                + "to meet with Jordanian Prime Minister Ali Hadi, Finance Minister Omar Saleh, and Senate "
                + "Speaker Sami Jaber.", "2023-04-05");
        assertThat(meetings(x)).contains(List.of("Ali Hadi", "Anna Berg"), List.of("Anna Berg", "Omar Saleh"),
                List.of("Anna Berg", "Sami Jaber"));
    }

    @Test
    void personsNamedInAnotherSentenceAreNotMetOneByOne() {
        Extraction x = Articles.parsed("Call", "Secretary Anna Berg spoke with President Ivo Dan of Ruritania "
                + "yesterday.\n\nThe Secretary praised remarks by Senator Carl Fix and opposition leader Tom Lee "
                + "on the ceasefire.", "2023-04-05");
        assertThat(meetings(x)).doesNotContain(List.of("Anna Berg", "Carl Fix"), List.of("Anna Berg", "Tom Lee"));
    }

    @Test
    void aVisitorWhoMeetsHostsOneAfterAnotherHasAMeetingWithEach() {
        Extraction x = Articles.parsed("Visit", "Foreign Minister Anna Berg first met with General Ivo Dan, the "
                + "President of Ruritania, at the State House. She then met Carl Fix, the Prime Minister, at "
                + "his residence.", "2023-04-05");
        assertThat(meetings(x)).containsExactlyInAnyOrder(List.of("Anna Berg", "Ivo Dan"), List.of("Anna Berg", "Carl Fix"));
    }

    @Test
    void theSameTwoNamedAgainAreOneMeeting() {
        Extraction x = Articles.parsed("Talks", "President Ivo Dan met Chancellor Petr Novak in Vienna on Monday. "
                + "Dan and Novak also discussed trade at the meeting.", "2023-04-05");
        assertThat(meetings(x)).containsExactly(List.of("Ivo Dan", "Petr Novak"));
    }
}
