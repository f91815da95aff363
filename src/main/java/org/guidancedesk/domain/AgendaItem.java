package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated thing to do, of any kind (a reporting deadline, a planned required action, later
 * a ledger item), with its traffic light: what the overview and the {@code agenda} command list.
 *
 * @param unit the unit concerned, or "" for the group itself
 */
public record AgendaItem(Kind kind, LocalDate date, String title, String unit, TrafficLight light) {

    /** The kinds of item, each from its own source. */
    public enum Kind { DEADLINE, ACTION, LEDGER }

    public AgendaItem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(date);
        Objects.requireNonNull(title);
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(light);
    }
}
