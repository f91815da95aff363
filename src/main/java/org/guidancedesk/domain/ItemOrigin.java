package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a ledger item came from when the group raised it itself: a finding of a work-log entry
 * (its kind and day) or a point of a review's feedback (the document, the round, the day). The
 * other side of the link those sections show as the item's serial and state.
 */
public sealed interface ItemOrigin {
    LocalDate on();

    record Finding(LocalDate on, WorkKind kind) implements ItemOrigin {
        public Finding {
            Objects.requireNonNull(on);
            Objects.requireNonNull(kind);
        }
    }

    record ReviewPoint(LocalDate on, String document, int round) implements ItemOrigin {
        public ReviewPoint {
            Objects.requireNonNull(on);
            Objects.requireNonNull(document);
        }
    }
}
