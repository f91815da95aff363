package org.guidancedesk.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A member of the group, with a role and a set of duties. */
public record Member(long id, String name, MemberRole role, Set<Duty> duties, int sortOrder) {

    public Member {
        name = Text.requiredName("member.name", name);
        Objects.requireNonNull(role, "role");
        duties = duties == null || duties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(duties));
    }

    public Member withId(long newId) {
        return new Member(newId, name, role, duties, sortOrder);
    }
}
