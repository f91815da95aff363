package org.guidancedesk.ui.worklog;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Alerts;
import org.guidancedesk.ui.DialogOwner;
import org.guidancedesk.ui.ShownAs;

/** The section's questions: owned by the window, the safe answer the default. */
final class WorkDialogs {
    private WorkDialogs() {}

    /** Asks before deleting; 取消 is the default button, so Enter never deletes. */
    static boolean confirmRemoval(Node owner, I18n i18n, String question) {
        return ask(owner, i18n, i18n.tr("worklog.remove.title"), question, i18n.tr("worklog.remove.confirm"), false);
    }

    /** "同时勾选 规定动作…？" — 勾选 is the default: the meeting was what the action asked for. */
    static boolean confirmTick(Node owner, I18n i18n, String question) {
        return ask(owner, i18n, i18n.tr("worklog.tick.title"), question, i18n.tr("worklog.tick.confirm"), true);
    }

    private static boolean ask(Node owner, I18n i18n, String header, String text, String yesText, boolean yesDefault) {
        ButtonType yes = new ButtonType(yesText, ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.tr("worklog.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(header);
        Alerts.wrapped(alert);
        DialogOwner.own(alert, owner);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(yesDefault);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(!yesDefault);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** Which unit's ledger a finding goes to, when the entry has several units (or none). */
    static Optional<Unit> chooseUnit(Node owner, I18n i18n, List<Unit> units) {
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(i18n.tr("app.name"));
        dialog.setHeaderText(i18n.tr("worklog.finding.chooseUnit"));
        ChoiceBox<Unit> choice = new ChoiceBox<>();
        choice.getItems().setAll(units);
        choice.setConverter(ShownAs.text(u -> u == null ? "" : u.name()));
        choice.setValue(units.get(0));
        Label label = new Label(i18n.tr("field.work.units"));
        label.setLabelFor(choice);
        HBox content = new HBox(10, label, choice);
        content.setAlignment(Pos.CENTER_LEFT);
        content.setPadding(new Insets(12, 16, 12, 16));
        dialog.getDialogPane().setContent(content);
        ButtonType file = new ButtonType(i18n.tr("worklog.finding.file"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("worklog.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(file, cancel);
        DialogOwner.own(dialog, owner);
        return dialog.showAndWait().filter(file::equals).map(b -> choice.getValue());
    }
}
