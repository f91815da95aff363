package org.guidancedesk.ui.settings;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.guidancedesk.domain.Liaison;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.i18n.I18n;

/** Adds or edits an assigned unit: name, kind, contact person, phone, the group's liaison. */
final class UnitDialog {
    private UnitDialog() {}

    static void show(Node owner, I18n i18n, UnitsViewModel vm, Unit existing, Consumer<Unit> onSaved) {
        FormDialog form = new FormDialog(owner, i18n,
                i18n.tr(existing == null ? "settings.unit.addTitle" : "settings.unit.editTitle"));

        TextField name = form.text(i18n.tr("field.unit.name"), existing == null ? "" : existing.name(),
                "unit.name");
        name.setPrefColumnCount(24);
        ChoiceBox<UnitKind> kind = form.choice(i18n.tr("field.unit.kind"), UnitKind.class, "unitKind",
                existing == null ? UnitKind.PROVINCE : existing.kind(), "unit.kind");
        TextField contact = form.text(i18n.tr("field.unit.contact"), existing == null ? "" : existing.contact(),
                "unit.contact");
        contact.setPromptText(i18n.tr("settings.unit.contactPrompt"));
        TextField phone = form.text(i18n.tr("field.unit.phone"), existing == null ? "" : existing.phone(),
                "unit.phone");

        ComboBox<Optional<Member>> liaison = new ComboBox<>();
        liaison.getItems().add(Optional.empty());
        vm.members().forEach(m -> liaison.getItems().add(Optional.of(m)));
        liaison.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Member> m) {
                return m == null || m.isEmpty() ? i18n.tr("settings.unit.noLiaison") : Liaison.text(m.get());
            }

            @Override
            public Optional<Member> fromString(String s) {
                return Optional.empty();
            }
        });
        Long current = existing == null ? null : existing.liaisonId();
        liaison.setValue(liaison.getItems().stream().filter(m -> m.isPresent() && current != null
                && m.get().id() == current).findFirst().orElse(Optional.empty()));
        form.row(i18n.tr("field.unit.liaison"), liaison, "unit.liaison");

        form.showAndWait(name, attempt -> vm.save(existing, name.getText(), kind.getValue(), contact.getText(),
                phone.getText(), liaison.getValue() == null ? null : liaison.getValue().map(Member::id).orElse(null),
                attempt.succeeded(onSaved), attempt::refused));
    }
}
