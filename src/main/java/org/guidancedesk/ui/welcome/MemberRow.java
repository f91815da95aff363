package org.guidancedesk.ui.welcome;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;

/** One member typed in the wizard's third step: a name, a role and the duties ticked. */
final class MemberRow {
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<MemberRole> role = new SimpleObjectProperty<>(MemberRole.MEMBER);
    final Map<Duty, BooleanProperty> duties = new EnumMap<>(Duty.class);

    MemberRow() {
        for (Duty d : Duty.values()) {
            duties.put(d, new SimpleBooleanProperty(false));
        }
    }

    boolean blank() {
        return name.get() == null || name.get().isBlank();
    }

    Member member() {
        Set<Duty> ticked = EnumSet.noneOf(Duty.class);
        duties.forEach((d, on) -> {
            if (on.get()) {
                ticked.add(d);
            }
        });
        return new Member(0, name.get(), role.get(), ticked, 0);
    }
}
