package org.guidancedesk.domain;

import java.time.LocalDate;

/**
 * 红黄绿灯, one rule for every kind of dated item: red = past due and not done; yellow = due
 * today or within the warning days; green = done, or due later; grey = not applicable. The
 * UI always shows a symbol or word with the colour.
 */
public enum TrafficLight {
    RED, YELLOW, GREEN, GREY;

    /** The default warning window, in days (a setting). */
    public static final int DEFAULT_WARN_DAYS = 3;

    /**
     * @param due      the due date, or {@code null} for an item with none (green unless done or exempt)
     * @param warnDays how many days ahead "due soon" starts (0 = only today)
     */
    public static TrafficLight of(LocalDate due, boolean done, boolean notApplicable, LocalDate today, int warnDays) {
        if (notApplicable) {
            return GREY;
        }
        if (done || due == null) {
            return GREEN;
        }
        if (due.isBefore(today)) {
            return RED;
        }
        return due.isAfter(today.plusDays(Math.max(0, warnDays))) ? GREEN : YELLOW;
    }

    /**
     * The light of a whole (a unit's progress, the overall figure): red if any part is red,
     * else yellow if any is yellow, else green if any is green; grey when no part has anything
     * to judge yet. What is behind its dates is never green, however much else is done.
     */
    public static TrafficLight worstOf(Iterable<TrafficLight> parts) {
        TrafficLight result = GREY;
        for (TrafficLight l : parts) {
            if (l.severity() > result.severity()) {
                result = l;
            }
        }
        return result;
    }

    private int severity() {
        return switch (this) {
            case RED -> 3;
            case YELLOW -> 2;
            case GREEN -> 1;
            case GREY -> 0;
        };
    }
}
