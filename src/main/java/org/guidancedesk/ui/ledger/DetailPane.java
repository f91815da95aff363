package org.guidancedesk.ui.ledger;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.DialogOwner;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.history.HistoryDialog;

/**
 * The selected item: its code and light, its warnings (忽略 / 恢复), every field editable and
 * saved at once ({@link DetailFields}), its progress history with a line to add a dated note,
 * and 删除 / 修改记录. Before the selection, the section or the window changes, what is typed is
 * saved (the model's flush).
 */
final class DetailPane {
    /** A tinted band for the notes above the fields (multi-selection, read-only). */
    private static final String NOTE_STYLE = "-fx-background-color: #fdf6e3; -fx-border-color: #e6d7a8; "
            + "-fx-border-radius: 3; -fx-background-radius: 3; -fx-padding: 6 8 6 8;";

    private final LedgerViewModel vm;
    private final LedgerDetailModel model;
    private final I18n i18n;
    private final Consumer<ProgressNote> onRemoveNote;
    private final Runnable onRemoveItem;
    private final DetailFields fields;

    private final VBox box = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(box);
    private final Label empty = new Label();
    /** What is shown while an item is: the header, the warnings, the fields, the notes. */
    private final VBox content = new VBox(8);
    private final Label code = new Label();
    private final Label light = new Label();
    /** 已延期 with both dates, while the item is extended. */
    private final Label extension = new Label();
    /** 来源: the finding or review point the item was filed from, when the group raised it itself. */
    private final Label origin = new Label();
    private final Label where = new Label();
    private final Label error = new Label();
    private final VBox warningsBox = new VBox(4);
    private final Hyperlink restore = new Hyperlink();
    private final VBox notesBox = new VBox(2);
    private final javafx.scene.control.DatePicker noteDate;
    private final TextField noteText = new TextField();
    private final HBox noteAddLine = new HBox(6);
    private final Label noteError = new Label();
    private final Button deleteButton = new Button();

    DetailPane(LedgerViewModel vm, I18n i18n, Consumer<ProgressNote> onRemoveNote, Runnable onRemoveItem) {
        this.vm = vm;
        this.model = vm.details();
        this.i18n = i18n;
        this.onRemoveNote = onRemoveNote;
        this.onRemoveItem = onRemoveItem;
        this.fields = new DetailFields(vm, i18n);
        this.noteDate = DateInput.picker(i18n);
        box.setId(Ids.LEDGER_DETAILS);
        box.getStyleClass().addAll("details", LedgerStyles.DETAILS);

        empty.setText(i18n.tr("ledger.detail.hint"));
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        empty.managedProperty().bind(empty.visibleProperty());

        code.getStyleClass().add("details-title");
        light.getStyleClass().add("detail-light");
        where.getStyleClass().add("details-subtitle");
        extension.setId(LedgerStyles.DETAIL_EXTENSION_ID);
        extension.getStyleClass().add("warning-text");
        extension.setWrapText(true);
        showWhenText(extension);
        origin.setId(LedgerStyles.DETAIL_ORIGIN_ID);
        origin.getStyleClass().add("hint");
        origin.setWrapText(true);
        showWhenText(origin);
        model.originProperty().addListener((o, a, now) -> origin.setText(now == null ? "" : vm.texts().origin(now)));
        where.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        showWhenText(error);

        Node buttons = new HBox(8, deleteButton(), historyButton());
        content.getChildren().setAll(code, light, extension, where, origin, warningsSection(), fields.view(), error, notesSection(),
                buttons);
        VBox.setMargin(buttons, new Insets(12, 0, 0, 0));
        content.managedProperty().bind(content.visibleProperty());
        // On a read-only file: that nothing here can be changed. While several items are selected:
        // which one is shown, and that 标记为/删除 act on all.
        Label readOnlyNote = band(null);
        readOnlyNote.setText(vm.readOnly() ? i18n.tr("ledger.readOnly") : "");
        Label selectionNote = band(LedgerStyles.SELECTION_NOTE_ID);
        selectionNote.textProperty().bind(vm.selection().noteProperty());
        box.getChildren().setAll(readOnlyNote, selectionNote, empty, content);

        scroll.setFitToWidth(true);
        scroll.setMinWidth(280);
        scroll.setPrefWidth(380);
        scroll.getStyleClass().add("details-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        model.itemProperty().addListener((o, a, b) -> shown(a, b));
        model.warnings().addListener((ListChangeListener<LedgerWarning>) c -> showWarnings());
        model.dismissed().addListener((ListChangeListener<LedgerWarning.Kind>) c -> showWarnings());
        model.notes().addListener((ListChangeListener<ProgressNote>) c -> showNotes());
        vm.selection().currentProperty().addListener((o, a, b) -> showHeader());
        model.setFlushHook(fields::commitTyped);
        if (vm.readOnly()) {
            restore.setDisable(true);
            deleteButton.setDisable(true);
            noteText.setVisible(false);
            noteText.setManaged(false);
            noteAddLine.setVisible(false);
            noteAddLine.setManaged(false);
        }
        shown(null, model.itemProperty().get());
    }

    Node view() {
        return scroll;
    }

    /** Saves what is typed and not yet saved: dates typed without Enter, text waiting for its pause. */
    void flush() {
        model.flush();
    }

    /** Another item (or none): the note line starts empty, dated today. */
    private void shown(Rectification before, Rectification item) {
        empty.setVisible(item == null);
        content.setVisible(item != null);
        if (item != null && (before == null || before.id() != item.id())) {
            noteText.clear();
            noteDate.setValue(vm.today());
        }
        showHeader();
    }

    /** A tinted band above the fields, shown while it has a text. */
    private static Label band(String id) {
        Label l = new Label();
        if (id != null) {
            l.setId(id);
        }
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setStyle(NOTE_STYLE);
        showWhenText(l);
        return l;
    }

    private Node warningsSection() {
        restore.setOnAction(e -> model.restoreDismissed());
        showWhenText(restore);
        Label title = sectionTitle("ledger.detail.warnings");
        VBox section = new VBox(4, title, warningsBox, restore);
        section.managedProperty().bind(section.visibleProperty());
        section.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.warnings())
                .or(javafx.beans.binding.Bindings.isNotEmpty(model.dismissed())));
        return section;
    }

    private Node notesSection() {
        Label title = sectionTitle("ledger.detail.progress");
        noteDate.setPrefWidth(150);
        noteDate.setMinWidth(130);
        noteText.setId(LedgerStyles.NOTE_TEXT_ID);
        noteText.setPromptText(i18n.tr("ledger.detail.notePrompt"));
        noteText.setOnAction(e -> addNote());
        HBox.setHgrow(noteText, Priority.ALWAYS);
        Button add = new Button(i18n.tr("ledger.detail.addNote"));
        add.setId(LedgerStyles.NOTE_ADD_ID);
        add.setOnAction(e -> addNote());
        add.setMinWidth(Region.USE_PREF_SIZE);
        noteAddLine.getChildren().setAll(noteDate, add);
        noteAddLine.setAlignment(Pos.CENTER_LEFT);
        noteError.getStyleClass().add("error-text");
        noteError.setWrapText(true);
        noteError.textProperty().bind(model.noteErrorProperty());
        showWhenText(noteError);
        return new VBox(6, title, notesBox, noteText, noteAddLine, noteError);
    }

    private Node deleteButton() {
        deleteButton.setText(i18n.tr("ledger.detail.remove"));
        deleteButton.getStyleClass().add("danger");
        deleteButton.setOnAction(e -> onRemoveItem.run());
        return deleteButton;
    }

    /** 修改记录…: every recorded change of the item and its progress notes. */
    private Node historyButton() {
        Button history = new Button(i18n.tr("history.show"));
        history.setId("ledger-history");
        history.setOnAction(e -> {
            Rectification r = model.itemProperty().get();
            if (r != null) {
                HistoryDialog.show(DialogOwner.windowOf(history), model.tasks(), code.getText() + " " + r.problem(),
                        () -> model.history(r.id()));
            }
        });
        return history;
    }

    private Label sectionTitle(String key) {
        Label l = new Label(i18n.tr(key));
        l.getStyleClass().add(LedgerStyles.SECTION_TITLE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static void showWhenText(Labeled l) {
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
    }

    private void showHeader() {
        LedgerRow row = vm.selection().currentProperty().get();
        if (row == null) {
            return;
        }
        code.setText(row.code());
        String due = row.item().due() == null ? row.dueText() : i18n.tr("ledger.detail.dueOn", row.dueText());
        light.setText(row.light() == LedgerRow.Light.OPEN ? row.statusText() + " · " + due
                : row.lightText() + " · " + row.statusText() + " · " + due);
        light.getStyleClass().removeAll(LedgerStyles.LIGHTS);
        light.getStyleClass().add(LedgerStyles.light(row.light()));
        extension.setText(vm.texts().extension(row.item()));
        where.setText(row.unitName() + " · " + vm.texts().ledger(row.item().ledger())
                + (row.item().category().isEmpty() ? "" : " · " + row.item().category()));
    }

    private void showWarnings() {
        warningsBox.getChildren().clear();
        for (LedgerWarning w : model.warnings()) {
            Label text = new Label("⚠ " + vm.texts().warning(w));
            text.setWrapText(true);
            text.getStyleClass().add("warning-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox line = new HBox(6, text);
            line.getStyleClass().add(LedgerStyles.WARNING_ROW);
            line.setAlignment(Pos.TOP_LEFT);
            Long other = model.otherItem(w);
            LedgerRow otherRow = other == null ? null : model.rowOf(other);
            if (otherRow != null) {
                Hyperlink go = new Hyperlink(i18n.tr("ledger.detail.showOther", otherRow.code()));
                go.setMinWidth(Region.USE_PREF_SIZE);
                go.setOnAction(e -> vm.selection().selectItem(other));
                line.getChildren().add(go);
            }
            Button dismiss = new Button(i18n.tr("ledger.detail.dismiss"));
            dismiss.setMinWidth(Region.USE_PREF_SIZE);
            dismiss.setTooltip(new Tooltip(i18n.tr("ledger.detail.dismissTip")));
            dismiss.setOnAction(e -> model.dismiss(w.kind()));
            dismiss.setDisable(vm.readOnly());
            line.getChildren().add(dismiss);
            warningsBox.getChildren().add(line);
        }
        int n = model.dismissed().size();
        restore.setText(n == 0 ? "" : i18n.tr("ledger.detail.restore", n));
    }

    private void showNotes() {
        notesBox.getChildren().clear();
        if (model.notes().isEmpty()) {
            Label none = new Label(i18n.tr("ledger.detail.noNotes"));
            none.getStyleClass().add("hint");
            notesBox.getChildren().add(none);
            return;
        }
        for (ProgressNote n : model.notes()) {
            Label date = new Label(vm.texts().milestone(n.on()));
            date.getStyleClass().add("caption");
            date.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(vm.texts().history(n));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button("×");
            remove.getStyleClass().add("note-remove");
            remove.setTooltip(new Tooltip(i18n.tr("ledger.detail.removeNote")));
            remove.setAccessibleText(i18n.tr("ledger.detail.removeNote"));
            remove.setOnAction(e -> onRemoveNote.accept(n));
            // A 延期 or 退回 changed the item: it goes only with that change (撤销), never on its own.
            remove.setVisible(!vm.readOnly() && n.decision() == null);
            HBox line = new HBox(8, date, text, remove);
            line.getStyleClass().add(LedgerStyles.NOTE_ROW);
            line.setAlignment(Pos.TOP_LEFT);
            notesBox.getChildren().add(line);
        }
    }

    private void addNote() {
        DateInput.commitTyped(noteDate);
        model.addNote(noteDate.getValue(), noteText.getText(), () -> {
            noteText.clear();
            noteDate.setValue(vm.today());
        });
    }

    /** Puts the keyboard in the first field (Enter on the table). */
    void focus() {
        if (content.isVisible()) {
            fields.focus();
        }
    }
}
