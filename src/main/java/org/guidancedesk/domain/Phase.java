package org.guidancedesk.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * A heading of the catalogue, kept in the file: for {@link ActionScope#UNIT} one of the
 * campaign's phases (学习教育, 调查研究 … in 2019; 学党史、悟思想、办实事、开新局 in 2021), which
 * the checklist groups every unit's required actions by and the weekly sheet counts them by;
 * for {@link ActionScope#GROUP} an area (方面) of the group's own work items. The name is data,
 * in Chinese, like the actions' titles.
 *
 * @param code      the template's key of the phase ({@code STUDY} …), "" for one the user added
 * @param sortOrder its place among the phases of its scope
 */
public record Phase(long id, ActionScope scope, String code, String name, int sortOrder) {
    /** The order every list shows the phases of one scope in. */
    public static final Comparator<Phase> ORDER = Comparator.comparingInt(Phase::sortOrder).thenComparingLong(Phase::id);

    public Phase {
        Objects.requireNonNull(scope, "scope");
        code = Text.optional("phase.code", code);
        name = Text.requiredName("phase.name", name);
    }

    /** A new phase (no id yet) of the scope, placed after the others when stored. */
    public static Phase draft(ActionScope scope, String name) {
        return new Phase(0, scope, "", name, 0);
    }

    public Phase withId(long newId) {
        return new Phase(newId, scope, code, name, sortOrder);
    }

    public Phase withName(String newName) {
        return new Phase(id, scope, code, newName, sortOrder);
    }
}
