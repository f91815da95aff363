package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a ledger item stands, without its texts but the problem: what 总览 counts and lists
 * (its figures per unit, this week's items). The large group's overview read all 20,000 items
 * whole, each text checked, for these six fields.
 *
 * @param due        the due date in force, or {@code null}
 * @param finishedOn the day it was completed (else verified), or {@code null}
 */
public record LedgerState(long id, long unitId, RectificationStatus status, LocalDate due, LocalDate finishedOn,
                          String problem) {
    public LedgerState {
        Objects.requireNonNull(status, "status");
        problem = problem == null ? "" : problem;
    }

    /** Green when settled, else the light of its due date. */
    public TrafficLight light(LocalDate today, int warnDays) {
        return light(due, status, today, warnDays);
    }

    /** An item's light from its due date and status: one rule for the item whole and for its state. */
    static TrafficLight light(LocalDate due, RectificationStatus status, LocalDate today, int warnDays) {
        return TrafficLight.of(due, status.settled(), false, today, warnDays);
    }

    /** Past its due date and not settled. */
    public boolean overdue(LocalDate today) {
        return light(today, 0) == TrafficLight.RED;
    }
}
