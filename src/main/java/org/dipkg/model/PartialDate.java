package org.dipkg.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date known to the day, to the month or to the year.
 *
 * <pre>
 *   PartialDate.ofMonth(2021, 6).iso()   // "2021-06"
 * </pre>
 */
public record PartialDate(int year, Optional<Integer> month, Optional<Integer> day) implements Comparable<PartialDate> {
    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), Optional.of(d.getMonthValue()), Optional.of(d.getDayOfMonth()));
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, Optional.of(month), Optional.empty());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, Optional.empty(), Optional.empty());
    }

    public boolean isDay() {
        return day.isPresent();
    }

    public Optional<LocalDate> toLocalDate() {
        return day.map(d -> LocalDate.of(year, month.orElseThrow(), d));
    }

    /** ISO 8601: 2022-01-10, 2021-06 or 2021. */
    public String iso() {
        StringBuilder b = new StringBuilder(String.format("%04d", year));
        month.ifPresent(m -> b.append(String.format("-%02d", m)));
        day.ifPresent(d -> b.append(String.format("-%02d", d)));
        return b.toString();
    }

    /** True when neither date is more precise in a way that contradicts the other. */
    public boolean compatible(PartialDate other) {
        return iso().startsWith(other.iso()) || other.iso().startsWith(iso());
    }

    @Override
    public int compareTo(PartialDate o) {
        return iso().compareTo(o.iso());
    }

    @Override
    public String toString() {
        return iso();
    }
}
