package org.guidancedesk.ui.ledger;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;

/** Asks the date for 已完成, and the date and who verified for 已销号 (today and the group by default). */
final class StatusDialog {
    /** What was answered. */
    record Answer(LocalDate on, String verifiedBy) {}

    private StatusDialog() {}

    static Optional<Answer> ask(Node owner, I18n i18n, RectificationStatus status, int count, String statusText,
                                LocalDate today, String groupName) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(i18n.tr("ledger.bulk.title"));
        dialog.setHeaderText(i18n.tr("ledger.bulk.question", count, statusText));
        Dialogs.own(dialog, owner);
        DatePicker date = DateInput.picker(i18n);
        date.setValue(today);
        TextField verifier = new TextField(groupName);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(16));
        Label dateLabel = new Label(i18n.tr(status == RectificationStatus.CLOSED
                ? "ledger.detail.verifiedOn" : "ledger.detail.completedOn"));
        dateLabel.setLabelFor(date);
        grid.addRow(0, dateLabel, date);
        if (status == RectificationStatus.CLOSED) {
            Label who = new Label(i18n.tr("ledger.detail.verifiedBy"));
            who.setLabelFor(verifier);
            verifier.setPrefColumnCount(18);
            grid.addRow(1, who, verifier);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(i18n.tr("ledger.bulk.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("ledger.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            DateInput.commitTyped(date);
            return new Answer(date.getValue() == null ? today : date.getValue(), verifier.getText().strip());
        });
        dialog.setOnShown(e -> Platform.runLater(date::requestFocus));
        return dialog.showAndWait();
    }
}
