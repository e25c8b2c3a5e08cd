package org.dipkg.extract;

import java.time.DayOfWeek;
import java.util.Optional;

import org.dipkg.model.PartialDate;

/**
 * A date expression in text, before resolution: an absolute date (perhaps without year),
 * or a relative one ("on Monday", "last June", "tomorrow").
 *
 * @param begin    document offset
 * @param end      document offset
 * @param absolute the date when the text gives it whole (day, month and year, or month and year)
 * @param month    the month when a day or month is given without the year
 * @param day      the day of the month, with {@code month}
 * @param weekday  a weekday named alone
 * @param shift    the relative word: "today", "tomorrow", "yesterday", "last", "next", "this"
 * @param unit     with a shift: "day", "week", "month", "year", or a month name's number as "m6"
 */
public record DateMention(int begin, int end, String text, Optional<PartialDate> absolute, int month, int day,
                          Optional<DayOfWeek> weekday, String shift, String unit) {
    public boolean isFullDate() {
        return absolute.isPresent() && absolute.get().isDay();
    }
}
