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
 */
public record RequiredAction(long id, String title, Phase phase, boolean mustAttend,
                             LocalDate dueFrom, LocalDate dueTo, ActionScope scope, int sortOrder) {

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
    }

    public RequiredAction withId(long newId) {
        return new RequiredAction(newId, title, phase, mustAttend, dueFrom, dueTo, scope, sortOrder);
    }

    /** The same action listed under another phase of its scope. */
    public RequiredAction withPhase(Phase newPhase) {
        return new RequiredAction(id, title, newPhase, mustAttend, dueFrom, dueTo, scope, sortOrder);
    }

    /** The same action with another due window. */
    public RequiredAction withDue(LocalDate from, LocalDate to) {
        return new RequiredAction(id, title, phase, mustAttend, from, to, scope, sortOrder);
    }
}
