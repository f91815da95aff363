package org.guidancedesk.domain;

import java.util.Objects;

/**
 * One of a unit's 主要负责同志 or 班子成员, in 设置: the coverage of talks is counted against
 * them ("班子成员谈话 9/11") and a talk's people can be picked from them.
 */
public record RosterPerson(long id, long unitId, String name, String position, PersonLevel level, int sortOrder) {
    public RosterPerson {
        Objects.requireNonNull(level, "level");
        name = Text.requiredName("roster.name", name);
        position = Text.optional("roster.position", position);
        if (level != PersonLevel.HEAD && level != PersonLevel.LEADERSHIP) {
            throw new ValidationException("roster.level", "validation.rosterLevel");
        }
    }
}
