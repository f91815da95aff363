package org.guidancedesk.ui.deadlines;

import org.guidancedesk.ui.ShownAs;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.DialogOwner;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Form;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.RuleKind;

/**
 * Adds or edits a deadline: title, rule (一次 / 每周 / 每月), time, recipient, responsible
 * member, note. A refusal is shown under its field; the campaign warning does not block.
 */
final class DeadlineDialog {
    private final I18n i18n;
    private final DeadlinesViewModel vm;
    private final Deadline existing;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Map<String, Label> errors = new HashMap<>();
    private final Map<String, Node> controls = new HashMap<>();
    private final Label general = new Label();
    private final Label warning = new Label();
    private int rows;

    private final TextField title = new TextField();
    private final ChoiceBox<RuleKind> kind = new ChoiceBox<>();
    private final DatePicker once;
    private final ChoiceBox<DayOfWeek> weekday = new ChoiceBox<>();
    private final Spinner<Integer> dayOfMonth = new Spinner<>(1, 31, 15);
    private final DatePicker from;
    private final DatePicker until;
    private final TextField time = new TextField();
    private final TextField recipient = new TextField();
    private final ChoiceBox<Member> responsible = new ChoiceBox<>();
    private final TextArea note = new TextArea();

    private DeadlineDialog(Node owner, I18n i18n, DeadlinesViewModel vm, Deadline existing) {
        this.i18n = i18n;
        this.vm = vm;
        this.existing = existing;
        this.once = DateInput.picker(i18n);
        this.from = DateInput.picker(i18n);
        this.until = DateInput.picker(i18n);
        kind.setId(KIND_ID);
        once.setId(ONCE_ID);
        from.setId(FROM_ID);
        dialog.setTitle(i18n.tr(existing == null ? "deadlines.dialog.addTitle" : "deadlines.dialog.editTitle"));
        dialog.setResizable(true);
        DialogOwner.own(dialog, owner);
        build();
        fill(existing == null ? vm.newForm() : vm.formOf(existing));
    }

    /** Shows the dialog and saves on OK; it closes only when the save succeeded. */
    static void show(Node owner, I18n i18n, DeadlinesViewModel vm, Deadline existing) {
        new DeadlineDialog(owner, i18n, vm, existing).showAndWait();
    }

    private void build() {
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(300);
        grid.getColumnConstraints().setAll(labels, values);

        kind.getItems().setAll(RuleKind.values());
        kind.setConverter(ShownAs.text(k -> k == null ? "" : i18n.tr("deadlines.kind." + k.name())));
        weekday.getItems().setAll(DayOfWeek.values());
        weekday.setConverter(ShownAs.text(d -> d == null ? "" : vm.weekday(d)));
        dayOfMonth.setEditable(true);
        time.setPromptText(i18n.tr("deadlines.dialog.timePrompt"));
        until.setPromptText(i18n.tr("deadlines.dialog.untilPrompt"));
        responsible.getItems().add(null);
        responsible.getItems().addAll(vm.members());
        responsible.setConverter(ShownAs.text(m -> m == null ? i18n.tr("deadlines.dialog.nobody") : m.name()));
        note.setPrefRowCount(3);
        note.setWrapText(true);

        row("deadlines.dialog.title", title, "deadline.title");
        row("deadlines.dialog.kind", kind, "deadline.recurrence");
        Node onceRow = row("deadlines.dialog.once", once, "deadline.due");
        Node weekdayRow = row("deadlines.dialog.weekday", weekday, "deadline.weekday");
        Node dayRow = row("deadlines.dialog.dayOfMonth", dayOfMonth, "deadline.dayOfMonth");
        Node fromRow = row("deadlines.dialog.from", from, "deadline.from");
        Node untilRow = row("deadlines.dialog.until", until, "deadline.until");
        row("deadlines.dialog.time", time, "deadline.time");
        row("deadlines.dialog.recipient", recipient, "deadline.recipient");
        row("deadlines.dialog.responsible", responsible, "deadline.responsible");
        row("deadlines.dialog.note", note, "deadline.note");

        kind.valueProperty().addListener((o, a, k) -> {
            show(onceRow, k == RuleKind.ONCE);
            show(weekdayRow, k == RuleKind.WEEKLY);
            show(dayRow, k == RuleKind.MONTHLY);
            show(fromRow, k != RuleKind.ONCE);
            show(untilRow, k != RuleKind.ONCE);
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
            updateWarning();
        });
        once.valueProperty().addListener((o, a, b) -> updateWarning());
        from.valueProperty().addListener((o, a, b) -> updateWarning());
        until.valueProperty().addListener((o, a, b) -> updateWarning());
        weekday.valueProperty().addListener((o, a, b) -> updateWarning());
        dayOfMonth.valueProperty().addListener((o, a, b) -> updateWarning());

        general.getStyleClass().add("error-text");
        warning.getStyleClass().add("warning-text");
        for (Label l : new Label[] {general, warning}) {
            l.setWrapText(true);
            l.setMaxWidth(460);
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.managedProperty());
        }
        VBox content = new VBox(10, grid, warning, general);
        content.setPadding(new Insets(16));
        dialog.getDialogPane().setContent(content);
    }

    private static void show(Node rowNode, boolean visible) {
        for (Node n : ((Node[]) rowNode.getProperties().get(DeadlineDialog.class))) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    /** A label and a field with its error line under it; returns a handle to hide the row. */
    private Node row(String labelKey, Region control, String field) {
        Label label = new Label(i18n.tr(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setMaxWidth(Double.MAX_VALUE);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        VBox value = new VBox(2, control, error);
        grid.addRow(rows++, label, value);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        GridPane.setMargin(label, new Insets(4, 0, 0, 0));
        errors.put(field, error);
        controls.put(field, control);
        label.getProperties().put(DeadlineDialog.class, new Node[] {label, value});
        return label;
    }

    private void fill(Form f) {
        title.setText(f.title());
        kind.setValue(f.kind());
        once.setValue(f.once());
        weekday.setValue(f.weekday());
        dayOfMonth.getValueFactory().setValue(f.dayOfMonth());
        from.setValue(f.from());
        until.setValue(f.until());
        time.setText(f.time());
        recipient.setText(f.recipient());
        responsible.setValue(vm.members().stream().filter(m -> f.responsibleId() != null && m.id() == f.responsibleId())
                .findFirst().orElse(null));
        note.setText(f.note());
    }

    /** The form as saved: text typed in a date field counts. */
    private Form form() {
        DateInput.commitTyped(once);
        DateInput.commitTyped(from);
        DateInput.commitTyped(until);
        return values();
    }

    /**
     * The form as the fields hold it, changing none: the warning reads it on every change, and
     * committing there would empty a date picker whose editor does not yet show its value (the
     * dialog not yet shown), so the default 开始日期 of today was lost.
     */
    private Form values() {
        Integer day = dayOfMonth.getValue();
        try {
            day = Integer.parseInt(dayOfMonth.getEditor().getText().strip());
        } catch (NumberFormatException e) {
            // keep the spinner's value
        }
        Member m = responsible.getValue();
        return new Form(title.getText(), kind.getValue(), once.getValue(), weekday.getValue(), day == null ? 0 : day,
                from.getValue(), until.getValue(), time.getText(), recipient.getText(), m == null ? null : m.id(),
                note.getText());
    }

    private void updateWarning() {
        warning.setText(vm.warning(values()));
    }

    private void clearErrors() {
        general.setText("");
        errors.values().forEach(l -> l.setText(""));
        controls.values().forEach(c -> c.pseudoClassStateChanged(INVALID, false));
    }

    private void refused(ValidationException e) {
        String message = vm.message(e);
        Label near = errors.get(e.field());
        if (e.field().equals("deadline.recurrence") && kind.getValue() != RuleKind.ONCE) {
            near = errors.get("deadline.until");
        }
        Node control = controls.get(e.field());
        if (near != null && near.getParent() != null && near.getParent().isVisible()) {
            near.setText(message);
        } else {
            general.setText(message);
        }
        if (control != null) {
            control.pseudoClassStateChanged(INVALID, true);
            control.requestFocus();
        }
    }

    static final String KIND_ID = "deadline-dialog-kind";
    static final String ONCE_ID = "deadline-dialog-once";
    static final String FROM_ID = "deadline-dialog-from";

    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    private void showAndWait() {
        ButtonType ok = new ButtonType(i18n.tr("deadlines.dialog.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("deadlines.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            clearErrors();
            vm.save(existing, form(), saved -> {
                dialog.setResult(ok);
                dialog.close();
            }, this::refused);
        });
        dialog.setOnShown(e -> Platform.runLater(title::requestFocus));
        dialog.showAndWait();
    }
}
