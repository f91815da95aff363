package org.guidancedesk.ui.settings;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.Member;
import org.guidancedesk.i18n.I18n;

/**
 * 成员: the members in a table with add / edit / delete. Members have no stored order of
 * their own to change yet, so there is no up / down here.
 */
final class MembersView {
    private final VBox root = new VBox(10);
    private final TableView<Member> table = new TableView<>();
    private final MembersViewModel vm;
    private final I18n i18n;

    MembersView(MembersViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        table.setId(SettingsIds.MEMBERS_TABLE);
        table.setItems(vm.members());
        table.setPlaceholder(new Label(i18n.tr("settings.members.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Member, String> name = Tables.textColumn(i18n.tr("field.member.name"), Member::name, 160);
        TableColumn<Member, String> role = Tables.textColumn(i18n.tr("field.member.role"),
                m -> i18n.tr("role", m.role()), 100);
        TableColumn<Member, String> secretary = Tables.textColumn(i18n.tr("settings.members.secretaryColumn"),
                m -> vm.isSecretary(m) ? i18n.tr("settings.members.secretaryMark") : "", 80);
        TableColumn<Member, String> duties = Tables.textColumn(i18n.tr("field.member.duties"), vm::dutiesText, 240);
        table.getColumns().setAll(java.util.List.of(name, role, secretary, duties));
        // The mark column depends on the group's secretary, read with the list.
        vm.secretaryIdProperty().addListener((obs, was, is) -> table.refresh());
        Tables.keys(table, this::edit, this::delete);

        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button add = Tables.button(i18n.tr("settings.button.add"), this::add);
        add.setId(SettingsIds.MEMBERS_ADD);
        Button edit = Tables.button(i18n.tr("settings.button.edit"),
                () -> edit(table.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(none);
        Button delete = Tables.button(i18n.tr("settings.button.delete"),
                () -> delete(table.getSelectionModel().getSelectedItem()));
        delete.disableProperty().bind(none);
        HBox toolbar = new HBox(8, add, edit, delete);
        toolbar.getStyleClass().add(SettingsStyles.TOOLBAR);

        Label hint = new Label(i18n.tr("settings.members.hint"));
        hint.getStyleClass().add(SettingsStyles.HINT);
        hint.setWrapText(true);

        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(toolbar, table, hint);
        root.setPadding(new Insets(16));
    }

    private void add() {
        MemberDialog.show(root, i18n, vm, null, this::select);
    }

    private void edit(Member member) {
        if (member != null) {
            MemberDialog.show(root, i18n, vm, member, this::select);
        }
    }

    private void delete(Member member) {
        if (member == null) {
            return;
        }
        vm.removal(member, removal -> Confirm.removal(root, i18n, removal,
                () -> vm.remove(member, table::requestFocus)));
    }

    private void select(Member member) {
        Tables.select(table, Member::id, member.id());
    }

    Node view() {
        return root;
    }
}
