package org.guidancedesk.ui.settings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.i18n.I18n;

/**
 * 规定动作目录: one scope at a time (各单位规定动作 / 本组工作事项), ordered by phase, with
 * add / edit / up / down / delete. Up and down stay inside the phase.
 */
final class CatalogView {
    private final VBox root = new VBox(10);
    private final TableView<RequiredAction> table = new TableView<>();
    private final CatalogViewModel vm;
    private final I18n i18n;

    CatalogView(CatalogViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;

        ToggleGroup scopes = new ToggleGroup();
        ToggleButton units = scopeButton(ActionScope.UNIT, SettingsIds.CATALOG_SCOPE_UNIT, scopes);
        ToggleButton group = scopeButton(ActionScope.GROUP, SettingsIds.CATALOG_SCOPE_GROUP, scopes);
        scopes.selectToggle(vm.scopeProperty().get() == ActionScope.GROUP ? group : units);
        scopes.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is == null) {
                scopes.selectToggle(was); // one scope is always shown
            } else {
                vm.scopeProperty().set((ActionScope) is.getUserData());
            }
        });
        vm.scopeProperty().addListener((obs, was, is) -> scopes.selectToggle(is == ActionScope.GROUP ? group : units));

        table.setId(SettingsIds.CATALOG_TABLE);
        table.setItems(vm.shown());
        table.setPlaceholder(new Label(i18n.tr("settings.catalog.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RequiredAction, String> phase = Tables.textColumn(i18n.tr("field.action.phase"),
                a -> i18n.tr("phase", a.phase()), 90);
        TableColumn<RequiredAction, String> title = Tables.textColumn(i18n.tr("field.action.title"),
                RequiredAction::title, 340);
        TableColumn<RequiredAction, String> must = Tables.textColumn(i18n.tr("settings.column.mustAttend"),
                a -> a.mustAttend() ? i18n.tr("settings.action.mustAttendMark") : "", 72);
        must.getStyleClass().add(SettingsStyles.MUST_ATTEND);
        TableColumn<RequiredAction, String> due = Tables.textColumn(i18n.tr("settings.column.due"),
                vm::dueText, 160);
        table.getColumns().setAll(List.of(phase, title, must, due));
        Tables.keys(table, this::edit, this::delete);

        var selected = table.getSelectionModel().selectedItemProperty();
        BooleanBinding none = selected.isNull();
        Button add = Tables.button(i18n.tr("settings.button.add"), this::add);
        add.setId(SettingsIds.CATALOG_ADD);
        Button edit = Tables.button(i18n.tr("settings.button.edit"), () -> edit(selected.get()));
        edit.disableProperty().bind(none);
        Button up = Tables.button(i18n.tr("settings.button.up"), () -> move(selected.get(), -1));
        up.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canMove(selected.get(), -1),
                selected, vm.shown()));
        Button down = Tables.button(i18n.tr("settings.button.down"), () -> move(selected.get(), 1));
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canMove(selected.get(), 1),
                selected, vm.shown()));
        Tooltip withinPhase = new Tooltip(i18n.tr("settings.catalog.moveHint"));
        up.setTooltip(withinPhase);
        down.setTooltip(withinPhase);
        Button delete = Tables.button(i18n.tr("settings.button.delete"), () -> delete(selected.get()));
        delete.disableProperty().bind(none);

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, units, group, spacer, add, edit, up, down, delete);
        toolbar.getStyleClass().add(SettingsStyles.TOOLBAR);

        Label hint = new Label(i18n.tr("settings.catalog.hint"));
        hint.getStyleClass().add(SettingsStyles.HINT);
        hint.setWrapText(true);

        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(toolbar, table, hint);
        root.setPadding(new Insets(16));
    }

    private ToggleButton scopeButton(ActionScope scope, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(i18n.tr("scope", scope));
        b.setId(id);
        b.setUserData(scope);
        b.setToggleGroup(group);
        return b;
    }

    private void add() {
        ActionDialog.show(root, i18n, vm, null, vm.scopeProperty().get(), this::select);
    }

    private void edit(RequiredAction action) {
        if (action != null) {
            ActionDialog.show(root, i18n, vm, action, action.scope(), this::select);
        }
    }

    private void move(RequiredAction action, int delta) {
        if (action != null) {
            vm.move(action, delta, this::select);
        }
    }

    private void delete(RequiredAction action) {
        if (action == null) {
            return;
        }
        vm.removal(action, removal -> Confirm.removal(root, i18n, removal,
                () -> vm.remove(action, table::requestFocus)));
    }

    /** Shows the action's scope if needed, then selects it. */
    private void select(RequiredAction action) {
        vm.scopeProperty().set(action.scope());
        Tables.select(table, RequiredAction::id, action.id());
    }

    Node view() {
        return root;
    }
}
