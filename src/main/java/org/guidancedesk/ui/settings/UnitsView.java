package org.guidancedesk.ui.settings;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;

/** 联系单位: the assigned units in display order, with add / edit / up / down / delete. */
final class UnitsView {
    private final TableTab<Unit> tab;
    private final UnitsViewModel vm;
    private final I18n i18n;

    UnitsView(UnitsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        tab = new TableTab<>(i18n, SettingsIds.UNITS_TABLE, i18n.tr("settings.units.empty"), vm.units(), vm,
                unit -> UnitDialog.show(view(), i18n, vm, unit, this::select));
        TableView<Unit> table = tab.table();

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
                Tables.textColumn(i18n.tr("field.unit.phone"), Unit::phone, 140),
                Tables.textColumn(i18n.tr("field.unit.liaison"), vm::liaisonText, 180)));
        // The liaison's name and phone come from the members' list, which may change on its own tab.
        vm.members().addListener((javafx.collections.ListChangeListener<org.guidancedesk.domain.Member>) ch -> table.refresh());

        tab.layout(null, tab.addButton(SettingsIds.UNITS_ADD, this::add), tab.editButton(),
                tab.moveButton(-1, vm::canMove, vm::move, this::select),
                tab.moveButton(1, vm::canMove, vm::move, this::select), tab.deleteButton());
    }

    private void add() {
        UnitDialog.show(view(), i18n, vm, null, this::select);
    }

    private void select(Unit unit) {
        Tables.select(tab.table(), Unit::id, unit.id());
    }

    /** The unit selected in the table, or null. */
    javafx.beans.property.ReadOnlyObjectProperty<Unit> selectedProperty() {
        return tab.table().getSelectionModel().selectedItemProperty();
    }

    Node view() {
        return tab.view();
    }
}
