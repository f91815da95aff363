package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What happened for one (unit, action) pair, or for one group work item.
 *
 * @param planned     the planned date, or {@code null}
 * @param done        the date it was done; set exactly when the status is {@link ActionStatus#DONE}
 * @param attendeeIds the members of the group who attended
 */
public record ActionRecord(RecordKey key, ActionStatus status, LocalDate planned, LocalDate done,
                           Set<Long> attendeeIds, String note) {

    public ActionRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        attendeeIds = attendeeIds == null ? Set.of() : Set.copyOf(attendeeIds);
        note = Text.note("record.note", note);
        if (status == ActionStatus.DONE && done == null) {
            throw new ValidationException("record.done", "validation.doneDateRequired");
        }
        if (status != ActionStatus.DONE) {
            done = null;
        }
    }

    /** The record of a cell nobody has touched yet. */
    public static ActionRecord empty(RecordKey key) {
        return new ActionRecord(key, ActionStatus.NOT_SCHEDULED, null, null, Set.of(), "");
    }

    /** Whether this record holds nothing worth storing. */
    public boolean isEmpty() {
        return status == ActionStatus.NOT_SCHEDULED && planned == null && attendeeIds.isEmpty() && note.isEmpty();
    }

    /**
     * The tick: an unfinished cell becomes done today; a done cell goes back to scheduled
     * (if it has a planned date) or not scheduled. Attendance and note are kept.
     */
    public ActionRecord toggled(LocalDate today) {
        if (status == ActionStatus.DONE) {
            ActionStatus back = planned != null ? ActionStatus.SCHEDULED : ActionStatus.NOT_SCHEDULED;
            return new ActionRecord(key, back, planned, null, attendeeIds, note);
        }
        return new ActionRecord(key, ActionStatus.DONE, planned, today, attendeeIds, note);
    }

    /**
     * Done on a given day (a past event caught up on, or a tick's date corrected); planned
     * date, attendance and note are kept.
     */
    public ActionRecord doneOn(LocalDate day) {
        return new ActionRecord(key, ActionStatus.DONE, planned, day, attendeeIds, note);
    }

    /** Whether un-ticking would take back more than a tick: the cell records attendees or a note. */
    public boolean holdsDetails() {
        return !attendeeIds.isEmpty() || !note.isEmpty();
    }

    /**
     * The light of this cell in its unit's progress: green when done, the traffic light of
     * {@link #dueBy} when open, grey when exempt or not yet due by any date (nothing to judge).
     */
    public TrafficLight progressLight(RequiredAction action, LocalDate today, int warnDays) {
        if (status == ActionStatus.NOT_APPLICABLE) {
            return TrafficLight.GREY;
        }
        if (status == ActionStatus.DONE) {
            return TrafficLight.GREEN;
        }
        LocalDate due = dueBy(action);
        return due == null ? TrafficLight.GREY : TrafficLight.of(due, false, false, today, warnDays);
    }

    /**
     * Checks the rules of an entered record: dates within {@link DateRange}, and a done date
     * that does not lie in the future.
     */
    public void checkAgainst(LocalDate today) {
        DateRange.check("record.planned", planned);
        if (done != null) {
            checkDoneDate(done, today);
        }
    }

    /** A done date must lie within {@link DateRange} and not in the future. */
    public static void checkDoneDate(LocalDate done, LocalDate today) {
        DateRange.check("record.done", done);
        if (done.isAfter(today)) {
            throw new ValidationException("record.done", "validation.doneInFuture");
        }
    }

    /**
     * Overdue: not done and not exempt, and either its planned date or the action's due window
     * has passed.
     */
    public boolean isOverdue(RequiredAction action, LocalDate today) {
        if (status == ActionStatus.DONE || status == ActionStatus.NOT_APPLICABLE) {
            return false;
        }
        boolean plannedPassed = planned != null && planned.isBefore(today);
        boolean windowPassed = action.dueTo() != null && action.dueTo().isBefore(today);
        return plannedPassed || windowPassed;
    }

    /**
     * The date the record is due by: the earlier of its planned date and the end of the
     * action's due window, or {@code null} when it has neither. Its traffic light is taken from
     * this date, so the light agrees with {@link #isOverdue}.
     */
    public LocalDate dueBy(RequiredAction action) {
        LocalDate windowEnd = action.dueTo();
        if (planned == null) {
            return windowEnd;
        }
        return windowEnd == null || planned.isBefore(windowEnd) ? planned : windowEnd;
    }

    /** What the cell shows today. */
    public CellState state(RequiredAction action, LocalDate today) {
        if (isOverdue(action, today)) {
            return CellState.OVERDUE;
        }
        return switch (status) {
            case NOT_SCHEDULED -> CellState.NOT_SCHEDULED;
            case SCHEDULED -> CellState.SCHEDULED;
            case DONE -> CellState.DONE;
            case NOT_APPLICABLE -> CellState.NOT_APPLICABLE;
        };
    }

    /** Soft warnings (shown, never blocking): dates outside the campaign. Message keys. */
    public List<String> warnings(Group group) {
        List<String> result = new ArrayList<>();
        if (planned != null && !group.covers(planned)) {
            result.add("warning.plannedOutsideCampaign");
        }
        if (done != null && !group.covers(done)) {
            result.add("warning.doneOutsideCampaign");
        }
        return result;
    }
}
