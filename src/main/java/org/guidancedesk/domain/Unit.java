package org.guidancedesk.domain;

import java.util.Objects;

/**
 * An assigned unit (联系单位 / 被指导单位).
 *
 * @param liaisonId the group's member who liaises with the unit (联络人), or {@code null}
 */
public record Unit(long id, String name, UnitKind kind, String contact, String phone, int sortOrder, Long liaisonId) {

    public Unit {
        name = Text.requiredName("unit.name", name);
        Objects.requireNonNull(kind, "kind");
        contact = Text.optional("unit.contact", contact);
        phone = Text.optional("unit.phone", phone);
    }

    /** A unit with no liaison. */
    public Unit(long id, String name, UnitKind kind, String contact, String phone, int sortOrder) {
        this(id, name, kind, contact, phone, sortOrder, null);
    }

    public Unit withId(long newId) {
        return new Unit(newId, name, kind, contact, phone, sortOrder, liaisonId);
    }

    public Unit withLiaison(Long memberId) {
        return new Unit(id, name, kind, contact, phone, sortOrder, memberId);
    }
}
