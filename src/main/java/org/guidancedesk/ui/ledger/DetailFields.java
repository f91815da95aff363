package org.guidancedesk.ui.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.ShownAs;

/**
 * The detail pane's fields, a label and its control a line, each control bound to its field of
 * the {@link ItemForm}. A choice or a date is saved at once, a one-line text on Enter or on
 * leaving it, a text area a moment after typing stops or on leaving it; a save takes what the
 * user changed (the form's dirty fields), so showing an item or moving through it writes nothing.
 */
final class DetailFields {
    private static final Duration TYPING_PAUSE = Duration.millis(800);
    private static final double LABEL_WIDTH = 96;

    private final LedgerViewModel vm;
    private final LedgerDetailModel model;
    private final ItemForm form;
    private final I18n i18n;
    private final VBox grid = new VBox(6);

    private final ChoiceBox<Ledger> ledger = new ChoiceBox<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final ChoiceBox<Unit> unit = new ChoiceBox<>();
    private final TextArea problem = area(3);
    private final TextArea measures = area(3);
    private final TextArea standard = area(2);
    private final TextField leader = new TextField();
    private final TextField owner = new TextField();
    private final ChoiceBox<LedgerNode> node = new ChoiceBox<>();
    private final DatePicker due;
    private final FlowPane milestones = new FlowPane(4, 4);
    private final ChoiceBox<RectificationStatus> status = new ChoiceBox<>();
    private final DatePicker completedOn;
    private final DatePicker verifiedOn;
    private final TextField verifiedBy = new TextField();
    private final TextArea evidence = area(2);
    private final TextArea remarks = area(2);
    private final Node completedRow;
    private final List<Node> verifiedRows;
    private final PauseTransition pause = new PauseTransition(TYPING_PAUSE);

    DetailFields(LedgerViewModel vm, I18n i18n) {
        this.vm = vm;
        this.model = vm.details();
        this.form = model.fields();
        this.i18n = i18n;
        this.due = DateInput.picker(i18n);
        this.completedOn = DateInput.picker(i18n);
        this.verifiedOn = DateInput.picker(i18n);

        problem.setId(LedgerStyles.DETAIL_PROBLEM_ID);
        row("ledger.detail.problem", problem);
        row("ledger.detail.measures", measures);
        standard.setId(LedgerStyles.DETAIL_STANDARD_ID);
        standard.setPromptText(i18n.tr("ledger.detail.standardPrompt"));
        row("ledger.detail.standard", standard);
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
        milestones.getStyleClass().add("milestones");
        line("", milestones);
        status.getItems().setAll(RectificationStatus.values());
        status.setConverter(ShownAs.text(s -> s == null ? "" : vm.texts().status(s)));
        status.setId(LedgerStyles.DETAIL_STATUS_ID);
        row("ledger.detail.status", status);
        completedRow = row("ledger.detail.completedOn", completedOn);
        verifiedRows = List.of(row("ledger.detail.verifiedOn", verifiedOn), row("ledger.detail.verifiedBy", verifiedBy));
        row("ledger.detail.evidence", evidence);
        evidence.setPromptText(i18n.tr("ledger.detail.evidencePrompt"));
        row("ledger.detail.remarks", remarks);

        bind();
        saveWhenEdited();
        model.milestones().addListener((ListChangeListener<LocalDate>) c -> buildMilestones());
        buildMilestones();
        if (vm.readOnly()) {
            makeReadOnly();
        }
    }

    Node view() {
        return grid;
    }

    // --- the controls on the form ------------------------------------------------------------------------

    private void bind() {
        for (TextArea a : List.of(problem, measures, standard, evidence, remarks)) {
            // Tab leaves a text area instead of typing a tab (these are short texts, not documents).
            a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    e.consume();
                    traverse(a, !e.isShiftDown());
                }
            });
        }
        text(problem, form.problem());
        text(measures, form.measures());
        text(standard, form.standard());
        text(leader, form.leader());
        text(owner, form.owner());
        text(verifiedBy, form.verifiedBy());
        text(evidence, form.evidence());
        text(remarks, form.remarks());
        ledger.valueProperty().bindBidirectional(form.ledger().value());
        node.valueProperty().bindBidirectional(form.node().value());
        status.valueProperty().bindBidirectional(form.status().value());
        due.valueProperty().bindBidirectional(form.due().value());
        completedOn.valueProperty().bindBidirectional(form.completedOn().value());
        verifiedOn.valueProperty().bindBidirectional(form.verifiedOn().value());

        // A choice whose list is replaced drops its value for a moment: a null from it is never the user's.
        keepNonNull(category.valueProperty(), form.category().value());
        form.category().value().addListener(o -> showCategory());
        unit.valueProperty().addListener((o, a, u) -> {
            if (u != null && !Objects.equals(form.unit().get(), u.id())) {
                form.unit().set(u.id());
            }
        });
        form.unit().value().addListener(o -> showUnit());
        vm.units().addListener((ListChangeListener<Unit>) c -> showUnit());
        // The categories offered are the item's ledger's, as they are now (a save may have added one).
        form.ledger().value().addListener(o -> offerCategories());
        model.itemProperty().addListener((o, a, b) -> {
            offerCategories();
            if (a == null || b == null || a.id() != b.id()) {
                pause.stop();
            }
        });

        form.node().value().addListener((o, a, n) -> due.setPromptText(n == LedgerNode.DEADLINE
                ? i18n.tr("ledger.detail.dueRequired") : i18n.tr("ledger.detail.dueOptional")));
        form.status().value().addListener((o, a, s) -> showStatusFields(s));
        showStatusFields(form.status().get());
    }

    private static void text(TextInputControl control, ItemForm.Field<String> field) {
        control.textProperty().bindBidirectional(field.value());
    }

    /** The user's choice goes to the field, the field's value to the control; each set only when it differs. */
    private static <T> void keepNonNull(ObjectProperty<T> control, ObjectProperty<T> field) {
        control.addListener((o, a, v) -> {
            if (v != null && !v.equals(field.get())) {
                field.set(v);
            }
        });
    }

    private void showCategory() {
        String value = form.category().get();
        if (!Objects.equals(category.getValue(), value)) {
            category.setValue(value);
        }
    }

    private void offerCategories() {
        Ledger l = form.ledger().get();
        if (l == null) {
            return;
        }
        List<String> names = vm.categoriesOf(l);
        if (!category.getItems().equals(names)) {
            category.getItems().setAll(names);
        }
        showCategory();
    }

    /** The unit choice shows the form's unit (its list may have been replaced: a unit renamed elsewhere). */
    private void showUnit() {
        Long id = form.unit().get();
        Unit u = id == null ? null : vm.units().stream().filter(x -> x.id() == id).findFirst().orElse(null);
        if (!Objects.equals(unit.getValue(), u)) {
            unit.setValue(u);
        }
    }

    private void showStatusFields(RectificationStatus s) {
        shown(completedRow, s != null && s.completed());
        verifiedRows.forEach(r -> shown(r, s == RectificationStatus.CLOSED));
    }

    // --- saving -------------------------------------------------------------------------------------------

    private void saveWhenEdited() {
        for (ItemForm.Field<?> f : List.of(form.ledger(), form.category(), form.unit(), form.node(), form.due(),
                form.status(), form.completedOn(), form.verifiedOn())) {
            f.onEdit(this::save);
        }
        for (ItemForm.Field<String> f : List.of(form.problem(), form.measures(), form.standard(), form.evidence(),
                form.remarks())) {
            f.onEdit(pause::playFromStart);
        }
        pause.setOnFinished(e -> save());
        for (TextField f : List.of(leader, owner, verifiedBy)) {
            f.setOnAction(e -> save());
        }
        for (Control c : List.of(leader, owner, verifiedBy, problem, measures, standard, evidence, remarks)) {
            c.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    pause.stop();
                    save();
                }
            });
        }
    }

    private void save() {
        if (!vm.readOnly()) {
            model.saveEdits();
        }
    }

    /** What the controls hold typed and not yet in the form: dates typed without Enter, a category typed. */
    void commitTyped() {
        pause.stop();
        if (model.itemProperty().get() == null) {
            return;
        }
        DateInput.commitTyped(due);
        DateInput.commitTyped(completedOn);
        DateInput.commitTyped(verifiedOn);
        category.commitValue();
    }

    private void buildMilestones() {
        milestones.getChildren().clear();
        for (LocalDate d : vm.upcomingMilestones()) {
            Button b = new Button(vm.texts().milestone(d));
            b.getStyleClass().add(LedgerStyles.MILESTONE);
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip(i18n.tr("ledger.detail.milestoneTip", i18n.longDate(d))));
            b.setOnAction(e -> model.chooseMilestone(d));
            milestones.getChildren().add(b);
        }
    }

    /** A read-only file: the fields can be read and copied, nothing can be changed. */
    private void makeReadOnly() {
        for (TextInputControl t : List.of(problem, measures, standard, leader, owner, verifiedBy, evidence, remarks)) {
            t.setEditable(false);
        }
        for (Control c : List.of(ledger, category, unit, node, due, status, completedOn, verifiedOn)) {
            c.setDisable(true);
        }
        milestones.setDisable(true);
        evidence.setPromptText("");
        standard.setPromptText("");
    }

    /** Puts the keyboard in the first field (Enter on the table). */
    void focus() {
        problem.requestFocus();
        problem.positionCaret(problem.getText() == null ? 0 : problem.getText().length());
    }

    // --- layout -------------------------------------------------------------------------------------------

    private Node row(String key, Control control) {
        control.setMaxWidth(Double.MAX_VALUE);
        Label label = line(key, control);
        label.setLabelFor(control);
        return label.getParent();
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

    private static void shown(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }

    /** Ctrl+Tab is the text area's own way to move the focus on. */
    private static void traverse(Node from, boolean forward) {
        from.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, !forward, true, false, false));
    }
}
