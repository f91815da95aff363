package org.guidancedesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a reporting deadline falls due: once, every week on a weekday, or every month on a day.
 * Occurrences are computed from the rule, never stored, so a date that passed while the
 * program was closed still shows up (as overdue) at the next start.
 */
public sealed interface Recurrence {
    /** Guards against a rule that would list an unbounded number of dates. */
    int MAX_OCCURRENCES = 200;

    /** The due dates, in order, inside [from, until] (until defaults to the campaign's end). */
    List<LocalDate> dates(LocalDate campaignEnd);

    /** One date only. */
    record Once(LocalDate due) implements Recurrence {
        public Once {
            Objects.requireNonNull(due, "due");
        }

        @Override
        public List<LocalDate> dates(LocalDate campaignEnd) {
            return List.of(due);
        }
    }

    /** Every week on {@code day}, from {@code from} until {@code until} (or the campaign's end). */
    record Weekly(DayOfWeek day, LocalDate from, LocalDate until) implements Recurrence {
        public Weekly {
            Objects.requireNonNull(day, "day");
            checkRange(from, until);
        }

        @Override
        public List<LocalDate> dates(LocalDate campaignEnd) {
            LocalDate end = until != null ? until : campaignEnd;
            List<LocalDate> result = new ArrayList<>();
            for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(day)); !d.isAfter(end); d = d.plusWeeks(1)) {
                add(result, d);
            }
            return result;
        }
    }

    /**
     * Every month on {@code dayOfMonth} (the month's last day when it is shorter), from
     * {@code from} until {@code until} (or the campaign's end).
     */
    record Monthly(int dayOfMonth, LocalDate from, LocalDate until) implements Recurrence {
        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new ValidationException("deadline.dayOfMonth", "validation.dayOfMonth");
            }
            checkRange(from, until);
        }

        @Override
        public List<LocalDate> dates(LocalDate campaignEnd) {
            LocalDate end = until != null ? until : campaignEnd;
            List<LocalDate> result = new ArrayList<>();
            for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(end); m = m.plusMonths(1)) {
                LocalDate d = m.atDay(Math.min(dayOfMonth, m.lengthOfMonth()));
                if (!d.isBefore(from) && !d.isAfter(end)) {
                    add(result, d);
                }
            }
            return result;
        }
    }

    /** A repeating rule starts somewhere and does not end before it starts. */
    private static void checkRange(LocalDate from, LocalDate until) {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new ValidationException("deadline.until", "validation.endBeforeStart");
        }
    }

    private static void add(List<LocalDate> dates, LocalDate d) {
        if (dates.size() >= MAX_OCCURRENCES) {
            throw new ValidationException("deadline.recurrence", "validation.tooManyOccurrences", MAX_OCCURRENCES);
        }
        dates.add(d);
    }
}
