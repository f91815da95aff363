package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated thing to do, of any kind (a reporting deadline, a planned required action, a ledger
 * item, the group's own planned work, a reply awaited, a review's feedback or resubmission), with
 * its traffic light: what the overview and the {@code agenda} command list.
 *
 * @param unit the unit concerned, or "" for the group itself
 * @param liaison the unit's liaison as "李四 13800001111", or "" (see {@link Liaison})
 * @param work for the work log's items, the entry's kind (shown instead of the item's kind), else null
 */
public record AgendaItem(Kind kind, LocalDate date, String title, String unit, TrafficLight light, Ref ref,
                         String liaison, WorkKind work) {

    /**
     * The kinds of item, each from its own source; {@code FEEDBACK} is the group's own feedback
     * on a document received (审阅把关), {@code RESUBMIT} a unit's revised version awaited.
     */
    public enum Kind { DEADLINE, ACTION, LEDGER, WORK, REPLY, FEEDBACK, RESUBMIT }

    /** An item of one of the units' own kinds (not the work log's). */
    public AgendaItem(Kind kind, LocalDate date, String title, String unit, TrafficLight light, Ref ref, String liaison) {
        this(kind, date, title, unit, light, ref, liaison, null);
    }

    /**
     * Where the item lives, to open it there: a deadline's id and the occurrence's due date, an
     * action's id and its unit's ({@code null} for a group work item), a ledger item's id.
     */
    public record Ref(Kind kind, long id, Long unitId, LocalDate date) {}

    /** An item with no place to open (only its section). */
    public AgendaItem(Kind kind, LocalDate date, String title, String unit, TrafficLight light) {
        this(kind, date, title, unit, light, null, "");
    }

    /** An item whose unit has no liaison named. */
    public AgendaItem(Kind kind, LocalDate date, String title, String unit, TrafficLight light, Ref ref) {
        this(kind, date, title, unit, light, ref, "");
    }

    public AgendaItem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(date);
        Objects.requireNonNull(title);
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(light);
        liaison = liaison == null ? "" : liaison;
    }
}
