package org.guidancedesk.ui.settings;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.i18n.I18n;

/**
 * 阶段: the units' phases or the group's areas, one scope at a time, with add / rename / up /
 * down / delete (a phase still holding actions is not deleted: the dialog says why).
 */
final class PhasesView {
    static final String TABLE_ID = "settings-phases";
    static final String ADD_ID = "settings-phases-add";
    static final String SCOPE_UNIT_ID = "settings-phases-scope-unit";
    static final String SCOPE_GROUP_ID = "settings-phases-scope-group";

    private final TableTab<Phase> tab;
    private final PhasesViewModel vm;
    private final I18n i18n;

    PhasesView(PhasesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        ScopeToggles scopes = new ScopeToggles(vm.scopeProperty(), i18n.tr("settings.phases.scope.UNIT"),
                i18n.tr("settings.phases.scope.GROUP"), SCOPE_UNIT_ID, SCOPE_GROUP_ID);

        tab = new TableTab<>(i18n, TABLE_ID, i18n.tr("settings.phases.empty"), vm.shown(), vm, this::edit);
        TableColumn<Phase, String> name = Tables.textColumn(i18n.tr("settings.phases.column.name"), Phase::name, 300);
        tab.table().getColumns().setAll(List.of(name));

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        tab.layout(i18n.tr("settings.phases.hint"), scopes.units(), scopes.group(), spacer, tab.addButton(ADD_ID, () -> edit(null)),
                tab.editButton(), tab.moveButton(-1, vm::canMove, vm::move, this::select),
                tab.moveButton(1, vm::canMove, vm::move, this::select), tab.deleteButton());
    }

    /** Adds ({@code existing} null) or renames a phase of the scope shown. */
    private void edit(Phase existing) {
        FormDialog form = new FormDialog(view(), i18n,
                i18n.tr(existing == null ? "settings.phases.addTitle" : "settings.phases.editTitle"));
        TextField name = form.text(i18n.tr("field.phase.name"), existing == null ? "" : existing.name(), "phase.name");
        name.setPrefColumnCount(20);
        form.showAndWait(name, attempt -> vm.save(existing, name.getText(), attempt.succeeded(this::select),
                attempt::refused));
    }

    private void select(Phase phase) {
        Tables.select(tab.table(), Phase::id, phase.id());
    }

    Node view() {
        return tab.view();
    }
}
