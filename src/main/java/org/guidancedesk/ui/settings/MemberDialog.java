package org.guidancedesk.ui.settings;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.i18n.I18n;

/** Adds or edits a member: name, role, phone, duties. */
final class MemberDialog {
    private MemberDialog() {}

    /** Shows the dialog for a new member ({@code existing} null) or an existing one. */
    static void show(Node owner, I18n i18n, MembersViewModel vm, Member existing, Consumer<Member> onSaved) {
        FormDialog form = new FormDialog(owner, i18n,
                i18n.tr(existing == null ? "settings.member.addTitle" : "settings.member.editTitle"));

        TextField name = form.text(i18n.tr("field.member.name"), existing == null ? "" : existing.name(),
                "member.name");
        name.setPrefColumnCount(20);
        ChoiceBox<MemberRole> role = form.choice(i18n.tr("field.member.role"), MemberRole.class, "role",
                existing == null ? MemberRole.MEMBER : existing.role(), "member.role");

        TextField phone = form.text(i18n.tr("field.member.phone"), existing == null ? "" : existing.phone(),
                "member.phone");

        Map<Duty, CheckBox> boxes = new EnumMap<>(Duty.class);
        FlowPane duties = new FlowPane(12, 8);
        for (Duty d : Duty.values()) {
            CheckBox box = new CheckBox(i18n.tr("duty", d));
            box.setSelected(existing != null && existing.duties().contains(d));
            boxes.put(d, box);
            duties.getChildren().add(box);
        }
        form.row(i18n.tr("field.member.duties"), duties, null);

        form.showAndWait(name, attempt -> {
            Set<Duty> chosen = EnumSet.noneOf(Duty.class);
            boxes.forEach((d, box) -> {
                if (box.isSelected()) {
                    chosen.add(d);
                }
            });
            vm.save(existing, name.getText(), role.getValue(), chosen, phone.getText(), attempt.succeeded(onSaved),
                    attempt::refused);
        });
    }
}
