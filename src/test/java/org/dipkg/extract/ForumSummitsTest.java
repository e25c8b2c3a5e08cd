package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dipkg.model.Actor;
import org.dipkg.model.Extraction;
import org.dipkg.model.Meeting;

/** Forums whose name stands for their summits ("at the G7"), on sentences written for these tests. */
class ForumSummitsTest {
    private static List<Meeting> of(Extraction x, String forum) {
        return x.meetings().stream().filter(m -> m.participants().stream().map(Actor::name).toList().contains(forum))
                .toList();
    }

    @Test
    void summitsOneGoesToOrHostsAreMeetingsOfTheForum() {
        Extraction x = Articles.parsed("Call", "The leaders looked forward to seeing each other at the G7 later "
                + "this month, and to Kenya hosting the G20 in 2031.", "2030-05-05");
        assertThat(of(x, "Group of Seven")).singleElement().satisfies(m -> {
            assertThat(m.planned()).isTrue();
            assertThat(m.date().map(Object::toString)).contains("2030-05");
        });
        assertThat(of(x, "Group of Twenty")).singleElement().satisfies(m -> {
            assertThat(m.planned()).isTrue();
            assertThat(m.date().map(Object::toString)).contains("2031");
        });
    }

    @Test
    void aForumThatActsIsNotASummit() {
        Extraction x = Articles.parsed("Statement", "The G20 agreed on a common framework for debt relief on "
                + "Monday.", "2030-05-05");
        assertThat(x.meetings()).isEmpty();
    }

    @Test
    void anOrganizationThatIsNotAForumIsNotASummit() {
        Extraction x = Articles.parsed("Statement", "Kenya will raise the matter at the African Union next "
                + "month.", "2030-05-05");
        assertThat(of(x, "African Union")).isEmpty();
    }
}
