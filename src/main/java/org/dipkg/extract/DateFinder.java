package org.dipkg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dipkg.model.PartialDate;

/**
 * Finds date expressions in a sentence: "January 12, 2022", "4 April 2024", "FEBRUARY 16",
 * "last June", "this month", "next week", "on Monday", "tomorrow", "this evening".
 * Dates that do not exist (February 30) are not dates.
 */
public final class DateFinder {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
            + "|Dec\\.?)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+(\\d{4})\\b)?", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(last|next|this|coming|past)\\s+(week|month|year|weekend|" + MONTH + "|" + WEEKDAY + ")\\b", FLAGS);
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|since|until|by|early|late|mid-?)\\s+"
            + MONTH + "\\b(?!\\s+\\d)", FLAGS);
    /** "in 2024": a year alone, not the start of a range ("in 2023-24"). */
    private static final Pattern IN_YEAR = Pattern.compile("\\bin\\s+((?:19|20)\\d{2})\\b(?![-\u2013/]\\d)", FLAGS);
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("\\b" + WEEKDAY + "\\b", FLAGS);
    private static final Pattern DEICTIC = Pattern.compile(
            "\\b(today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))(?:'s)?\\b", FLAGS);

    private DateFinder() {
    }

    /** The date expressions of a text, left to right, not overlapping; offsets shifted by {@code base}. */
    public static List<DateMention> find(String text, int base) {
        String t = Text.fold(text);
        List<DateMention> out = new ArrayList<>();
        boolean[] used = new boolean[t.length() + 1];
        iso(t, base, out, used);
        monthDay(MONTH_DAY, t, base, out, used, 1, 2, 3);
        monthDay(DAY_MONTH, t, base, out, used, 2, 1, 3);
        monthYear(t, base, out, used);
        inYear(t, base, out, used);
        relative(t, base, out, used);
        inMonth(t, base, out, used);
        deictic(t, base, out, used);
        weekdays(t, base, out, used);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private static void iso(String t, int base, List<DateMention> out, boolean[] used) {
        Matcher m = ISO.matcher(t);
        while (m.find()) {
            Optional<PartialDate> d = day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (d.isPresent() && claim(used, m)) {
                out.add(new DateMention(base + m.start(), base + m.end(), m.group(), d, 0, 0, Optional.empty(), "", ""));
            }
        }
    }

    private static void monthDay(Pattern p, String t, int base, List<DateMention> out, boolean[] used,
                                 int monthGroup, int dayGroup, int yearGroup) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            if (!capitalized(m.group(monthGroup)) || !free(used, m)) {
                continue;
            }
            int month = month(m.group(monthGroup));
            int day = Integer.parseInt(m.group(dayGroup));
            if (day < 1 || day > 31 || !validDay(month, day)) {
                continue;
            }
            Optional<PartialDate> abs = Optional.empty();
            if (m.group(yearGroup) != null) {
                abs = day(Integer.parseInt(m.group(yearGroup)), month, day);
                if (abs.isEmpty()) {
                    continue;
                }
            }
            claim(used, m);
            out.add(new DateMention(base + m.start(), base + m.end(), m.group(), abs, month, day, Optional.empty(), "", ""));
        }
    }

    private static void monthYear(String t, int base, List<DateMention> out, boolean[] used) {
        Matcher m = MONTH_YEAR.matcher(t);
        while (m.find()) {
            if (capitalized(m.group(1)) && claim(used, m)) {
                int month = month(m.group(1));
                out.add(new DateMention(base + m.start(), base + m.end(), m.group(),
                        Optional.of(PartialDate.ofMonth(Integer.parseInt(m.group(2)), month)), month, 0,
                        Optional.empty(), "", ""));
            }
        }
    }

    private static void inYear(String t, int base, List<DateMention> out, boolean[] used) {
        Matcher m = IN_YEAR.matcher(t);
        while (m.find()) {
            if (claim(used, m)) {
                out.add(new DateMention(base + m.start(), base + m.end(), m.group(),
                        Optional.of(PartialDate.ofYear(Integer.parseInt(m.group(1)))), 0, 0, Optional.empty(), "", ""));
            }
        }
    }

    private static void relative(String t, int base, List<DateMention> out, boolean[] used) {
        Matcher m = RELATIVE.matcher(t);
        while (m.find()) {
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            Optional<DayOfWeek> weekday = Optional.empty();
            if (m.group(3) != null) {
                if (!capitalized(m.group(3))) {
                    continue;
                }
                unit = "m" + month(m.group(3));
            } else if (m.group(4) != null) {
                weekday = Optional.of(DayOfWeek.valueOf(m.group(4).toUpperCase(Locale.ROOT)));
                unit = "weekday";
            }
            if (claim(used, m)) {
                out.add(new DateMention(base + m.start(), base + m.end(), m.group(), Optional.empty(), 0, 0, weekday,
                        m.group(1).toLowerCase(Locale.ROOT), unit));
            }
        }
    }

    private static void inMonth(String t, int base, List<DateMention> out, boolean[] used) {
        Matcher m = IN_MONTH.matcher(t);
        while (m.find()) {
            if (capitalized(m.group(1)) && claim(used, m)) {
                out.add(new DateMention(base + m.start(), base + m.end(), m.group(), Optional.empty(),
                        month(m.group(1)), 0, Optional.empty(), "in", "month"));
            }
        }
    }

    private static void deictic(String t, int base, List<DateMention> out, boolean[] used) {
        Matcher m = DEICTIC.matcher(t);
        while (m.find()) {
            if (claim(used, m)) {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                String shift = w.startsWith("this") || w.equals("tonight") ? "today" : w;
                out.add(new DateMention(base + m.start(), base + m.end(), m.group(), Optional.empty(), 0, 0,
                        Optional.empty(), shift, "day"));
            }
        }
    }

    private static void weekdays(String t, int base, List<DateMention> out, boolean[] used) {
        Matcher m = WEEKDAY_ALONE.matcher(t);
        while (m.find()) {
            if (capitalized(m.group(1)) && claim(used, m)) {
                out.add(new DateMention(base + m.start(), base + m.end(), m.group(), Optional.empty(), 0, 0,
                        Optional.of(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))), "", "weekday"));
            }
        }
    }

    /**
     * Resolves a date mention against the publication date. {@code future} says whether
     * the context speaks of what is to come (it decides "on Monday" and "in July").
     */
    public static Optional<PartialDate> resolve(DateMention d, Optional<LocalDate> published, boolean future) {
        if (d.absolute().isPresent()) {
            return d.absolute();
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate p = published.get();
        if (d.month() > 0 && d.day() > 0) {
            return day(nearestYear(p, d.month(), future), d.month(), d.day());
        }
        if (d.month() > 0) {
            return Optional.of(PartialDate.ofMonth(nearestYear(p, d.month(), future), d.month()));
        }
        return switch (d.unit()) {
            case "day" -> Optional.of(PartialDate.of(switch (d.shift()) {
                case "tomorrow" -> p.plusDays(1);
                case "yesterday" -> p.minusDays(1);
                default -> p;
            }));
            case "weekday" -> Optional.of(PartialDate.of(weekday(p, d.weekday().orElseThrow(), d.shift(), future)));
            case "week" -> Optional.of(monthOf(d.shift().equals("next") ? p.plusWeeks(1)
                    : d.shift().equals("last") || d.shift().equals("past") ? p.minusWeeks(1) : p));
            case "weekend" -> Optional.of(monthOf(p));
            case "month" -> Optional.of(monthOf(d.shift().equals("next") ? p.plusMonths(1)
                    : d.shift().equals("last") || d.shift().equals("past") ? p.minusMonths(1) : p));
            case "year" -> Optional.of(PartialDate.ofYear(d.shift().equals("next") ? p.getYear() + 1
                    : d.shift().equals("last") || d.shift().equals("past") ? p.getYear() - 1 : p.getYear()));
            default -> monthShift(d, p);
        };
    }

    private static Optional<PartialDate> monthShift(DateMention d, LocalDate p) {
        int month = Integer.parseInt(d.unit().substring(1));
        int year = switch (d.shift()) {
            case "last", "past" -> month < p.getMonthValue() ? p.getYear() : p.getYear() - 1;
            case "next", "coming" -> month > p.getMonthValue() ? p.getYear() : p.getYear() + 1;
            default -> p.getYear();
        };
        return Optional.of(PartialDate.ofMonth(year, month));
    }

    private static LocalDate weekday(LocalDate p, DayOfWeek w, String shift, boolean future) {
        int diff = w.getValue() - p.getDayOfWeek().getValue();
        boolean forward = switch (shift) {
            case "next", "coming" -> true;
            case "last", "past" -> false;
            case "this" -> diff >= 0 || future;
            default -> future;
        };
        if (forward) {
            int ahead = Math.floorMod(diff, 7);
            return p.plusDays(shift.equals("next") && ahead == 0 ? 7 : ahead);
        }
        int back = Math.floorMod(-diff, 7);
        return p.minusDays(shift.equals("last") && back == 0 ? 7 : back);
    }

    private static int nearestYear(LocalDate p, int month, boolean future) {
        if (future) {
            return month >= p.getMonthValue() ? p.getYear() : p.getYear() + 1;
        }
        return month <= p.getMonthValue() ? p.getYear() : p.getYear() - 1;
    }

    private static PartialDate monthOf(LocalDate d) {
        return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
    }

    static Optional<PartialDate> day(int year, int month, int day) {
        try {
            return Optional.of(PartialDate.of(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean validDay(int month, int day) {
        return day <= switch (month) {
            case 2 -> 29;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(m) + 1;
    }

    private static boolean capitalized(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    private static boolean free(boolean[] used, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean claim(boolean[] used, Matcher m) {
        if (!free(used, m)) {
            return false;
        }
        for (int i = m.start(); i < m.end(); i++) {
            used[i] = true;
        }
        return true;
    }
}
