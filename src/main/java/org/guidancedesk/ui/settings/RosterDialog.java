package org.guidancedesk.ui.settings;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.ShownAs;

/** Adds or edits one of a unit's 主要负责同志 or 班子成员: name, position, rank. */
final class RosterDialog {
    private RosterDialog() {}

    static void show(Node owner, I18n i18n, RosterViewModel vm, RosterPerson existing, Consumer<RosterPerson> onSaved) {
        String unit = vm.unitProperty().get() == null ? "" : vm.unitProperty().get().name();
        FormDialog form = new FormDialog(owner, i18n, i18n.tr(existing == null ? "roster.addTitle" : "roster.editTitle", unit));
        TextField name = form.text(i18n.tr("field.roster.name"), existing == null ? "" : existing.name(), "roster.name");
        name.setPrefColumnCount(16);
        TextField position = form.text(i18n.tr("field.roster.position"), existing == null ? "" : existing.position(),
                "roster.position");
        position.setPromptText(i18n.tr("roster.positionPrompt"));
        ChoiceBox<PersonLevel> level = new ChoiceBox<>();
        level.getItems().setAll(PersonLevel.HEAD, PersonLevel.LEADERSHIP);
        level.setConverter(ShownAs.text(l -> l == null ? "" : i18n.tr("personLevel", l)));
        level.setValue(existing != null ? existing.level() : vm.people().isEmpty() ? PersonLevel.HEAD : PersonLevel.LEADERSHIP);
        form.row(i18n.tr("field.roster.level"), level, "roster.level");
        form.showAndWait(name, attempt -> vm.save(existing, name.getText(), position.getText(), level.getValue(),
                attempt.succeeded(onSaved), attempt::refused));
    }
}
