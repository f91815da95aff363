package org.guidancedesk.ui.worklog;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DialogOwner;

/**
 * 新增工作记录 (Ctrl+N): the entry's fields with the kind's own, dated today and done (a later
 * date makes it planned); a refusal shows at its field and nothing is saved; Enter saves.
 */
final class EntryDialog {
    static final String SAVE_ID = "worklog-dialog-save";

    private final WorkLogViewModel vm;
    private final I18n i18n;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final EntryEditor editor;

    private EntryDialog(Node owner, WorkLogViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.editor = new EntryEditor(vm, true, 96);
        dialog.setTitle(i18n.tr("worklog.add.title"));
        dialog.setResizable(true);
        DialogOwner.own(dialog, owner);
        dialog.getDialogPane().getStylesheets().add(EntryDialog.class.getResource(WorkStyles.STYLESHEET).toExternalForm());
        dialog.getDialogPane().getStyleClass().add(WorkStyles.SECTION);
        Label hint = new Label(i18n.tr("worklog.add.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox content = new VBox(10, editor.view(), hint);
        content.setPadding(new Insets(12, 16, 12, 16));
        content.setPrefWidth(600);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(540);
        scroll.getStyleClass().add("details-scroll");
        dialog.getDialogPane().setContent(scroll);
        editor.fill(vm.newDraft());
        // Every field of a new entry is the user's: the defaults are taken as shown.
        editor.touchAll();
    }

    /** Shows the dialog and waits; the entry is added when 保存 succeeds. */
    static void show(Node owner, WorkLogViewModel vm) {
        new EntryDialog(owner, vm).showAndWait();
    }

    private void showAndWait() {
        ButtonType save = new ButtonType(i18n.tr("worklog.add.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("worklog.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId(SAVE_ID);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            editor.commitTyped();
            editor.clearRefusal();
            vm.add(editor.draft(), added -> {
                dialog.setResult(save);
                dialog.close();
            }, this::refused);
        });
        dialog.setOnShown(e -> Platform.runLater(editor::focusFirst));
        dialog.showAndWait();
    }

    private void refused(ValidationException e) {
        editor.refuse(e);
    }
}
