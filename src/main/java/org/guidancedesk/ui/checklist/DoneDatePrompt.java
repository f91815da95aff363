package org.guidancedesk.ui.checklist;

import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.DialogOwner;

/**
 * 标记完成于…: one small question, the done date, for the selected cells. It opens on the
 * date most likely meant (see {@link DoneDateTexts#suggestedDoneDate}) with the text
 * selected, so Enter takes it and typing replaces it; a date in the future is refused in place.
 * Shown without blocking, so the keyboard that opened it is not held in a nested loop.
 */
final class DoneDatePrompt {
    static final String ID = "mark-done-prompt";
    static final String DATE_ID = "mark-done-date";

    private DoneDatePrompt() {}

    static void show(Node owner, ChecklistViewModel vm, List<RecordKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        I18n i18n = vm.i18n();
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle(i18n.tr("checklist.markDone.title"));
        dialog.setHeaderText(i18n.tr("checklist.markDone.title") + " · " + vm.doneDates().markDoneSubject(keys));
        dialog.getDialogPane().setId(ID);

        DatePicker date = DateInput.picker(i18n);
        date.setId(DATE_ID);
        date.setValue(vm.doneDates().suggestedDoneDate(keys));
        date.setMaxWidth(Double.MAX_VALUE);
        Label caption = new Label(i18n.tr("checklist.markDone.date"));
        caption.getStyleClass().add("caption");
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox content = new VBox(6, caption, date, problem);
        String redates = vm.doneDates().markDoneRedates(keys);
        if (!redates.isEmpty()) {
            Label note = new Label(redates);
            note.setWrapText(true);
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            content.getChildren().add(note);
        }
        content.setPrefWidth(320);
        dialog.getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(i18n.tr("checklist.markDone.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("settings.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            DateInput.commitTyped(date);
            String why = vm.doneDates().doneDateProblem(date.getValue());
            problem.setText(why);
            if (!why.isEmpty()) {
                e.consume(); // stays open beside its reason, grown to show it with its buttons
                problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        // The picker's editor keeps Enter for itself: commit what is typed and confirm.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isShortcutDown()) {
                e.consume();
                okButton.fire();
            }
        });
        dialog.setResultConverter(b -> b == ok ? date.getValue() : null);
        dialog.setOnHidden(e -> {
            LocalDate chosen = dialog.getResult();
            if (chosen != null) {
                vm.markDone(keys, chosen);
            }
            owner.requestFocus();
        });
        DialogOwner.own(dialog, owner);
        dialog.show();
        Platform.runLater(() -> {
            date.getEditor().requestFocus();
            date.getEditor().selectAll();
        });
    }
}
