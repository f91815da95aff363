package org.guidancedesk.ui.settings;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.i18n.I18n;

/** Adds a category to a ledger's list, or renames one (the items keep the text they have). */
final class CategoryDialog {
    private CategoryDialog() {}

    static void show(Node owner, I18n i18n, LedgerListsViewModel vm, Ledger ledger, String existing,
                     Consumer<String> onSaved) {
        String ledgerName = i18n.tr("ledgerName", ledger);
        FormDialog form = new FormDialog(owner, i18n, existing == null
                ? i18n.tr("settings.ledger.addTitle", ledgerName) : i18n.tr("settings.ledger.renameTitle", ledgerName));
        TextField name = form.text(i18n.tr("settings.ledger.categoryName"), existing, LedgerListsViewModel.FIELD);
        name.setPrefColumnCount(36);
        if (existing != null) {
            String note = vm.renameNote(ledger, existing);
            if (!note.isEmpty()) {
                Label hint = new Label(note);
                hint.getStyleClass().add(SettingsStyles.HINT);
                hint.setWrapText(true);
                hint.setMaxWidth(460);
                form.wide(hint);
            }
        }
        form.showAndWait(name, attempt -> {
            if (existing == null) {
                vm.add(ledger, name.getText(), attempt.succeeded(onSaved), attempt::refused);
            } else {
                vm.rename(ledger, existing, name.getText(), attempt.succeeded(onSaved), attempt::refused);
            }
        });
    }
}
