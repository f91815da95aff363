package org.guidancedesk.ui.settings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;

/** 联系单位: the assigned units in display order, with add / edit / up / down / delete. */
final class UnitsView {
    private final VBox root = new VBox(10);
    private final TableView<Unit> table = new TableView<>();
    private final UnitsViewModel vm;
    private final I18n i18n;

    UnitsView(UnitsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        table.setId(SettingsIds.UNITS_TABLE);
        table.setItems(vm.units());
        table.setPlaceholder(new Label(i18n.tr("settings.units.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Unit, String> order = new TableColumn<>(i18n.tr("settings.column.order"));
        order.setCellValueFactory(cd -> new ReadOnlyStringWrapper(
                String.valueOf(table.getItems().indexOf(cd.getValue()) + 1)));
        order.setSortable(false);
        order.setReorderable(false);
        order.setPrefWidth(56);
        order.setMaxWidth(72);
        table.getColumns().setAll(List.of(order,
                Tables.textColumn(i18n.tr("field.unit.name"), Unit::name, 220),
                Tables.textColumn(i18n.tr("field.unit.kind"), u -> i18n.tr("unitKind", u.kind()), 90),
                Tables.textColumn(i18n.tr("field.unit.contact"), Unit::contact, 200),
                Tables.textColumn(i18n.tr("field.unit.phone"), Unit::phone, 140)));
        Tables.keys(table, this::edit, this::delete);

        var selected = table.getSelectionModel().selectedItemProperty();
        BooleanBinding none = selected.isNull();
        Button add = Tables.button(i18n.tr("settings.button.add"), this::add);
        add.setId(SettingsIds.UNITS_ADD);
        Button edit = Tables.button(i18n.tr("settings.button.edit"), () -> edit(selected.get()));
        edit.disableProperty().bind(none);
        Button up = Tables.button(i18n.tr("settings.button.up"), () -> move(selected.get(), -1));
        up.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canMove(selected.get(), -1),
                selected, vm.units()));
        Button down = Tables.button(i18n.tr("settings.button.down"), () -> move(selected.get(), 1));
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canMove(selected.get(), 1),
                selected, vm.units()));
        Button delete = Tables.button(i18n.tr("settings.button.delete"), () -> delete(selected.get()));
        delete.disableProperty().bind(none);
        HBox toolbar = new HBox(8, add, edit, up, down, delete);
        toolbar.getStyleClass().add(SettingsStyles.TOOLBAR);

        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(toolbar, table);
        root.setPadding(new Insets(16));
    }

    private void add() {
        UnitDialog.show(root, i18n, vm, null, this::select);
    }

    private void edit(Unit unit) {
        if (unit != null) {
            UnitDialog.show(root, i18n, vm, unit, this::select);
        }
    }

    private void move(Unit unit, int delta) {
        if (unit != null) {
            vm.move(unit, delta, this::select);
        }
    }

    private void delete(Unit unit) {
        if (unit == null) {
            return;
        }
        vm.removal(unit, removal -> Confirm.removal(root, i18n, removal,
                () -> vm.remove(unit, table::requestFocus)));
    }

    private void select(Unit unit) {
        Tables.select(table, Unit::id, unit.id());
    }

    Node view() {
        return root;
    }
}
