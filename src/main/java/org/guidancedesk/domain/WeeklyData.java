package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one week's sheet is built from, read in one snapshot: the checklist, the
 * reporting deadlines' occurrences, the items of both rectification ledgers, the week's notes,
 * the day the figures are counted up to ({@code asOf}: the week's Sunday for a past week,
 * today for the current one), the group's work log, its reviews of the units' documents, and
 * the ledger's decisions (延期, 退回) by item, oldest first, so an item can be shown as it stood
 * on a past day.
 */
public record WeeklyData(Checklist checklist, List<Occurrence> occurrences, List<Rectification> rectifications,
                         WeekNotes notes, Week week, LocalDate asOf, List<WorkEntry> work, List<Review> reviews,
                         Map<Long, List<ProgressNote>> ledgerDecisions) {
    public WeeklyData {
        ledgerDecisions = Map.copyOf(ledgerDecisions);
        work = List.copyOf(work);
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(checklist);
        occurrences = List.copyOf(occurrences);
        rectifications = List.copyOf(rectifications);
        Objects.requireNonNull(notes);
        Objects.requireNonNull(week);
        Objects.requireNonNull(asOf);
    }

    /** The item's decisions (延期, 退回), oldest first. */
    public List<ProgressNote> decisionsOf(Rectification r) {
        return ledgerDecisions.getOrDefault(r.id(), List.of());
    }

    /** The day figures are counted up to for a week, seen from today. */
    public static LocalDate asOf(Week week, LocalDate today) {
        return today.isAfter(week.sunday()) ? week.sunday() : today;
    }
}
