package org.guidancedesk.report;

import java.time.LocalDate;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.CellState;
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
}
