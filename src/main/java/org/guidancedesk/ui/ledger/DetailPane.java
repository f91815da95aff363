package org.guidancedesk.ui.ledger;

import org.guidancedesk.ui.ShownAs;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.ledger.LedgerDetailModel.Form;

/**
 * The selected item, every field editable and saved at once: on Enter, on leaving a field, a
 * moment after typing stops in a text area, and before the selection, the section or the
 * window changes (the model's flush hook). Then its warnings (忽略 / 恢复) and its progress
 * history with a line to add a dated note.
 */
final class DetailPane {
    private static final Duration TYPING_PAUSE = Duration.millis(800);

    private final LedgerViewModel vm;
    private final LedgerDetailModel model;
    private final I18n i18n;
    private final Consumer<ProgressNote> onRemoveNote;
    private final Runnable onRemoveItem;

    private final VBox box = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(box);
    private final Label empty = new Label();
    /** While several items are selected: which one is shown, and that 标记为/删除 act on all. */
    private final Label selectionNote = new Label();
    /** On a read-only file: that nothing here can be changed. */
    private final Label readOnlyNote = new Label();
    private final Button deleteButton = new Button();
    private final HBox noteAddLine = new HBox(6);
    private final VBox fields = new VBox(8);
    private final Label code = new Label();
    private final Label light = new Label();
    private final Label where = new Label();

    private final ChoiceBox<Ledger> ledger = new ChoiceBox<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final ChoiceBox<Unit> unit = new ChoiceBox<>();
    private final TextArea problem = area(3);
    private final TextArea measures = area(3);
    private final TextField leader = new TextField();
    private final TextField owner = new TextField();
    private final ChoiceBox<LedgerNode> node = new ChoiceBox<>();
    private final DatePicker due;
    private final FlowPane milestoneChoices = new FlowPane(4, 4);
    private final ChoiceBox<RectificationStatus> status = new ChoiceBox<>();
    private final DatePicker completedOn;
    private final DatePicker verifiedOn;
    private final TextField verifiedBy = new TextField();
    private final TextArea evidence = area(2);
    private final TextArea remarks = area(2);
    private final Label error = new Label();
    private final Node[] completedRow;
    private final Node[] verifiedRows;

    private final VBox warningsBox = new VBox(4);
    private final Hyperlink restore = new Hyperlink();
    private final VBox notesBox = new VBox(2);
    private final DatePicker noteDate;
    private final TextField noteText = new TextField();
    private final Label noteError = new Label();

    private final List<TextArea> areas = List.of(problem, measures, evidence, remarks);
    private final PauseTransition pause = new PauseTransition(TYPING_PAUSE);
    /** The fields, a label and its field a line (hidden lines take no room). */
    private final VBox grid = new VBox(6);
    private static final double LABEL_WIDTH = 96;
    /** True while fields are filled from the item, so that filling is not taken as an edit. */
    private boolean filling;
    /**
     * The fields the user changed since the item was shown: only these are taken from the
     * controls on a save, the others keep the stored value (a control may show a stored value
     * a little differently, e.g. a text field drops line breaks, and showing must not write).
     */
    private final java.util.Set<Control> edited = new java.util.HashSet<>();

    DetailPane(LedgerViewModel vm, I18n i18n, Consumer<ProgressNote> onRemoveNote, Runnable onRemoveItem) {
        this.vm = vm;
        this.model = vm.details();
        this.i18n = i18n;
        this.onRemoveNote = onRemoveNote;
        this.onRemoveItem = onRemoveItem;
        this.due = DateInput.picker(i18n);
        this.completedOn = DateInput.picker(i18n);
        this.verifiedOn = DateInput.picker(i18n);
        this.noteDate = DateInput.picker(i18n);
        box.setId(Ids.LEDGER_DETAILS);
        box.getStyleClass().addAll("details", LedgerStyles.DETAILS);

        empty.setText(i18n.tr("ledger.detail.hint"));
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");

        buildHeader();
        buildGrid();
        completedRow = row("ledger.detail.completedOn", completedOn);
        verifiedRows = concat(row("ledger.detail.verifiedOn", verifiedOn), row("ledger.detail.verifiedBy", verifiedBy));
        row("ledger.detail.evidence", evidence);
        evidence.setPromptText(i18n.tr("ledger.detail.evidencePrompt"));
        row("ledger.detail.remarks", remarks);

        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        showWhenText(error);

        Node delete = new javafx.scene.layout.HBox(8, deleteButton(), historyButton());
        fields.getChildren().setAll(code, light, where, warningsSection(), grid, error, notesSection(), delete);
        VBox.setMargin(delete, new Insets(12, 0, 0, 0));
        fields.managedProperty().bind(fields.visibleProperty());
        empty.managedProperty().bind(empty.visibleProperty());

        selectionNote.setId(LedgerStyles.SELECTION_NOTE_ID);
        selectionNote.setWrapText(true);
        selectionNote.setMaxWidth(Double.MAX_VALUE);
        selectionNote.setStyle(NOTE_STYLE);
        selectionNote.textProperty().bind(vm.selection().noteProperty());
        showWhenText(selectionNote);
        readOnlyNote.setWrapText(true);
        readOnlyNote.setMaxWidth(Double.MAX_VALUE);
        readOnlyNote.setStyle(NOTE_STYLE);
        readOnlyNote.setText(vm.readOnly() ? i18n.tr("ledger.readOnly") : "");
        showWhenText(readOnlyNote);
        box.getChildren().setAll(readOnlyNote, selectionNote, empty, fields);

        scroll.setFitToWidth(true);
        scroll.setMinWidth(280);
        scroll.setPrefWidth(380);
        scroll.getStyleClass().add("details-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        wireCommits();
        model.itemProperty().addListener((o, a, b) -> fill(a, b));
        model.warnings().addListener((javafx.collections.ListChangeListener<LedgerWarning>) c -> showWarnings());
        model.dismissed().addListener((javafx.collections.ListChangeListener<LedgerWarning.Kind>) c -> showWarnings());
        model.notes().addListener((javafx.collections.ListChangeListener<ProgressNote>) c -> showNotes());
        vm.selection().currentProperty().addListener((o, a, b) -> showHeader());
        model.setFlushHook(this::flush);
        // The units' list replaced (a unit renamed elsewhere): the choice shows the item's unit again.
        vm.units().addListener((javafx.collections.ListChangeListener<Unit>) c -> showUnit());
        if (vm.readOnly()) {
            makeReadOnly();
        }
        fill(null, model.itemProperty().get());
    }

    /** A tinted band for the notes above the fields (multi-selection, read-only). */
    private static final String NOTE_STYLE = "-fx-background-color: #fdf6e3; -fx-border-color: #e6d7a8; "
            + "-fx-border-radius: 3; -fx-background-radius: 3; -fx-padding: 6 8 6 8;";

    /** A read-only file: the fields can be read and copied, nothing can be changed. */
    private void makeReadOnly() {
        for (TextInputControl t : List.of(problem, measures, leader, owner, verifiedBy, evidence, remarks)) {
            t.setEditable(false);
        }
        for (Control c : List.of(ledger, category, unit, node, due, status, completedOn, verifiedOn)) {
            c.setDisable(true);
        }
        milestoneChoices.setDisable(true);
        evidence.setPromptText("");
        restore.setDisable(true);
        deleteButton.setDisable(true);
        noteText.setVisible(false);
        noteText.setManaged(false);
        noteAddLine.setVisible(false);
        noteAddLine.setManaged(false);
    }

    /** The unit choice shows the unit of the item shown (its list may have been replaced). */
    private void showUnit() {
        Rectification item = model.itemProperty().get();
        Unit u = item == null ? null : vm.units().stream().filter(x -> x.id() == item.unitId()).findFirst().orElse(null);
        if (!java.util.Objects.equals(unit.getValue(), u)) {
            boolean was = filling;
            filling = true;
            try {
                unit.setValue(u);
            } finally {
                filling = was;
            }
        }
    }

    Node view() {
        return scroll;
    }

    // --- layout ----------------------------------------------------------------------------------------

    private void buildHeader() {
        code.getStyleClass().add("details-title");
        light.getStyleClass().add("detail-light");
        where.getStyleClass().add("details-subtitle");
        where.setWrapText(true);
    }

    private void buildGrid() {

        problem.setId(LedgerStyles.DETAIL_PROBLEM_ID);
        row("ledger.detail.problem", problem);
        row("ledger.detail.measures", measures);

        ledger.getItems().setAll(Ledger.values());
        ledger.setConverter(ShownAs.text(l -> l == null ? "" : vm.texts().ledger(l)));
        row("ledger.detail.ledger", ledger);
        category.setEditable(true);
        row("ledger.detail.category", category);
        unit.setConverter(ShownAs.text(u -> u == null ? "" : u.name()));
        unit.setItems(vm.units());
        unit.setId(LedgerStyles.DETAIL_UNIT_ID);
        row("ledger.detail.unit", unit);
        row("ledger.detail.leader", leader);
        owner.setId(LedgerStyles.DETAIL_OWNER_ID);
        row("ledger.detail.owner", owner);

        node.getItems().setAll(LedgerNode.values());
        node.setConverter(ShownAs.text(n -> n == null ? "" : vm.texts().node(n)));
        row("ledger.detail.node", node);
        row("ledger.detail.due", due);
        milestoneChoices.getStyleClass().add("milestones");
        row("", milestoneChoices);
        model.milestones().addListener((javafx.collections.ListChangeListener<LocalDate>) c -> buildMilestones());
        buildMilestones();

        status.getItems().setAll(RectificationStatus.values());
        status.setConverter(ShownAs.text(s -> s == null ? "" : vm.texts().status(s)));
        status.setId(LedgerStyles.DETAIL_STATUS_ID);
        row("ledger.detail.status", status);
    }

    private Node[] row(String key, Control control) {
        control.setMaxWidth(Double.MAX_VALUE);
        Label label = line(key, control);
        label.setLabelFor(control);
        return new Node[] {label.getParent()};
    }

    private Node[] row(String key, FlowPane pane) {
        return new Node[] {line(key, pane).getParent()};
    }

    private Label line(String key, Region value) {
        Label label = new Label(key.isEmpty() ? "" : i18n.tr(key));
        label.setWrapText(true);
        label.getStyleClass().add("caption");
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        label.setMaxWidth(LABEL_WIDTH);
        label.setPadding(new Insets(4, 0, 0, 0));
        value.setMinWidth(120);
        HBox.setHgrow(value, Priority.ALWAYS);
        HBox line = new HBox(8, label, value);
        line.setAlignment(Pos.TOP_LEFT);
        grid.getChildren().add(line);
        return label;
    }

    private static Node[] concat(Node[] a, Node[] b) {
        Node[] all = new Node[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void setShown(Node[] nodes, boolean shown) {
        for (Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    private static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }

    private void buildMilestones() {
        milestoneChoices.getChildren().clear();
        for (LocalDate d : vm.upcomingMilestones()) {
            Button b = new Button(vm.texts().milestone(d));
            b.getStyleClass().add(LedgerStyles.MILESTONE);
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip(i18n.tr("ledger.detail.milestoneTip", i18n.longDate(d))));
            b.setOnAction(e -> {
                filling = true;
                try {
                    node.setValue(LedgerNode.DEADLINE);
                    due.setValue(d);
                } finally {
                    filling = false;
                }
                edited.add(node);
                edited.add(due);
                commit();
            });
            milestoneChoices.getChildren().add(b);
        }
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
        HBox addLine = noteAddLine;
        addLine.setAlignment(Pos.CENTER_LEFT);
        noteError.getStyleClass().add("error-text");
        noteError.setWrapText(true);
        noteError.textProperty().bind(model.noteErrorProperty());
        showWhenText(noteError);
        return new VBox(6, title, notesBox, noteText, addLine, noteError);
    }

    private Node deleteButton() {
        Button delete = deleteButton;
        delete.setText(i18n.tr("ledger.detail.remove"));
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> onRemoveItem.run());
        return delete;
    }

    /** 修改记录…: every recorded change of the item and its progress notes. */
    private Node historyButton() {
        Button history = new Button(i18n.tr("history.show"));
        history.setId("ledger-history");
        history.setOnAction(e -> {
            org.guidancedesk.domain.Rectification r = model.itemProperty().get();
            if (r != null) {
                org.guidancedesk.ui.history.HistoryDialog.show(history.getScene().getWindow(), model.tasks(),
                        code.getText() + " " + r.problem(), () -> model.history(r.id()));
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

    private static void showWhenText(javafx.scene.control.Labeled l) {
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
    }

    // --- commits ---------------------------------------------------------------------------------------

    private void wireCommits() {
        for (TextInputControl t : List.of(problem, measures, leader, owner, verifiedBy, evidence, remarks)) {
            markEdits(t, t.textProperty());
        }
        for (ChoiceBox<?> c : List.of(ledger, unit, node, status)) {
            markEdits(c, c.valueProperty());
        }
        markEdits(category, category.valueProperty());
        markEdits(category, category.getEditor().textProperty());
        for (DatePicker p : List.of(due, completedOn, verifiedOn)) {
            markEdits(p, p.valueProperty());
            markEdits(p, p.getEditor().textProperty());
        }
        for (TextField f : List.of(leader, owner, verifiedBy)) {
            f.setOnAction(e -> commit());
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    commit();
                }
            });
        }
        for (TextArea a : areas) {
            a.textProperty().addListener((o, x, y) -> {
                if (!filling) {
                    pause.playFromStart();
                }
            });
            a.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    pause.stop();
                    commit();
                }
            });
            // Tab leaves a text area instead of typing a tab (these are short texts, not documents).
            a.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    e.consume();
                    traverse(a, !e.isShiftDown());
                }
            });
        }
        pause.setOnFinished(e -> commit());
        for (ChoiceBox<?> c : List.of(ledger, unit, node, status)) {
            c.valueProperty().addListener((o, a, b) -> {
                if (!filling) {
                    commit();
                }
            });
        }
        ledger.valueProperty().addListener((o, a, l) -> {
            if (l != null) {
                String keep = category.getEditor().getText();
                boolean was = filling;
                filling = true;
                try {
                    category.getItems().setAll(vm.categoriesOf(l));
                    category.getEditor().setText(keep);
                    category.setValue(keep);
                } finally {
                    filling = was;
                }
            }
        });
        category.valueProperty().addListener((o, a, b) -> {
            if (!filling) {
                commit();
            }
        });
        category.getEditor().focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        for (DatePicker p : List.of(due, completedOn, verifiedOn)) {
            p.valueProperty().addListener((o, a, b) -> {
                if (!filling) {
                    commit();
                }
            });
        }
        node.valueProperty().addListener((o, a, n) -> due.setPromptText(n == LedgerNode.DEADLINE
                ? i18n.tr("ledger.detail.dueRequired") : i18n.tr("ledger.detail.dueOptional")));
        status.valueProperty().addListener((o, a, s) -> showStatusFields(s));
    }

    /** A change not made by filling is the user's edit of that field. */
    private void markEdits(Control c, javafx.beans.value.ObservableValue<?> value) {
        value.addListener((o, a, b) -> {
            if (!filling) {
                edited.add(c);
            }
        });
    }

    /** Ctrl+Tab is the text area's own way to move the focus on. */
    private static void traverse(Node from, boolean forward) {
        from.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                KeyCode.TAB, !forward, true, false, false));
    }

    private void showStatusFields(RectificationStatus s) {
        setShown(completedRow, s != null && s.completed());
        setShown(verifiedRows, s == RectificationStatus.CLOSED);
    }

    /** The stored item with the fields the user changed as the controls hold them. */
    private Form form() {
        Form stored = Form.of(model.itemProperty().get());
        Unit u = unit.getValue();
        String cat = category.isEditable() ? category.getEditor().getText() : category.getValue();
        return new Form(pick(ledger, ledger.getValue(), stored.ledger()),
                pick(category, cat == null ? "" : cat, stored.category()),
                pick(unit, u == null ? stored.unitId() : u.id(), stored.unitId()),
                pick(problem, problem.getText(), stored.problem()), pick(measures, measures.getText(), stored.measures()),
                pick(leader, leader.getText(), stored.leader()), pick(owner, owner.getText(), stored.owner()),
                pick(node, node.getValue(), stored.node()), pick(due, due.getValue(), stored.due()),
                pick(status, status.getValue(), stored.status()),
                pick(completedOn, completedOn.getValue(), stored.completedOn()),
                pick(verifiedOn, verifiedOn.getValue(), stored.verifiedOn()),
                pick(verifiedBy, verifiedBy.getText(), stored.verifiedBy()),
                pick(evidence, evidence.getText(), stored.evidence()), pick(remarks, remarks.getText(), stored.remarks()));
    }

    private <T> T pick(Control c, T shown, T stored) {
        return edited.contains(c) ? shown : stored;
    }

    private void commit() {
        if (filling || model.itemProperty().get() == null || vm.readOnly()) {
            return;
        }
        model.save(form());
    }

    /** Saves what is typed and not yet saved: dates typed without Enter, text waiting for its pause. */
    void flush() {
        if (model.itemProperty().get() == null) {
            return;
        }
        pause.stop();
        boolean was = filling;
        filling = true;
        try {
            DateInput.commitTyped(due);
            DateInput.commitTyped(completedOn);
            DateInput.commitTyped(verifiedOn);
        } finally {
            filling = was;
        }
        commit();
    }

    // --- filling ----------------------------------------------------------------------------------------

    private void fill(Rectification before, Rectification item) {
        boolean shown = item != null;
        empty.setVisible(!shown);
        fields.setVisible(shown);
        if (!shown) {
            return;
        }
        boolean same = before != null && before.id() == item.id();
        if (!same) {
            pause.stop();
            edited.clear();
            noteText.clear();
            noteDate.setValue(vm.today());
        }
        filling = true;
        try {
            set(ledger, item.ledger(), same);
            category.getItems().setAll(vm.categoriesOf(item.ledger()));
            if (!same || !category.getEditor().isFocused()) {
                category.setValue(item.category());
                category.getEditor().setText(item.category());
                edited.remove(category);
            }
            set(unit, vm.units().stream().filter(x -> x.id() == item.unitId()).findFirst().orElse(null), same);
            set(problem, item.problem(), same);
            set(measures, item.measures(), same);
            set(leader, item.leader(), same);
            set(owner, item.owner(), same);
            set(node, item.node(), same);
            set(due, item.due(), same);
            set(status, item.status(), same);
            set(completedOn, item.completedOn(), same);
            set(verifiedOn, item.verifiedOn(), same);
            set(verifiedBy, item.verifiedBy(), same);
            set(evidence, item.evidence(), same);
            set(remarks, item.remarks(), same);
            showStatusFields(item.status());
        } finally {
            filling = false;
        }
        showHeader();
    }

    // A field filled from the item shows the stored value again: it is no longer an edit.

    private <T> void set(ChoiceBox<T> c, T value, boolean same) {
        if (!same || !c.isFocused() || !java.util.Objects.equals(c.getValue(), value)) {
            c.setValue(value);
            edited.remove(c);
        }
    }

    private void set(DatePicker p, LocalDate value, boolean same) {
        if (!same || !p.isFocused()) {
            p.setValue(value);
            p.getEditor().setText(p.getConverter().toString(value));
            edited.remove(p);
        }
    }

    private void set(TextInputControl t, String value, boolean same) {
        boolean typing = t.isFocused() || (t instanceof TextArea && pause.getStatus() == Animation.Status.RUNNING);
        if (!same || !typing) {
            if (!t.getText().equals(value)) {
                t.setText(value);
            }
            edited.remove(t);
        }
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
            Label text = new Label(n.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button("×");
            remove.getStyleClass().add("note-remove");
            remove.setTooltip(new Tooltip(i18n.tr("ledger.detail.removeNote")));
            remove.setAccessibleText(i18n.tr("ledger.detail.removeNote"));
            remove.setOnAction(e -> onRemoveNote.accept(n));
            remove.setVisible(!vm.readOnly());
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
        if (fields.isVisible()) {
            problem.requestFocus();
            problem.positionCaret(problem.getText().length());
        }
    }
}
