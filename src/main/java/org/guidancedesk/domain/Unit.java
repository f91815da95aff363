package org.guidancedesk.domain;

import java.util.Objects;

/** An assigned unit (联系单位 / 被指导单位). */
public record Unit(long id, String name, UnitKind kind, String contact, String phone, int sortOrder) {

    public Unit {
        name = Text.requiredName("unit.name", name);
        Objects.requireNonNull(kind, "kind");
        contact = Text.optional("unit.contact", contact);
        phone = Text.optional("unit.phone", phone);
    }

    public Unit withId(long newId) {
        return new Unit(newId, name, kind, contact, phone, sortOrder);
    }
}
