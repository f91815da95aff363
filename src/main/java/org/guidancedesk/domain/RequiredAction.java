package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A required action (规定动作) every unit carries out, or a work item (工作事项) of the group
 * itself, depending on {@link #scope()}.
 *
 * @param phase   the phase (or, for a group work item, the area) it is listed under, of its own scope
 * @param dueFrom first day of the optional due window, or {@code null}
 * @param dueTo   last day of the optional due window, or {@code null}
 * @param ownerId the member who looks after a group work item (负责人), or {@code null}
 * @param repeat  how a group work item repeats (its occurrences fall inside the due window, else
 *                the campaign), or {@code null} for one done once
 */
public record RequiredAction(long id, String title, Phase phase, boolean mustAttend,
                             LocalDate dueFrom, LocalDate dueTo, ActionScope scope, int sortOrder,
                             Long ownerId, ItemRepeat repeat) {

    public RequiredAction {
        title = Text.requiredName("action.title", title);
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(scope, "scope");
        if (phase.scope() != scope) {
            throw new ValidationException("action.phase", "validation.phaseOfOtherScope", phase.name());
        }
        if (dueFrom != null && dueTo != null && dueTo.isBefore(dueFrom)) {
            throw new ValidationException("action.dueTo", "validation.endBeforeStart");
        }
        if (scope == ActionScope.UNIT && (ownerId != null || repeat != null)) {
            throw new IllegalArgumentException("a unit's required action has no owner and does not repeat");
        }
    }

    /** An action or item without owner, done once. */
    public RequiredAction(long id, String title, Phase phase, boolean mustAttend,
                          LocalDate dueFrom, LocalDate dueTo, ActionScope scope, int sortOrder) {
        this(id, title, phase, mustAttend, dueFrom, dueTo, scope, sortOrder, null, null);
    }

    public RequiredAction withId(long newId) {
        return new RequiredAction(newId, title, phase, mustAttend, dueFrom, dueTo, scope, sortOrder, ownerId, repeat);
    }

    /** The same action listed under another phase of its scope. */
    public RequiredAction withPhase(Phase newPhase) {
        return new RequiredAction(id, title, newPhase, mustAttend, dueFrom, dueTo, scope, sortOrder, ownerId, repeat);
    }

    /** The same action with another due window. */
    public RequiredAction withDue(LocalDate from, LocalDate to) {
        return new RequiredAction(id, title, phase, mustAttend, from, to, scope, sortOrder, ownerId, repeat);
    }

    /** The same group work item with another owner and repeat rule. */
    public RequiredAction withPlan(Long newOwnerId, ItemRepeat newRepeat) {
        return new RequiredAction(id, title, phase, mustAttend, dueFrom, dueTo, scope, sortOrder, newOwnerId, newRepeat);
    }

    /** Done again and again (每周 …), its occurrences ticked one by one. */
    public boolean repeats() {
        return repeat != null;
    }
}
