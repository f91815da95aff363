package org.guidancedesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a group work item repeats: every week on a weekday (每周三开展学习交流研讨) or every month
 * on a day (the month's last day when it is shorter). Its dates come from the same rules as a
 * reporting deadline's ({@link Recurrence}).
 *
 * @param day the weekday (1 Monday … 7 Sunday) or the day of the month (1 … 31)
 */
public record ItemRepeat(Every every, int day) {
    public enum Every { WEEK, MONTH }

    public ItemRepeat {
        Objects.requireNonNull(every, "every");
        if (every == Every.WEEK ? day < 1 || day > 7 : day < 1 || day > 31) {
            throw new ValidationException("action.repeat", every == Every.WEEK ? "validation.weekday" : "validation.dayOfMonth");
        }
    }

    public static ItemRepeat weekly(DayOfWeek d) {
        return new ItemRepeat(Every.WEEK, d.getValue());
    }

    public static ItemRepeat monthly(int dayOfMonth) {
        return new ItemRepeat(Every.MONTH, dayOfMonth);
    }

    /** The dates in [from, until]; none when until comes before from. */
    public List<LocalDate> dates(LocalDate from, LocalDate until) {
        if (until.isBefore(from)) {
            return List.of();
        }
        Recurrence rule = every == Every.WEEK ? new Recurrence.Weekly(DayOfWeek.of(day), from, until)
                : new Recurrence.Monthly(day, from, until);
        return rule.dates(until);
    }
}
