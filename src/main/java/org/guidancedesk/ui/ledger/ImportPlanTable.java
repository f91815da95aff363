package org.guidancedesk.ui.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.ImportPlan;
import org.guidancedesk.service.ImportPlanText;
import org.guidancedesk.service.ImportPreview;
import org.guidancedesk.service.LedgerColumn;
import org.guidancedesk.ui.TextWidths;
import org.guidancedesk.ui.WrapCell;
import org.guidancedesk.ui.ledger.ImportModel.RowChoice;
import org.guidancedesk.ui.ledger.LedgerView.Choice;

/**
 * The preview's rows as the import would take them: a line a row of the file, with what
 * happens to it (新增, 更新, 未变, 不更新, a status moved back to confirm), the existing item it
 * matched and how, its changes field by field (old → new), and for a matched row the user's
 * choice (更新 / 不更新 / 作为新问题) and, for a status moved back, the yes it needs.
 */
final class ImportPlanTable {
    /** The style class of the choice of a matched row, and of the yes to a status moved back. */
    static final String CHOICE = "import-row-choice";
    static final String ALLOW_BACK = "import-allow-back";

    private final I18n i18n;
    private final LedgerViewModel vm;
    private final ImportModel model;
    private final ImportPlanText words;
    private final IntConsumer chosen;

    /** @param chosen told the row whose choice the user changed, once the preview is new */
    ImportPlanTable(I18n i18n, LedgerViewModel vm, ImportModel model, IntConsumer chosen) {
        this.i18n = i18n;
        this.vm = vm;
        this.model = model;
        this.words = new ImportPlanText(i18n);
        this.chosen = chosen;
    }

    TableView<ImportPlan.Entry> table(ImportPreview p) {
        TableView<ImportPlan.Entry> table = new TableView<>();
        table.setId(ImportWizard.ROWS_ID);
        table.getStyleClass().add("import-plan");
        table.getItems().setAll(p.plan().entries());
        // Wide enough to read: the dialog is sized for 1280 px; a narrower one scrolls sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Map<Long, String> units = new HashMap<>();
        vm.units().forEach(u -> units.put(u.id(), u.name()));
        table.getColumns().add(column("ledger.import.col.row", 44, e -> Integer.toString(e.row()), List.of()));
        TableColumn<ImportPlan.Entry, String> outcome = column("ledger.import.col.outcome", 70, this::outcome,
                java.util.Arrays.stream(ImportPlan.Outcome.values()).map(words::outcome).toList());
        outcome.setCellFactory(c -> new OutcomeCell());
        table.getColumns().add(outcome);
        table.getColumns().add(wrapped(column("ledger.import.col.existing", 100, this::existing, List.of())));
        table.getColumns().add(column("ledger.column.unit", 84, e -> units.getOrDefault(e.item().unitId(), ""), List.of()));
        table.getColumns().add(wrapped(column("ledger.column.problem", 210, e -> e.item().problem(), List.of())));
        table.getColumns().add(column("ledger.column.due", 100, e -> dueText(e.item()), List.of()));
        table.getColumns().add(column("ledger.column.status", 64, e -> vm.texts().status(e.item().status()),
                java.util.Arrays.stream(org.guidancedesk.domain.RectificationStatus.values()).map(vm.texts()::status).toList()));
        table.getColumns().add(wrapped(column("ledger.import.col.changes", 260, this::changes, List.of())));
        TableColumn<ImportPlan.Entry, ImportPlan.Entry> choice = new TableColumn<>(i18n.tr("ledger.import.col.choice"));
        choice.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        choice.setCellFactory(c -> new ChoiceCell());
        List<String> choices = java.util.Arrays.stream(RowChoice.values())
                .map(c -> i18n.tr("ledger.import.choice." + c.name())).toList();
        choice.setPrefWidth(Math.max(TextWidths.widest(choices, false) + 48, TextWidths.of(choice.getText(), true) + 20));
        choice.setSortable(false);
        table.getColumns().add(choice);
        return table;
    }

    private String outcome(ImportPlan.Entry e) {
        if (e.outcome() == ImportPlan.Outcome.ADD && e.existing() != null) {
            return i18n.tr("ledger.import.asNew");
        }
        return words.outcome(e.outcome());
    }

    /** "整改-017\n按编号"; a row taken as new names the item it would have updated. */
    private String existing(ImportPlan.Entry e) {
        return e.existing() == null ? "" : words.code(e.existing()) + "\n" + words.matchedBy(e.by());
    }

    /** One change a line, the status moved back first and marked; a new row's notes counted. */
    private String changes(ImportPlan.Entry e) {
        List<String> lines = new ArrayList<>();
        if (e.outcome() == ImportPlan.Outcome.ADD) {
            if (!e.newNotes().isEmpty()) {
                lines.add(i18n.tr("ledger.import.newNotes", e.newNotes().size()));
            }
            return String.join("\n", lines);
        }
        for (ImportPlan.FieldChange c : e.changes()) {
            lines.add(e.backward() && c.field() == LedgerColumn.STATUS ? i18n.tr("ledger.import.backMark", words.backward(e))
                    : words.change(c));
        }
        String notes = words.notes(e);
        if (!notes.isEmpty()) {
            lines.add(notes);
        }
        return String.join("\n", lines);
    }

    private String dueText(Rectification r) {
        return r.due() == null ? "—" : vm.texts().milestone(r.due());
    }

    private static TableColumn<ImportPlan.Entry, String> wrapped(TableColumn<ImportPlan.Entry, String> c) {
        c.setCellFactory(x -> new WrapCell<>());
        return c;
    }

    /** At least {@code width}, and wide enough for its header and each of {@code words} ("Completed", not "Comple…"). */
    private TableColumn<ImportPlan.Entry, String> column(String key, double width, Function<ImportPlan.Entry, String> text,
                                                       List<String> wordsShown) {
        TableColumn<ImportPlan.Entry, String> c = new TableColumn<>(i18n.tr(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        double header = TextWidths.of(i18n.tr(key), true) + 20;
        c.setPrefWidth(Math.max(width, Math.max(header, TextWidths.widest(wordsShown, false) + 16)));
        return c;
    }

    /** What happens to the row; a status moved back not yet agreed to stands out, rows left alone are quiet. */
    private static final class OutcomeCell extends TableCell<ImportPlan.Entry, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll("warning-text", "hint");
            ImportPlan.Entry e = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            if (e != null && e.outcome() == ImportPlan.Outcome.HELD) {
                getStyleClass().add("warning-text");
            } else if (e != null && (e.outcome() == ImportPlan.Outcome.UNCHANGED
                    || e.outcome() == ImportPlan.Outcome.NOT_UPDATED)) {
                getStyleClass().add("hint");
            }
        }
    }

    /** 更新 / 不更新 / 作为新问题 for a matched row, and 同意回退 for a status moved back. */
    private final class ChoiceCell extends TableCell<ImportPlan.Entry, ImportPlan.Entry> {
        @Override
        protected void updateItem(ImportPlan.Entry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null || e.existing() == null) {
                setGraphic(null);
                return;
            }
            int row = e.row();
            if (e.outcome() == ImportPlan.Outcome.UNCHANGED) {
                CheckBox asNew = new CheckBox(i18n.tr("ledger.import.choice.AS_NEW"));
                asNew.getStyleClass().add(CHOICE);
                asNew.disableProperty().bind(model.busyProperty());
                asNew.setOnAction(x -> model.choose(row, asNew.isSelected() ? RowChoice.AS_NEW : RowChoice.UPDATE,
                        () -> chosen.accept(row)));
                setGraphic(asNew);
                return;
            }
            ChoiceBox<Choice<RowChoice>> box = new ChoiceBox<>();
            box.getStyleClass().add(CHOICE);
            for (RowChoice c : RowChoice.values()) {
                box.getItems().add(new Choice<>(c, i18n.tr("ledger.import.choice." + c.name())));
            }
            RowChoice now = model.choice(row);
            box.getItems().stream().filter(c -> c.value() == now).findFirst().ifPresent(box::setValue);
            box.setAccessibleText(i18n.tr("ledger.import.choiceFor", row));
            box.disableProperty().bind(model.busyProperty());
            box.valueProperty().addListener((o, a, v) -> {
                if (v != null && v.value() != model.choice(row)) {
                    model.choose(row, v.value(), () -> chosen.accept(row));
                }
            });
            VBox cell = new VBox(4, box);
            cell.setAlignment(Pos.CENTER_LEFT);
            if (e.backward() && now == RowChoice.UPDATE) {
                CheckBox yes = new CheckBox(i18n.tr("ledger.import.allowBack"));
                yes.getStyleClass().add(ALLOW_BACK);
                yes.setSelected(e.outcome() == ImportPlan.Outcome.UPDATE);
                yes.setTooltip(new Tooltip(words.backward(e)));
                yes.disableProperty().bind(model.busyProperty());
                yes.setOnAction(x -> model.allowBackward(row, yes.isSelected(), () -> chosen.accept(row)));
                cell.getChildren().add(yes);
            }
            setGraphic(cell);
        }
    }
}
