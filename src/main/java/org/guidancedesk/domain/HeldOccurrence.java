package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One occurrence of a repeating group work item that was held (ticked): its due date and the day it took place. */
public record HeldOccurrence(long actionId, LocalDate due, LocalDate heldOn) {
    public HeldOccurrence {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(heldOn, "heldOn");
    }

    /**
     * Ticked today: held on its own day when that has come (the weekly study took place as
     * planned, the tick is only written later), else today (held early).
     */
    public static HeldOccurrence tickedOn(long actionId, LocalDate due, LocalDate today) {
        return new HeldOccurrence(actionId, due, due.isAfter(today) ? today : due);
    }
}
