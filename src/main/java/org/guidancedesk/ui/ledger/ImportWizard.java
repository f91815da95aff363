package org.guidancedesk.ui.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.ImportDraft;
import org.guidancedesk.service.ImportPreview;
import org.guidancedesk.service.ImportProblem;
import org.guidancedesk.service.LedgerColumn;
import org.guidancedesk.ui.ledger.LedgerView.Choice;

/**
 * 导入: after the file is chosen and read, two steps in one dialog. 列对应 — a line per file
 * column (its header, a sample value, the field it fills or 忽略; required fields marked), and
 * the unit and ledger for rows that do not name theirs. 预览 — the rows to import, and every
 * problem by row and column; 导入 stays disabled while any problem remains.
 */
final class ImportWizard {
    static final String MAPPING_ID = "ledger-import-mapping";
    static final String PROBLEMS_ID = "ledger-import-problems";
    static final String SKIP_ID = "ledger-import-skip";
    static final String ROWS_ID = "ledger-import-rows";

    private final Node owner;
    private final I18n i18n;
    private final LedgerViewModel vm;
    private final ImportModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final StackPane page = new StackPane();
    private final Label title = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private ButtonType back;
    private ButtonType next;
    private boolean onPreview;

    private ImportWizard(Node owner, I18n i18n, LedgerViewModel vm, ImportModel model) {
        this.owner = owner;
        this.i18n = i18n;
        this.vm = vm;
        this.model = model;
    }

    /** Reads the file, then shows the mapping step; a file that cannot be read is said so at once. */
    static void open(Node owner, I18n i18n, LedgerViewModel vm, Path file) {
        ImportModel model = vm.newImport();
        vm.noticeProperty().set(i18n.tr("ledger.import.reading", file.getFileName().toString()));
        model.read(file, () -> {
            vm.noticeProperty().set("");
            new ImportWizard(owner, i18n, vm, model).show();
        }, error -> {
            vm.noticeProperty().set("");
            Dialogs.error(owner, i18n, i18n.tr("ledger.import.failed"), error);
        });
    }

    private void show() {
        dialog.setTitle(i18n.tr("ledger.import.title"));
        dialog.setResizable(true);
        Dialogs.own(dialog, owner);
        back = new ButtonType(i18n.tr("ledger.import.back"), ButtonData.BACK_PREVIOUS);
        next = new ButtonType(i18n.tr("ledger.import.preview"), ButtonData.NEXT_FORWARD);
        ButtonType cancel = new ButtonType(i18n.tr("ledger.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(back, next, cancel);
        Button backButton = (Button) dialog.getDialogPane().lookupButton(back);
        Button nextButton = (Button) dialog.getDialogPane().lookupButton(next);
        backButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            showMapping();
        });
        nextButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (onPreview) {
                model.commit(saved -> {
                    dialog.setResult(next);
                    dialog.close();
                }, error -> Dialogs.error(owner, i18n, i18n.tr("ledger.import.failed"), error));
            } else {
                model.preview(this::showPreview);
            }
        });
        title.getStyleClass().add("details-title");
        busy.setMaxSize(28, 28);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox head = new HBox(10, title, busy);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, head, page);
        VBox.setVgrow(page, Priority.ALWAYS);
        content.setPadding(new Insets(14));
        content.setPrefSize(860, 560);
        dialog.getDialogPane().setContent(content);
        showMapping();
        dialog.showAndWait();
    }

    // --- 列对应 ---------------------------------------------------------------------------------------

    private void showMapping() {
        onPreview = false;
        ImportDraft d = model.draftProperty().get();
        title.setText(i18n.tr("ledger.import.mappingTitle", d.fileName()));
        Button nextButton = (Button) dialog.getDialogPane().lookupButton(next);
        nextButton.setText(i18n.tr("ledger.import.preview"));
        nextButton.disableProperty().unbind();
        nextButton.disableProperty().bind(model.busyProperty());
        dialog.getDialogPane().lookupButton(back).setDisable(true);

        Label intro = new Label(d.headerRow() > 0
                ? i18n.tr("ledger.import.headerAt", d.headerRow(), d.rows().size())
                : i18n.tr("ledger.import.noHeader", d.rows().size()));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");

        GridPane grid = new GridPane();
        grid.setId(MAPPING_ID);
        grid.getStyleClass().add("import-mapping");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints letter = new ColumnConstraints();
        letter.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints header = new ColumnConstraints(120, 160, 220);
        ColumnConstraints sample = new ColumnConstraints(120, 300, Double.MAX_VALUE);
        sample.setHgrow(Priority.ALWAYS);
        ColumnConstraints field = new ColumnConstraints(160, 190, 240);
        grid.getColumnConstraints().setAll(letter, header, sample, field);
        grid.addRow(0, caption("ledger.import.col.column"), caption("ledger.import.col.header"),
                caption("ledger.import.col.sample"), caption("ledger.import.col.field"));
        Label required = new Label();
        required.getStyleClass().add("warning-text");
        required.setWrapText(true);
        for (int c = 0; c < d.headers().size(); c++) {
            int column = c;
            Label letters = new Label(org.guidancedesk.tabular.Columns.letters(c));
            letters.getStyleClass().add("caption");
            Label head = new Label(d.headers().get(c).isEmpty() ? "—" : d.headers().get(c));
            head.setWrapText(true);
            String sampleText = d.sample(c);
            Label example = new Label(sampleText.length() > 80 ? sampleText.substring(0, 80) + "…" : sampleText);
            example.getStyleClass().add("hint");
            if (!sampleText.isEmpty()) {
                Tooltip t = new Tooltip(sampleText);
                t.setWrapText(true);
                t.setMaxWidth(480);
                example.setTooltip(t);
            }
            ComboBox<Choice<LedgerColumn>> target = new ComboBox<>();
            target.setMaxWidth(Double.MAX_VALUE);
            target.setVisibleRowCount(20);
            target.setAccessibleText(i18n.tr("ledger.import.fieldFor", letters.getText(), head.getText()));
            target.getItems().add(new Choice<>(null, i18n.tr("ledger.import.ignore")));
            for (LedgerColumn f : LedgerColumn.values()) {
                target.getItems().add(new Choice<>(f, fieldName(f)));
            }
            select(target, model.column(c));
            target.valueProperty().addListener((o, a, v) -> {
                if (v != null && !Objects.equals(model.column(column), v.value())) {
                    model.setColumn(column, v.value());
                }
            });
            model.mappingVersionProperty().addListener(o -> select(target, model.column(column)));
            grid.addRow(c + 1, letters, head, example, target);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        ChoiceBox<Choice<Long>> unit = new ChoiceBox<>();
        unit.getItems().add(new Choice<>(null, i18n.tr("ledger.import.unitNone")));
        for (Unit u : vm.units()) {
            unit.getItems().add(new Choice<>(u.id(), u.name()));
        }
        unit.setValue(unit.getItems().stream().filter(x -> Objects.equals(x.value(), model.unitIdProperty().get()))
                .findFirst().orElse(unit.getItems().get(0)));
        unit.valueProperty().addListener((o, a, v) -> model.unitIdProperty().set(v == null ? null : v.value()));
        ChoiceBox<Choice<Ledger>> ledger = new ChoiceBox<>();
        for (Ledger l : Ledger.values()) {
            ledger.getItems().add(new Choice<>(l, vm.texts().ledger(l)));
        }
        ledger.setValue(ledger.getItems().stream().filter(x -> x.value() == model.ledgerProperty().get()).findFirst()
                .orElse(ledger.getItems().get(1)));
        ledger.valueProperty().addListener((o, a, v) -> model.ledgerProperty().set(v.value()));
        Label unitLabel = new Label();
        Label ledgerLabel = new Label();
        Runnable labels = () -> {
            unitLabel.setText(i18n.tr(model.hasUnitColumn() ? "ledger.import.unitBlank" : "ledger.import.unit"));
            ledgerLabel.setText(i18n.tr(model.hasLedgerColumn() ? "ledger.import.ledgerBlank" : "ledger.import.ledger"));
            List<String> missing = model.missing().stream().map(this::fieldName).toList();
            required.setText(missing.isEmpty() ? "" : i18n.tr("ledger.import.missing", String.join("、", missing)));
        };
        model.mappingVersionProperty().addListener(o -> labels.run());
        labels.run();
        required.managedProperty().bind(required.textProperty().isNotEmpty());
        required.visibleProperty().bind(required.managedProperty());
        GridPane defaults = new GridPane();
        defaults.setHgap(10);
        defaults.setVgap(6);
        defaults.addRow(0, unitLabel, unit);
        defaults.addRow(1, ledgerLabel, ledger);
        Label legend = new Label(i18n.tr("ledger.import.requiredLegend"));
        legend.getStyleClass().add("hint");

        page.getChildren().setAll(new VBox(8, intro, scroll, required, legend, defaults));
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst().ifPresent(box::setValue);
    }

    /** 问题描述 *: the field's name, marked when required. */
    private String fieldName(LedgerColumn f) {
        String name = i18n.tr("ledger.import.field." + f.name());
        return f.required() ? name + " *" : name;
    }

    private Label caption(String key) {
        Label l = new Label(i18n.tr(key));
        l.getStyleClass().add("caption");
        return l;
    }

    // --- 预览 ---------------------------------------------------------------------------------------------

    private void showPreview() {
        ImportPreview p = model.previewProperty().get();
        if (p == null) {
            return;
        }
        onPreview = true;
        Button nextButton = (Button) dialog.getDialogPane().lookupButton(next);
        nextButton.setText(p.canImport() ? i18n.tr("ledger.import.commit", p.rows().size()) : i18n.tr("ledger.import.commitNone"));
        nextButton.disableProperty().unbind();
        nextButton.disableProperty().bind(model.busyProperty().or(model.previewProperty().isNull())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.previewProperty().get() == null
                        || !model.previewProperty().get().canImport(), model.previewProperty())));
        dialog.getDialogPane().lookupButton(back).setDisable(false);
        title.setText(i18n.tr("ledger.import.previewTitle", p.draft().fileName()));

        List<Node> parts = new ArrayList<>();
        Label summary = new Label(p.problems().isEmpty()
                ? i18n.tr("ledger.import.ready", p.rows().size())
                : i18n.tr("ledger.import.problems", p.problems().size()));
        summary.getStyleClass().add(p.problems().isEmpty() ? "ready-text" : "error-text");
        summary.setWrapText(true);
        parts.add(summary);
        if (!p.problems().isEmpty()) {
            ListView<String> problems = new ListView<>();
            problems.setId(PROBLEMS_ID);
            problems.getItems().setAll(p.problems().stream().map(this::describe).toList());
            problems.setPrefHeight(Math.min(200, 28 * p.problems().size() + 4));
            problems.getStyleClass().add("import-problems");
            parts.add(problems);
            java.util.SortedSet<Integer> bad = model.problemRows();
            if (!bad.isEmpty()) {
                Button skip = new Button(i18n.tr("ledger.import.skip", rowList(bad)));
                skip.setId(SKIP_ID);
                skip.setOnAction(e -> model.skipProblemRows(this::showPreview));
                parts.add(skip);
            }
        }
        if (!model.skipped().isEmpty()) {
            Button restore = new Button(i18n.tr("ledger.import.unskip"));
            restore.setOnAction(e -> model.restoreSkipped(this::showPreview));
            Label skippedRows = new Label(i18n.tr("ledger.import.skipped", rowList(model.skipped())));
            skippedRows.getStyleClass().add("hint");
            skippedRows.setWrapText(true);
            parts.add(new javafx.scene.layout.HBox(8, skippedRows, restore));
        }
        p.earlier().ifPresent(e -> {
            Label earlier = new Label(i18n.tr("ledgerio.earlier",
                    i18n.longDate(e.at().atZone(java.time.ZoneId.systemDefault()).toLocalDate()), e.itemCount()));
            earlier.getStyleClass().add("warning-text");
            earlier.setWrapText(true);
            parts.add(earlier);
        });
        for (Map.Entry<Ledger, List<String>> e : p.newCategories().entrySet()) {
            Label added = new Label(i18n.tr("ledger.import.newCategories", vm.texts().ledger(e.getKey()),
                    String.join("、", e.getValue())));
            added.getStyleClass().add("hint");
            added.setWrapText(true);
            parts.add(added);
        }
        if (!p.rows().isEmpty()) {
            TableView<ImportPreview.Row> rows = rowsTable(p);
            VBox.setVgrow(rows, Priority.ALWAYS);
            parts.add(rows);
        }
        VBox box = new VBox(8);
        box.getChildren().setAll(parts);
        page.getChildren().setAll(box);
    }

    /** "3、4、12" (the first twenty, then "…"). */
    private static String rowList(java.util.SortedSet<Integer> rows) {
        List<String> shown = rows.stream().limit(20).map(String::valueOf).toList();
        return String.join("、", shown) + (rows.size() > 20 ? "…" : "");
    }

    private String describe(ImportProblem problem) {
        return problem.describe(i18n);
    }

    private TableView<ImportPreview.Row> rowsTable(ImportPreview p) {
        TableView<ImportPreview.Row> table = new TableView<>();
        table.setId(ROWS_ID);
        table.getItems().setAll(p.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        java.util.Map<Long, String> units = new java.util.HashMap<>();
        vm.units().forEach(u -> units.put(u.id(), u.name()));
        table.getColumns().add(column("ledger.import.col.row", 56, r -> Integer.toString(r.number())));
        table.getColumns().add(column("ledger.column.ledgerShort", 56, r -> vm.texts().ledgerShort(r.item().ledger())));
        table.getColumns().add(column("ledger.column.unit", 96, r -> units.getOrDefault(r.item().unitId(), "")));
        table.getColumns().add(column("ledger.column.category", 96, r -> r.item().category()));
        table.getColumns().add(column("ledger.column.problem", 260, r -> r.item().problem()));
        table.getColumns().add(column("ledger.column.owner", 110, r -> r.item().owner()));
        table.getColumns().add(column("ledger.column.node", 72, r -> vm.texts().node(r.item().node())));
        table.getColumns().add(column("ledger.column.due", 110, r -> dueText(r.item())));
        table.getColumns().add(column("ledger.column.status", 64, r -> vm.texts().status(r.item().status())));
        table.getColumns().add(column("ledger.import.col.notes", 56,
                r -> r.notes().isEmpty() ? "" : Integer.toString(r.notes().size())));
        return table;
    }

    private String dueText(Rectification r) {
        return r.due() == null ? "—" : vm.texts().milestone(r.due());
    }

    private TableColumn<ImportPreview.Row, String> column(String key, double width,
                                                        java.util.function.Function<ImportPreview.Row, String> text) {
        TableColumn<ImportPreview.Row, String> c = new TableColumn<>(i18n.tr(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
