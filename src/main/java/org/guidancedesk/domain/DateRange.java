package org.guidancedesk.domain;

import java.time.LocalDate;

/**
 * The dates the program accepts wherever a date enters (typed, imported, on the command
 * line): 2000-01-01 to 2100-12-31. A campaign's dates lie well inside; 0001-01-01 or year
 * 999999999 is a typing or file error, refused with the field it was found in.
 */
public final class DateRange {
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private DateRange() {}

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** The date unchanged (null allowed), or a refusal naming the field. */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && !contains(date)) {
            throw new ValidationException(field, "validation.dateOutOfRange", date.toString(), FIRST.getYear(),
                    LAST.getYear());
        }
        return date;
    }
}
