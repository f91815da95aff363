package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the group decided about a ledger item, kept as a line of its progress history
 * ({@link ProgressNote#decision()}): the line's date is the day of the decision, its text the
 * reason.
 */
public sealed interface LedgerDecision {
    /**
     * 延期: the due date moved from {@code from} to the later {@code to}, approved by
     * {@code approvedBy} (free text: 组长 王建国).
     */
    record Extension(LocalDate from, LocalDate to, String approvedBy) implements LedgerDecision {
        public Extension {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            approvedBy = Text.requiredName("extension.approvedBy", approvedBy);
            if (!to.isAfter(from)) {
                throw new ValidationException("extension.due", "validation.extensionNotLater", from);
            }
        }
    }

    /**
     * 退回: a completion the group did not accept; the item went back to 整改中. Holds what it
     * took back (the status and its dates), so the item can be shown as it stood before.
     */
    record SendBack(RectificationStatus status, LocalDate completedOn, LocalDate verifiedOn, String verifiedBy)
            implements LedgerDecision {
        public SendBack {
            Objects.requireNonNull(status, "status");
            if (!status.completed()) {
                throw new ValidationException("rectification.status", "validation.sendBackNeedsCompletion");
            }
            verifiedBy = Text.optional("rectification.verifiedBy", verifiedBy);
        }

        /** What an item sent back took back: its status and dates. */
        public static SendBack of(Rectification r) {
            return new SendBack(r.status(), r.completedOn(), r.verifiedOn(), r.verifiedBy());
        }
    }
}
