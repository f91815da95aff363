package org.guidancedesk.ui.checklist;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DialogOwner;

/** The question before an un-tick takes back a cell's attendance or note; keeping the tick is the default. */
final class UntickQuestion {
    static final String ID = "untick-question";

    private UntickQuestion() {}

    /** Asks over {@code owner}; runs {@code onYes} only on yes, and gives {@code owner} the focus back. */
    static void ask(I18n i18n, Node owner, String header, String text, Runnable onYes) {
        ButtonType yes = new ButtonType(i18n.tr("checklist.untick.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.tr("checklist.untick.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, no);
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(header);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setPrefWidth(380);
        body.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId(ID);
        // Enter keeps the tick: the question is there to catch a stray click, not to hurry it.
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        DialogOwner.own(alert, owner);
        alert.setOnHidden(e -> {
            if (alert.getResult() == yes) {
                onYes.run();
            }
            owner.requestFocus();
        });
        alert.show();
    }
}
