package org.dipkg.ingest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in article text that are not days of the calendar ("February 30, 2022",
 * "31 April", "2022-02-29"). The converter does not use them; the reader is told where
 * they are. A day number past 31 is taken not to be a date at all ("in June 40 people").
 *
 * <pre>
 *   for (CalendarCheck.Bad b : CalendarCheck.find(text)) { warn(b.offset(), b.why()); }
 * </pre>
 */
final class CalendarCheck {
    private static final String MONTH = "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may"
            + "|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?![a-z])(?:,?\\s+(\\d{4})\\b)?", FLAGS);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    /** A date that does not exist: where it is, as written, and why. */
    record Bad(int offset, String text, String why) {
    }

    private CalendarCheck() {
    }

    static List<Bad> find(String text) {
        List<Bad> out = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            check(m, month(m.group(1)), m.group(2), m.group(3), out);
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            check(m, month(m.group(2)), m.group(1), m.group(3), out);
        }
        m = ISO.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                out.add(new Bad(m.start(), m.group(), Dates.whyNot(year, month, day)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return out;
    }

    private static void check(Matcher m, int month, String dayText, String yearText, List<Bad> out) {
        int day = Integer.parseInt(dayText);
        if (day < 29 || day > 31) {
            return;
        }
        int year = yearText == null ? 2000 : Integer.parseInt(yearText);
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            String why = yearText == null
                    ? Dates.whyNot(year, month, day).replace(" " + year + " ", " ")
                            .replace(" has 29 days", " has at most 29 days")
                    : Dates.whyNot(year, month, day);
            out.add(new Bad(m.start(), m.group(), why));
        }
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
