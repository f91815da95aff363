package org.guidancedesk.domain;

import java.util.List;
import java.util.Optional;

/** A unit's liaison (联络人): the member of the group named on the unit, said as "李四 13800001111". */
public final class Liaison {
    private Liaison() {}

    /** The unit's liaison among {@code members}, or empty when it has none (or they were removed). */
    public static Optional<Member> of(Unit unit, List<Member> members) {
        if (unit == null || unit.liaisonId() == null) {
            return Optional.empty();
        }
        return members.stream().filter(m -> m.id() == unit.liaisonId()).findFirst();
    }

    /** "李四 13800001111", "李四" without a phone, "" when the unit has no liaison. */
    public static String text(Unit unit, List<Member> members) {
        return of(unit, members).map(Liaison::text).orElse("");
    }

    public static String text(Member m) {
        return m.phone().isEmpty() ? m.name() : m.name() + " " + m.phone();
    }
}
