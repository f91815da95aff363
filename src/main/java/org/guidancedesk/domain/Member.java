package org.guidancedesk.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A member of the group, with a role, a set of duties and a phone number ("" when none). */
public record Member(long id, String name, MemberRole role, Set<Duty> duties, int sortOrder, String phone) {

    public Member {
        name = Text.requiredName("member.name", name);
        Objects.requireNonNull(role, "role");
        duties = duties == null || duties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(duties));
        phone = Text.optional("member.phone", phone);
    }

    /** A member without a phone number. */
    public Member(long id, String name, MemberRole role, Set<Duty> duties, int sortOrder) {
        this(id, name, role, duties, sortOrder, "");
    }

    public Member withId(long newId) {
        return new Member(newId, name, role, duties, sortOrder, phone);
    }
}
