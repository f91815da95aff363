package org.guidancedesk.report;

import java.time.LocalDate;
import java.util.List;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.LedgerDecision;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ValidationException;

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
     * later: the decisions taken after that day undone (an extension's due date, a send-back's
     * completion); then, finished (completed or closed) after that day, it was still in progress
     * then; closed after that day but completed by it, it was completed then.
     *
     * @param decisions the item's 延期 and 退回, oldest first
     */
    static Rectification rectification(Rectification r, LocalDate day, List<ProgressNote> decisions) {
        if (r.createdOn().isAfter(day)) {
            return null;
        }
        Rectification then = beforeDecisionsAfter(r, day, decisions);
        LocalDate finished = then.finishedOn();
        if (then.status().completed() && finished != null && finished.isAfter(day)) {
            return then.toBuilder().rawStatus(RectificationStatus.IN_PROGRESS).completedOn(null).verifiedOn(null)
                    .verifiedBy("").build();
        }
        if (then.status() == RectificationStatus.CLOSED && then.verifiedOn() != null && then.verifiedOn().isAfter(day)) {
            return then.toBuilder().rawStatus(RectificationStatus.COMPLETED).verifiedOn(null).verifiedBy("").build();
        }
        return then;
    }

    /**
     * The item before the decisions dated after the day, the newest undone first. An item edited
     * since so that its earlier state no longer holds together is taken as it is now.
     */
    private static Rectification beforeDecisionsAfter(Rectification r, LocalDate day, List<ProgressNote> decisions) {
        Rectification then = r;
        int kept = decisions.size();
        try {
            while (kept > 0 && decisions.get(kept - 1).on().isAfter(day)) {
                ProgressNote n = decisions.get(--kept);
                if (n.extension() != null) {
                    // Not yet extended then, unless an earlier extension was already in force.
                    boolean earlier = decisions.subList(0, kept).stream().anyMatch(d -> d.extension() != null);
                    then = then.toBuilder().due(n.extension().from()).originalDue(earlier ? then.originalDue() : null)
                            .build();
                } else if (n.sendBack() != null) {
                    LedgerDecision.SendBack s = n.sendBack();
                    then = then.toBuilder().rawStatus(s.status()).completedOn(s.completedOn()).verifiedOn(s.verifiedOn())
                            .verifiedBy(s.verifiedBy()).build();
                }
            }
            return then;
        } catch (ValidationException e) {
            return r;
        }
    }
}
