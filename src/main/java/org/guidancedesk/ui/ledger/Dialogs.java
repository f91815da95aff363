package org.guidancedesk.ui.ledger;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.LedgerFileException;
import org.guidancedesk.ui.Messages;

/** The section's small dialogs: owned by the window, styled like it, safe answers by default. */
final class Dialogs {
    private Dialogs() {}

    /** Owns the dialog by the window of {@code owner} and gives it that window's stylesheets. */
    static void own(Dialog<?> d, Node owner) {
        org.guidancedesk.ui.DialogOwner.own(d, owner);
    }

    /** Asks before something that cannot be undone; 取消 is the default button. */
    static boolean confirm(Node owner, I18n i18n, String header, String text, String confirmKey) {
        ButtonType yes = new ButtonType(i18n.tr(confirmKey), ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.tr("ledger.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, no);
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        own(alert, owner);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** Something the user should know before going on (why an action was not done). */
    static void info(Node owner, I18n i18n, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(i18n.tr("ledger.dialog.ok"), ButtonData.OK_DONE));
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        own(alert, owner);
        alert.showAndWait();
    }

    /** A failure the user must read (a file that cannot be read or written). */
    static void error(Node owner, I18n i18n, String header, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(header);
        Label content = new Label(message(i18n, error));
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        own(alert, owner);
        alert.showAndWait();
    }

    /** One sentence for a failure: a file's problem by its own key, else as the window says it. */
    static String message(I18n i18n, Throwable error) {
        if (error instanceof LedgerFileException f && i18n.has(f.messageKey())) {
            return i18n.tr(f.messageKey(), f.args());
        }
        if (error instanceof ValidationException v) {
            return Messages.of(i18n, v);
        }
        return Messages.of(i18n, error);
    }
}
