package org.guidancedesk.ui.settings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.i18n.I18n;

/**
 * 班子名单 of the unit selected above it in 设置 › 联系单位: its 主要负责同志 and 班子成员, with
 * add / edit / delete.
 */
final class RosterView {
    static final String TABLE_ID = "settings-roster";
    static final String ADD_ID = "settings-roster-add";

    private final RosterViewModel vm;
    private final I18n i18n;
    private final TableTab<RosterPerson> tab;
    private final VBox root = new VBox();

    RosterView(RosterViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        tab = new TableTab<>(i18n, TABLE_ID, i18n.tr("roster.empty"), vm.people(), vm,
                p -> RosterDialog.show(view(), i18n, vm, p, this::select));
        tab.table().getColumns().setAll(List.of(
                Tables.textColumn(i18n.tr("field.roster.name"), RosterPerson::name, 140),
                Tables.textColumn(i18n.tr("field.roster.position"), RosterPerson::position, 220),
                Tables.textColumn(i18n.tr("field.roster.level"), p -> i18n.tr("personLevel", p.level()), 120)));
        tab.table().setPrefHeight(200);
        Label title = new Label();
        title.getStyleClass().add("details-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.unitProperty().get() == null
                ? i18n.tr("roster.chooseUnit") : i18n.tr("roster.title", vm.unitProperty().get().name()),
                vm.unitProperty()));
        javafx.scene.control.Button addButton = tab.addButton(ADD_ID, this::add);
        addButton.disableProperty().bind(vm.unitProperty().isNull());
        tab.layout(i18n.tr("roster.hint"), title, addButton, tab.editButton(), tab.deleteButton());
        tab.table().disableProperty().bind(vm.unitProperty().isNull());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> i18n.tr(vm.unitProperty().get() == null
                ? "roster.noUnit" : "roster.empty"), vm.unitProperty()));
        tab.table().setPlaceholder(placeholder);
        root.getChildren().setAll(tab.view());
        VBox.setVgrow(tab.view(), javafx.scene.layout.Priority.ALWAYS);
        root.setPadding(new Insets(0));
    }

    private void add() {
        if (vm.unitProperty().get() != null) {
            RosterDialog.show(view(), i18n, vm, null, this::select);
        }
    }

    private void select(RosterPerson p) {
        Tables.select(tab.table(), RosterPerson::id, p.id());
    }

    Node view() {
        return root;
    }
}
