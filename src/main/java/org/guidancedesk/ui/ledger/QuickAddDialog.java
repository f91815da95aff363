package org.guidancedesk.ui.ledger;

import org.guidancedesk.ui.ShownAs;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.ledger.LedgerViewModel.QuickForm;

/**
 * 新增 (Ctrl+N): unit, ledger and category from the filter; the problem; the node as one
 * click — one of the 三个节点, another date, 立行立改 or 长期坚持; the people. Enter saves.
 */
final class QuickAddDialog {
    static final String PROBLEM_ID = "ledger-add-problem";

    private final I18n i18n;
    private final LedgerViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ChoiceBox<Unit> unit = new ChoiceBox<>();
    private final ChoiceBox<Ledger> ledger = new ChoiceBox<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextArea problem = new TextArea();
    private final ToggleGroup nodes = new ToggleGroup();
    private final DatePicker due;
    private final TextField leader = new TextField();
    private final TextField owner = new TextField();
    private final Label error = new Label();
    private final ToggleButton otherDate;
    private final ToggleButton immediate;
    private final ToggleButton longTerm;

    private QuickAddDialog(Node owner, I18n i18n, LedgerViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        this.due = DateInput.picker(i18n);
        this.otherDate = new ToggleButton(i18n.tr("ledger.add.otherDate"));
        this.immediate = new ToggleButton(vm.texts().node(LedgerNode.IMMEDIATE));
        this.longTerm = new ToggleButton(vm.texts().node(LedgerNode.LONG_TERM));
        dialog.setTitle(i18n.tr("ledger.add.title"));
        dialog.setResizable(true);
        Dialogs.own(dialog, owner);
        build();
        fill(vm.newForm());
    }

    static void show(Node owner, I18n i18n, LedgerViewModel vm) {
        new QuickAddDialog(owner, i18n, vm).showAndWait();
    }

    private void build() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(380);
        grid.getColumnConstraints().setAll(labels, values);

        unit.setItems(vm.units());
        unit.setConverter(ShownAs.text(u -> u == null ? "" : u.name()));
        ledger.getItems().setAll(Ledger.values());
        ledger.setConverter(ShownAs.text(l -> l == null ? "" : vm.texts().ledger(l)));
        ledger.valueProperty().addListener((o, a, l) -> {
            String keep = category.getEditor().getText();
            category.getItems().setAll(l == null ? java.util.List.of() : vm.categoriesOf(l));
            category.setValue(category.getItems().contains(keep) ? keep : "");
        });
        category.setEditable(true);
        category.setPromptText(i18n.tr("ledger.add.categoryPrompt"));
        problem.setId(PROBLEM_ID);
        problem.setWrapText(true);
        problem.setPrefRowCount(3);
        problem.setPromptText(i18n.tr("ledger.add.problemPrompt"));

        FlowPane nodeChoices = new FlowPane(4, 4);
        for (LocalDate d : vm.upcomingMilestones()) {
            ToggleButton b = new ToggleButton(vm.texts().milestone(d));
            b.setUserData(d);
            b.setToggleGroup(nodes);
            nodeChoices.getChildren().add(b);
        }
        for (ToggleButton b : new ToggleButton[] {otherDate, immediate, longTerm}) {
            b.setToggleGroup(nodes);
            nodeChoices.getChildren().add(b);
        }
        nodes.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true); // one is always chosen
                return;
            }
            due.setDisable(t == longTerm);
            if (t.getUserData() instanceof LocalDate d) {
                due.setValue(d);
            } else if (t == immediate) {
                due.setValue(vm.dueFor(LedgerNode.IMMEDIATE, due.getValue()));
            } else if (t == longTerm) {
                due.setValue(null);
            }
        });
        due.valueProperty().addListener((o, a, d) -> {
            // Typing a date that is one of the nodes picks that node's button; another date picks 其他日期.
            if (d == null || nodes.getSelectedToggle() == immediate || nodes.getSelectedToggle() == longTerm) {
                return;
            }
            nodes.getToggles().stream().filter(t -> d.equals(t.getUserData())).findFirst()
                    .ifPresentOrElse(t -> t.setSelected(true), () -> otherDate.setSelected(true));
        });

        int r = 0;
        r = row(grid, r, "ledger.add.unit", unit);
        r = row(grid, r, "ledger.add.ledger", ledger);
        r = row(grid, r, "ledger.add.category", category);
        r = row(grid, r, "ledger.add.problem", problem);
        r = row(grid, r, "ledger.add.node", nodeChoices);
        r = row(grid, r, "ledger.add.due", due);
        r = row(grid, r, "ledger.add.leader", leader);
        row(grid, r, "ledger.add.owner", owner);

        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(520);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        Label hint = new Label(i18n.tr("ledger.add.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox content = new VBox(10, grid, error, hint);
        content.setPadding(new Insets(16));
        dialog.getDialogPane().setContent(content);
    }

    private int row(GridPane grid, int r, String key, Region control) {
        Label label = new Label(i18n.tr(key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(r, label, control);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setMargin(label, new Insets(4, 0, 0, 0));
        return r + 1;
    }

    private void fill(QuickForm f) {
        unit.setValue(vm.units().stream().filter(u -> f.unitId() != null && u.id() == f.unitId()).findFirst()
                .orElse(null));
        ledger.setValue(f.ledger());
        category.setValue(f.category());
        problem.setText(f.problem());
        leader.setText(f.leader());
        owner.setText(f.owner());
        if (f.node() == LedgerNode.IMMEDIATE) {
            immediate.setSelected(true);
        } else if (f.node() == LedgerNode.LONG_TERM) {
            longTerm.setSelected(true);
        } else {
            nodes.getToggles().stream().filter(t -> f.due() != null && f.due().equals(t.getUserData())).findFirst()
                    .ifPresentOrElse(t -> t.setSelected(true), () -> otherDate.setSelected(true));
        }
        due.setValue(f.due());
    }

    private QuickForm form() {
        DateInput.commitTyped(due);
        Unit u = unit.getValue();
        Object t = nodes.getSelectedToggle();
        LedgerNode n = t == immediate ? LedgerNode.IMMEDIATE : t == longTerm ? LedgerNode.LONG_TERM : LedgerNode.DEADLINE;
        String cat = category.getEditor().getText();
        return new QuickForm(u == null ? null : u.id(), ledger.getValue(), cat == null ? "" : cat, problem.getText(),
                n, n == LedgerNode.LONG_TERM ? null : due.getValue(), leader.getText(), owner.getText());
    }

    private void showAndWait() {
        ButtonType save = new ButtonType(i18n.tr("ledger.add.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("ledger.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            error.setText("");
            vm.add(form(), added -> {
                dialog.setResult(save);
                dialog.close();
            }, this::refused);
        });
        // Enter in the problem saves (Shift+Enter starts a new line), as in every other field.
        problem.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                saveButton.fire();
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                problem.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
        dialog.setOnShown(e -> Platform.runLater(problem::requestFocus));
        dialog.showAndWait();
    }

    private void refused(ValidationException e) {
        error.setText(org.guidancedesk.ui.Messages.of(i18n, e));
        if (e.field().equals("rectification.problem")) {
            problem.requestFocus();
        } else if (e.field().equals("rectification.due")) {
            due.requestFocus();
        }
    }
}
