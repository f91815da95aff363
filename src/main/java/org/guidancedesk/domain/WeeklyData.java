package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one week's sheet is built from, read in one snapshot: the checklist, the
 * reporting deadlines' occurrences, the items of both rectification ledgers, the week's notes,
 * the day the figures are counted up to ({@code asOf}: the week's Sunday for a past week,
 * today for the current one), the group's work log and its reviews of the units' documents.
 */
public record WeeklyData(Checklist checklist, List<Occurrence> occurrences, List<Rectification> rectifications,
                         WeekNotes notes, Week week, LocalDate asOf, List<WorkEntry> work, List<Review> reviews) {
    public WeeklyData {
        work = List.copyOf(work);
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(checklist);
        occurrences = List.copyOf(occurrences);
        rectifications = List.copyOf(rectifications);
        Objects.requireNonNull(notes);
        Objects.requireNonNull(week);
        Objects.requireNonNull(asOf);
    }

    /** The day figures are counted up to for a week, seen from today. */
    public static LocalDate asOf(Week week, LocalDate today) {
        return today.isAfter(week.sunday()) ? week.sunday() : today;
    }
}
