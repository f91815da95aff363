package org.guidancedesk.ui.settings;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.i18n.I18n;

/** Adds or edits an assigned unit: name, kind, contact person, phone. */
final class UnitDialog {
    private UnitDialog() {}

    static void show(Node owner, I18n i18n, UnitsViewModel vm, Unit existing, Consumer<Unit> onSaved) {
        FormDialog form = new FormDialog(owner, i18n,
                i18n.tr(existing == null ? "settings.unit.addTitle" : "settings.unit.editTitle"));

        TextField name = new TextField(existing == null ? "" : existing.name());
        name.setPrefColumnCount(24);
        form.row(i18n.tr("field.unit.name"), name, "unit.name");

        ChoiceBox<UnitKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(UnitKind.values());
        kind.setConverter(EnumText.converter(i18n, "unitKind", UnitKind.class));
        kind.setValue(existing == null ? UnitKind.PROVINCE : existing.kind());
        form.row(i18n.tr("field.unit.kind"), kind, "unit.kind");

        TextField contact = new TextField(existing == null ? "" : existing.contact());
        contact.setPromptText(i18n.tr("settings.unit.contactPrompt"));
        form.row(i18n.tr("field.unit.contact"), contact, "unit.contact");

        TextField phone = new TextField(existing == null ? "" : existing.phone());
        form.row(i18n.tr("field.unit.phone"), phone, "unit.phone");

        form.showAndWait(name, attempt -> vm.save(existing, name.getText(), kind.getValue(), contact.getText(),
                phone.getText(), saved -> {
                    attempt.succeeded();
                    onSaved.accept(saved);
                }, attempt::refused));
    }
}
