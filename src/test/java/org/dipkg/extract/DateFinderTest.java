package org.dipkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static final Optional<LocalDate> MONDAY = Optional.of(LocalDate.parse("2022-01-10"));

    private static String first(String text, boolean future) {
        List<DateMention> found = DateFinder.find(text, 0);
        assertThat(found).as(text).isNotEmpty();
        return DateFinder.resolve(found.get(0), MONDAY, future).map(Object::toString).orElse("unresolved");
    }

    @Test
    void absoluteDatesInTheFormsNewsUses() {
        assertThat(first("a meeting on January 12, 2022.", false)).isEqualTo("2022-01-12");
        assertThat(first("(4 April 2024) for", false)).isEqualTo("2024-04-04");
        assertThat(first("FEBRUARY 16, 2024", false)).isEqualTo("2024-02-16");
        assertThat(first("released 2021-06-16 in", false)).isEqualTo("2021-06-16");
        assertThat(first("by March 2023 at the latest", false)).isEqualTo("2023-03");
    }

    @Test
    void aYearAloneAfterIn() {
        assertThat(first("hosting the summit in 2024.", false)).isEqualTo("2024");
        assertThat(DateFinder.find("the budget in 2023-24 grew", 0)).isEmpty();
        assertThat(DateFinder.find("since 2002 the two", 0)).isEmpty();
    }

    @Test
    void weekdaysLookBackInPastTenseAndForwardInFuture() {
        assertThat(first("said on Sunday", false)).isEqualTo("2022-01-09");
        assertThat(first("met on Monday", false)).isEqualTo("2022-01-10");
        assertThat(first("will meet on Thursday", true)).isEqualTo("2022-01-13");
        assertThat(first("next Monday", false)).isEqualTo("2022-01-17");
    }

    @Test
    void deicticAndRelativeExpressions() {
        assertThat(first("talks this evening", false)).isEqualTo("2022-01-10");
        assertThat(first("the summit tomorrow", true)).isEqualTo("2022-01-11");
        assertThat(first("yesterday's call", false)).isEqualTo("2022-01-09");
        assertThat(first("started last June", false)).isEqualTo("2021-06");
        assertThat(first("resolved this month", false)).isEqualTo("2022-01");
        assertThat(first("talks next week", true)).isEqualTo("2022-01");
        assertThat(first("scheduled for September 11", true)).isEqualTo("2022-09-11");
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(DateFinder.find("on February 30, 2022 they", 0)).isEmpty();
        assertThat(DateFinder.find("you may go", 0)).isEmpty();
    }

    @Test
    void relativeDatesStayUnresolvedWithoutPublicationDate() {
        DateMention d = DateFinder.find("on Monday", 0).get(0);
        assertThat(DateFinder.resolve(d, Optional.empty(), false)).isEmpty();
    }

    @Test
    void offsetsAreDocumentOffsets() {
        DateMention d = DateFinder.find("met on Monday", 100).get(0);
        assertThat(d.begin()).isEqualTo(107);
        assertThat(d.end()).isEqualTo(113);
    }
}
