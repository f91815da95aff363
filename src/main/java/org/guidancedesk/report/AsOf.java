package org.guidancedesk.report;

import java.time.LocalDate;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.RequiredAction;

/**
 * A record as it stood on a past day: a tick made after that day did not exist yet, so a
 * week's sheet printed later shows the same figures as on its Sunday.
 */
final class AsOf {
    private AsOf() {}

    static ActionStatus status(ActionRecord r, LocalDate day) {
        if (r.status() == ActionStatus.DONE && r.done().isAfter(day)) {
            return r.planned() != null ? ActionStatus.SCHEDULED : ActionStatus.NOT_SCHEDULED;
        }
        return r.status();
    }

    static boolean doneBy(ActionRecord r, LocalDate day) {
        return status(r, day) == ActionStatus.DONE;
    }

    static boolean overdue(ActionRecord r, RequiredAction action, LocalDate day) {
        ActionStatus status = status(r, day);
        if (status == ActionStatus.DONE || status == ActionStatus.NOT_APPLICABLE) {
            return false;
        }
        ActionRecord then = new ActionRecord(r.key(), status, r.planned(), null, r.attendeeIds(), r.note());
        return then.state(action, day) == CellState.OVERDUE;
    }

    /**
     * A ledger item as it stood at the end of a past day, or {@code null} when it was filed
     * later: finished (completed or closed) after that day, it was still in progress then;
     * closed after that day but completed by it, it was completed then.
     */
    static Rectification rectification(Rectification r, LocalDate day) {
        if (r.createdOn().isAfter(day)) {
            return null;
        }
        LocalDate finished = r.finishedOn();
        if (r.status().completed() && finished != null && finished.isAfter(day)) {
            return r.toBuilder().rawStatus(RectificationStatus.IN_PROGRESS).completedOn(null).verifiedOn(null)
                    .verifiedBy("").build();
        }
        if (r.status() == RectificationStatus.CLOSED && r.verifiedOn() != null && r.verifiedOn().isAfter(day)) {
            return r.toBuilder().rawStatus(RectificationStatus.COMPLETED).verifiedOn(null).verifiedBy("").build();
        }
        return r;
    }
}
