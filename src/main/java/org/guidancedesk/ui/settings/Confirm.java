package org.guidancedesk.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DialogOwner;

/** The question before a delete, or the reason it cannot be done. */
final class Confirm {
    private Confirm() {}

    /**
     * Asks the removal's question and runs {@code onConfirmed} when the user chose 删除; a
     * blocked removal is only explained. Cancel is the default button: Enter never deletes.
     */
    static void removal(Node owner, I18n i18n, Removal removal, Runnable onConfirmed) {
        if (!removal.allowed()) {
            Alert info = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
            prepare(info, owner, i18n, i18n.tr("settings.confirm.blockedTitle"), removal.message());
            info.showAndWait();
            return;
        }
        ButtonType delete = new ButtonType(i18n.tr("settings.confirm.delete"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("settings.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", delete, cancel);
        prepare(alert, owner, i18n, i18n.tr("settings.confirm.title"), removal.message());
        ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        if (alert.showAndWait().filter(delete::equals).isPresent()) {
            onConfirmed.run();
        }
    }

    private static void prepare(Alert alert, Node owner, I18n i18n, String header, String message) {
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(420);
        org.guidancedesk.ui.Alerts.wrapped(alert);
        DialogOwner.own(alert, owner);
    }
}
