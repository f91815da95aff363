package org.guidancedesk.ui.settings;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.guidancedesk.domain.Member;
import org.guidancedesk.i18n.I18n;

/**
 * 成员: the members in a table with add / edit / delete. Members have no stored order of
 * their own to change yet, so there is no up / down here.
 */
final class MembersView {
    private final TableTab<Member> tab;
    private final MembersViewModel vm;
    private final I18n i18n;

    MembersView(MembersViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        tab = new TableTab<>(i18n, SettingsIds.MEMBERS_TABLE, i18n.tr("settings.members.empty"), vm.members(), vm,
                member -> MemberDialog.show(view(), i18n, vm, member, this::select));
        TableView<Member> table = tab.table();
        TableColumn<Member, String> name = Tables.textColumn(i18n.tr("field.member.name"), Member::name, 160);
        TableColumn<Member, String> role = Tables.textColumn(i18n.tr("field.member.role"),
                m -> i18n.tr("role", m.role()), 100);
        TableColumn<Member, String> secretary = Tables.textColumn(i18n.tr("settings.members.secretaryColumn"),
                m -> vm.isSecretary(m) ? i18n.tr("settings.members.secretaryMark") : "", 80);
        TableColumn<Member, String> phone = Tables.textColumn(i18n.tr("field.member.phone"), Member::phone, 130);
        TableColumn<Member, String> duties = Tables.textColumn(i18n.tr("field.member.duties"), vm::dutiesText, 240);
        table.getColumns().setAll(List.of(name, role, secretary, phone, duties));
        // The mark column depends on the group's secretary, read with the list.
        vm.secretaryIdProperty().addListener((obs, was, is) -> table.refresh());

        tab.layout(i18n.tr("settings.members.hint"),
                tab.addButton(SettingsIds.MEMBERS_ADD, this::add), tab.editButton(), tab.deleteButton());
    }

    private void add() {
        MemberDialog.show(view(), i18n, vm, null, this::select);
    }

    private void select(Member member) {
        Tables.select(tab.table(), Member::id, member.id());
    }

    Node view() {
        return tab.view();
    }
}
