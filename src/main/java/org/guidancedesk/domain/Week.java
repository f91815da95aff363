package org.guidancedesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week, Monday to Sunday, written 2026-W48. */
public record Week(int year, int number) implements Comparable<Week> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public Week {
        LocalDate probe = LocalDate.of(year, 6, 1);
        long weeks = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (number < 1 || number > weeks) {
            throw new IllegalArgumentException(year + " has weeks 1 to " + weeks + ", not " + number);
        }
    }

    /** The week a day falls in. */
    public static Week of(LocalDate day) {
        return new Week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Parses 2026-W48; a malformed text or a week the year does not have is refused. */
    public static Week parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a week is written like 2026-W48, not \"" + text + "\"");
        }
        return new Week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(monday()) && !day.isAfter(sunday());
    }

    public Week next() {
        return of(monday().plusWeeks(1));
    }

    public Week previous() {
        return of(monday().minusWeeks(1));
    }

    @Override
    public int compareTo(Week other) {
        return monday().compareTo(other.monday());
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, number);
    }
}
