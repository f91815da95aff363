package org.guidancedesk.ui.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DialogOwner;
import org.guidancedesk.ui.Messages;

/**
 * A small add/edit form in a dialog: label + field rows, the refusal shown inside the dialog
 * next to the form (the field marked and focused), closed only when the save succeeded.
 * Enter confirms (OK is the default button), Esc cancels. Public: the review section's 收到 and
 * 反馈 are such forms too.
 */
public final class FormDialog {
    /** One press of OK: the caller saves, then says how it went. */
    public interface Attempt {
        void succeeded();

        void refused(ValidationException e);

        /** The save's success callback: closes the dialog, then hands the saved row to {@code onSaved}. */
        default <T> Consumer<T> succeeded(Consumer<T> onSaved) {
            return saved -> {
                succeeded();
                onSaved.accept(saved);
            };
        }
    }

    private final I18n i18n;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType ok;
    private final GridPane grid = new GridPane();
    private final Label error = new Label();
    private final Map<String, Node> fields = new HashMap<>();
    private int rows;

    public FormDialog(Node owner, I18n i18n, String title) {
        this.i18n = i18n;
        dialog.setTitle(title);
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        DialogOwner.own(dialog, owner);
        pane.getStyleClass().add(SettingsStyles.FORM_DIALOG);
        ok = new ButtonType(i18n.tr("settings.dialog.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("settings.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(ok, cancel);

        grid.getStyleClass().add(SettingsStyles.FORM);
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(280);
        grid.getColumnConstraints().setAll(labels, values);

        error.setId(SettingsIds.DIALOG_ERROR);
        error.getStyleClass().add(SettingsStyles.ERROR_TEXT);
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        // The dialog does not grow by itself: without this a message would push the buttons out.
        error.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (pane.getScene() != null && pane.getScene().getWindow() != null) {
                pane.getScene().getWindow().sizeToScene();
            }
        }));

        VBox content = new VBox(10, grid, error);
        content.setPadding(new Insets(16));
        pane.setContent(content);
    }

    /** Adds a labelled field; {@code field} is the validation field it shows ({@code unit.name}), or null. */
    public void row(String label, Node control, String field) {
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (control instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        grid.addRow(rows++, l, control);
        if (field != null) {
            fields.put(field, control);
        }
    }

    /** Adds a text field holding {@code value} (null shows as empty). */
    public TextField text(String label, String value, String field) {
        TextField text = new TextField(value == null ? "" : value);
        row(label, text, field);
        return text;
    }

    /** Adds a choice of every constant of {@code type}, shown by its texts ({@code prefix.NAME}). */
    <E extends Enum<E>> ChoiceBox<E> choice(String label, Class<E> type, String prefix, E value, String field) {
        ChoiceBox<E> choice = new ChoiceBox<>();
        choice.getItems().setAll(type.getEnumConstants());
        choice.setConverter(EnumText.converter(i18n, prefix, type));
        choice.setValue(value);
        row(label, choice, field);
        return choice;
    }

    /** Adds a node across both columns. */
    public void wide(Node node) {
        grid.add(node, 0, rows++, 2, 1);
    }

    /**
     * Shows the dialog and waits. Each OK press calls {@code onConfirm}; the dialog closes
     * only after {@link Attempt#succeeded()}. Returns whether it was confirmed.
     */
    public boolean showAndWait(Node firstFocus, Consumer<Attempt> onConfirm) {
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        Attempt attempt = new Attempt() {
            @Override
            public void succeeded() {
                dialog.setResult(ok);
                dialog.close();
            }

            @Override
            public void refused(ValidationException e) {
                error.setText(Messages.of(i18n, e));
                Node field = fields.get(e.field());
                if (field != null) {
                    field.pseudoClassStateChanged(SettingsStyles.INVALID, true);
                    field.requestFocus();
                }
            }
        };
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            error.setText("");
            fields.values().forEach(c -> c.pseudoClassStateChanged(SettingsStyles.INVALID, false));
            onConfirm.accept(attempt);
        });
        if (firstFocus != null) {
            // The dialog focuses its default button once shown; take the focus back after that.
            dialog.setOnShown(e -> Platform.runLater(firstFocus::requestFocus));
        }
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }
}
