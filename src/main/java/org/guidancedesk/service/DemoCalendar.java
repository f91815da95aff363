package org.guidancedesk.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * The days of a demo campaign: its start (a Monday), its end and the demo's today, counted in
 * campaign weeks, and random days between two dates drawn from the demo's one {@link Random}.
 */
record DemoCalendar(LocalDate start, LocalDate end, LocalDate today) {

    /** The given weekday (1 = Monday) of the given campaign week (1 = the start's week). */
    LocalDate day(int week, int weekday) {
        return start.plusDays((week - 1) * 7L + weekday - 1);
    }

    /** The campaign week a day falls in. */
    int week(LocalDate date) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, date), 7) + 1;
    }

    /** A day from {@code from} to {@code to}, both included ({@code from} when they are the wrong way round). */
    static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    /** A working day from {@code from} to {@code to}: a weekend day drawn moves to the Friday before, not before {@code from}. */
    static LocalDate workday(Random random, LocalDate from, LocalDate to) {
        LocalDate d = between(random, from, to);
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            d = d.minusDays(1);
        } else if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(2);
        }
        return d.isBefore(from) ? from : d;
    }

    /** The later of two days. */
    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The earlier of two days. */
    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
