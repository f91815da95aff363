package org.guidancedesk.ui.settings;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.i18n.I18n;

/**
 * 规定动作目录: one scope at a time (各单位规定动作 / 本组工作事项), ordered by phase, with
 * add / edit / up / down / delete. Up and down stay inside the phase.
 */
final class CatalogView {
    private final TableTab<RequiredAction> tab;
    private final CatalogViewModel vm;
    private final I18n i18n;

    CatalogView(CatalogViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;

        ScopeToggles scopes = new ScopeToggles(vm.scopeProperty(), i18n.tr("scope", ActionScope.UNIT),
                i18n.tr("scope", ActionScope.GROUP), SettingsIds.CATALOG_SCOPE_UNIT, SettingsIds.CATALOG_SCOPE_GROUP);

        tab = new TableTab<>(i18n, SettingsIds.CATALOG_TABLE, i18n.tr("settings.catalog.empty"), vm.shown(), vm,
                action -> ActionDialog.show(view(), i18n, vm, action, action.scope(), this::select));
        TableColumn<RequiredAction, String> phase = Tables.textColumn(i18n.tr("field.action.phase"),
                a -> a.phase().name(), 90);
        TableColumn<RequiredAction, String> title = Tables.textColumn(i18n.tr("field.action.title"),
                RequiredAction::title, 340);
        TableColumn<RequiredAction, String> must = Tables.textColumn(i18n.tr("settings.column.mustAttend"),
                a -> a.mustAttend() ? i18n.tr("settings.action.mustAttendMark") : "", 72);
        must.getStyleClass().add(SettingsStyles.MUST_ATTEND);
        TableColumn<RequiredAction, String> due = Tables.textColumn(i18n.tr("settings.column.due"),
                vm::dueText, 160);
        TableColumn<RequiredAction, String> owner = Tables.textColumn(i18n.tr("field.action.owner"), vm::ownerName, 80);
        TableColumn<RequiredAction, String> repeat = Tables.textColumn(i18n.tr("field.action.repeat"),
                a -> org.guidancedesk.ui.RepeatText.of(i18n, a.repeat()), 80);
        tab.table().getColumns().setAll(List.of(phase, title, must, due));
        // 负责人 and 重复 are a group work item's: shown with the group's items only.
        Runnable columns = () -> {
            boolean group = vm.scopeProperty().get() == ActionScope.GROUP;
            // The group's own items are listed in areas (方面), not phases.
            phase.setText(i18n.tr(group ? "checklist.filter.area" : "field.action.phase"));
            tab.table().getColumns().setAll(group ? List.of(phase, title, owner, repeat, due) : List.of(phase, title, must, due));
        };
        vm.scopeProperty().addListener((o, was, is) -> columns.run());
        columns.run();

        Button up = tab.moveButton(-1, vm::canMove, vm::move, this::select);
        Button down = tab.moveButton(1, vm::canMove, vm::move, this::select);
        Tooltip withinPhase = new Tooltip(i18n.tr("settings.catalog.moveHint"));
        up.setTooltip(withinPhase);
        down.setTooltip(withinPhase);

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        CatalogFiles files = new CatalogFiles(vm, i18n);
        tab.layout(i18n.tr("settings.catalog.hint"), scopes.units(), scopes.group(), spacer,
                tab.addButton(SettingsIds.CATALOG_ADD, this::add), tab.editButton(), up, down, tab.deleteButton(),
                files.exportButton(), files.importButton());
    }

    private void add() {
        ActionDialog.show(view(), i18n, vm, null, vm.scopeProperty().get(), this::select);
    }

    /** Shows the action's scope if needed, then selects it. */
    private void select(RequiredAction action) {
        vm.scopeProperty().set(action.scope());
        Tables.select(tab.table(), RequiredAction::id, action.id());
    }

    Node view() {
        return tab.view();
    }
}
