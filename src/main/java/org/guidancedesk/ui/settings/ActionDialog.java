package org.guidancedesk.ui.settings;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;

/**
 * Adds or edits a catalogue entry: title, phase, must-attend, due window, and for a group work
 * item its owner and repeat rule; the scope is
 * chosen when adding only (records may already hang on an existing entry).
 */
final class ActionDialog {
    private ActionDialog() {}

    static void show(Node owner, I18n i18n, CatalogViewModel vm, RequiredAction existing, ActionScope scopeOfNew,
                     Consumer<RequiredAction> onSaved) {
        FormDialog form = new FormDialog(owner, i18n,
                i18n.tr(existing == null ? "settings.action.addTitle" : "settings.action.editTitle"));

        ChoiceBox<ActionScope> scope = form.choice(i18n.tr("field.action.scope"), ActionScope.class, "scope",
                existing == null ? scopeOfNew : existing.scope(), "action.scope");
        scope.setDisable(existing != null);
        TextField title = form.text(i18n.tr("field.action.title"), existing == null ? "" : existing.title(),
                "action.title");
        title.setPrefColumnCount(28);
        // The phases (for the group's items: areas) of the scope chosen, as the file holds them.
        ChoiceBox<Phase> phase = new ChoiceBox<>();
        phase.setConverter(org.guidancedesk.ui.ShownAs.text(p -> p == null ? "" : p.name()));
        Runnable offer = () -> {
            Phase kept = phase.getValue();
            phase.getItems().setAll(vm.phases(scope.getValue()));
            phase.setValue(phase.getItems().stream().filter(p -> kept != null && p.id() == kept.id()).findFirst()
                    .orElse(phase.getItems().isEmpty() ? null : phase.getItems().get(0)));
        };
        phase.setValue(existing == null ? null : existing.phase());
        offer.run();
        scope.valueProperty().addListener((o, was, is) -> offer.run());
        form.row(i18n.tr("field.action.phase"), phase, "action.phase");

        CheckBox mustAttend = new CheckBox(i18n.tr("settings.action.mustAttendBox"));
        mustAttend.setSelected(existing != null && existing.mustAttend());
        form.row(i18n.tr("field.action.mustAttend"), mustAttend, null);

        DatePicker from = DateInput.picker(i18n);
        from.setValue(existing == null ? null : existing.dueFrom());
        form.row(i18n.tr("field.action.dueFrom"), from, "action.dueFrom");

        DatePicker to = DateInput.picker(i18n);
        to.setValue(existing == null ? null : existing.dueTo());
        form.row(i18n.tr("field.action.dueTo"), to, "action.dueTo");

        // A group work item's owner among the members and its repeat rule; a unit's action has neither.
        ChoiceBox<Member> ownerChoice = new ChoiceBox<>();
        ownerChoice.setId(SettingsIds.ACTION_OWNER);
        ownerChoice.getItems().setAll(java.util.Arrays.asList((Member) null));
        ownerChoice.getItems().addAll(vm.members());
        ownerChoice.setConverter(org.guidancedesk.ui.ShownAs.text(m -> m == null ? i18n.tr("settings.action.noOwner") : m.name()));
        ownerChoice.setValue(existing == null || existing.ownerId() == null ? null : vm.members().stream()
                .filter(m -> m.id() == existing.ownerId()).findFirst().orElse(null));
        form.row(i18n.tr("field.action.owner"), ownerChoice, "action.owner");
        RepeatInput repeat = new RepeatInput(i18n, existing == null ? null : existing.repeat());
        form.row(i18n.tr("field.action.repeat"), repeat.view(), "action.repeat");
        javafx.scene.control.Label hint = new javafx.scene.control.Label(i18n.tr("settings.action.repeatHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.getStyleClass().add("hint");
        form.wide(hint);
        Runnable groupOnly = () -> {
            boolean unit = scope.getValue() != ActionScope.GROUP;
            ownerChoice.setDisable(unit);
            repeat.setDisable(unit);
            hint.setDisable(unit);
        };
        groupOnly.run();
        scope.valueProperty().addListener((o, was, is) -> groupOnly.run());

        form.showAndWait(title, attempt -> {
            DateInput.commitTyped(from);
            DateInput.commitTyped(to);
            vm.save(existing, title.getText(), phase.getValue(), mustAttend.isSelected(), from.getValue(),
                    to.getValue(), scope.getValue(), ownerChoice.getValue() == null ? null : ownerChoice.getValue().id(),
                    repeat.value(), attempt.succeeded(onSaved), attempt::refused);
        });
    }
}
