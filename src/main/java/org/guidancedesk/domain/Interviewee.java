package org.guidancedesk.domain;

import java.util.Objects;

/**
 * One row of the people talked to in a talk or interview: a named person, or a number of
 * people of one rank (分组访谈 of 12 中层干部). The name is internal (内部): it never leaves the
 * file unless asked for explicitly.
 *
 * @param name     optional; a named row is one person, and the same name in the same unit
 *                 counts once however often the person is talked to
 * @param unitId   the unit the person belongs to; the figures count distinct units by it
 * @param position optional 职务
 * @param count    how many people the row stands for, 1 for a named person
 */
public record Interviewee(String name, long unitId, String position, PersonLevel level, int count) {
    /** More people in one row than any group interview has (a typo of 1000 for 10 is caught). */
    public static final int MAX_COUNT = 500;

    public Interviewee {
        Objects.requireNonNull(level, "level");
        name = Text.optional("interviewee.name", name);
        position = Text.optional("interviewee.position", position);
        if (count < 1 || count > MAX_COUNT) {
            throw new ValidationException("interviewee.count", "validation.countRange", 1, MAX_COUNT);
        }
        if (!name.isEmpty() && count != 1) {
            throw new ValidationException("interviewee.count", "validation.namedIsOne");
        }
    }

    /** A named person: counted once however often talked to. */
    public boolean named() {
        return !name.isEmpty();
    }
}
