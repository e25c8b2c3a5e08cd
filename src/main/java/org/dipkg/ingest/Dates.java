package org.dipkg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as users give them: YYYY-MM-DD, a day that exists. The message of a
 * refused value says which of the two it fails.
 *
 * <pre>
 *   LocalDate d = Dates.parse("2022-01-10", "--published");
 * </pre>
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Dates() {
    }

    /** Parses YYYY-MM-DD, naming the bad value and where it came from ({@code where}). */
    public static LocalDate parse(String value, String where) throws InputException {
        Matcher m = ISO.matcher(value.strip());
        if (!m.matches()) {
            throw new InputException(where + ": '" + value + "' is not a date in the form YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InputException(where + ": '" + value + "' is not a date: " + whyNot(year, month, day));
        }
    }

    /** Whether the value has the form YYYY-MM-DD, whether or not that day exists. */
    public static boolean hasIsoForm(String value) {
        return ISO.matcher(value.strip()).matches();
    }

    /** Why year-month-day is not a day of the calendar, e.g. "February 2022 has 28 days". */
    static String whyNot(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > days) {
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + days
                    + " days";
        }
        return "not a day of the calendar";
    }
}
