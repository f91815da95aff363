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
import org.guidancedesk.service.ImportPlan;
import org.guidancedesk.service.ImportPlanText;
import org.guidancedesk.service.ImportPreview;
import org.guidancedesk.service.ImportProblem;
import org.guidancedesk.service.LedgerColumn;
import org.guidancedesk.ui.ledger.LedgerView.Choice;

/**
 * 导入: after the file is chosen and read, two steps in one dialog. 列对应 — a line per file
 * column (its header, a sample value, the field it fills or 忽略; required fields marked), and
 * the unit and ledger for rows that do not name theirs. 预览 — what the import would do (new,
 * changed field by field, unchanged, the items the file no longer lists), each row with its
 * choice, and every problem by row and column; 导入 stays disabled while any problem remains.
 */
final class ImportWizard {
    static final String MAPPING_ID = "ledger-import-mapping";
    static final String PROBLEMS_ID = "ledger-import-problems";
    static final String SKIP_ID = "ledger-import-skip";
    static final String ROWS_ID = "ledger-import-rows";
    static final String NOT_DATA_ID = "ledger-import-not-data";
    static final String SUMMARY_ID = "ledger-import-summary";
    static final String NOT_LISTED_ID = "ledger-import-not-listed";
    static final String ALL_AS_NEW_ID = "ledger-import-all-as-new";
    /** How many of the items the file no longer lists are named. */
    private static final int NOT_LISTED_SHOWN = 12;
    /** The style class of the text field that corrects a problem cell. */
    static final String FIX_FIELD = "import-fix-field";

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
    /** The row whose choice was changed last, kept in view when the preview is shown again. */
    private int shownRow = -1;

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
        // Sized for a 1280×800 screen (the dialog's frame and buttons take the rest); it may be resized.
        content.setPrefSize(1180, 610);
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
            required.setText(missing.isEmpty() ? "" : i18n.tr("ledger.import.missing", String.join(i18n.tr("settings.list.separator"), missing)));
        };
        model.mappingVersionProperty().addListener(o -> labels.run());
        labels.run();
        required.managedProperty().bind(required.textProperty().isNotEmpty());
        required.visibleProperty().bind(required.managedProperty());
        Label guessed = new Label(i18n.tr("ledger.import.unitGuessed"));
        guessed.getStyleClass().add("hint");
        Runnable guessShown = () -> guessed.setVisible(model.guessedUnitProperty().get() != null
                && Objects.equals(model.guessedUnitProperty().get(), model.unitIdProperty().get()));
        model.unitIdProperty().addListener(o -> guessShown.run());
        guessShown.run();
        GridPane defaults = new GridPane();
        defaults.setHgap(10);
        defaults.setVgap(6);
        defaults.addRow(0, unitLabel, unit, guessed);
        defaults.addRow(1, ledgerLabel, ledger);
        javafx.scene.control.CheckBox allAsNew = new javafx.scene.control.CheckBox(i18n.tr("ledger.import.allAsNew"));
        allAsNew.setId(ALL_AS_NEW_ID);
        allAsNew.setSelected(model.allAsNewProperty().get());
        allAsNew.selectedProperty().addListener((o, a, v) -> model.allAsNewProperty().set(v));
        defaults.add(allAsNew, 0, 2, 3, 1);
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
        ImportPlan plan = p.plan();
        nextButton.setText(!p.canImport() ? i18n.tr("ledger.import.commitNone")
                : plan.writes() == 0 ? i18n.tr("ledger.import.commitNothing")
                : plan.count(ImportPlan.Outcome.UPDATE) == 0 ? i18n.tr("ledger.import.commit", plan.writes())
                : i18n.tr("ledger.import.commitPlan", plan.count(ImportPlan.Outcome.ADD), plan.count(ImportPlan.Outcome.UPDATE)));
        // The bar sized the button for "预览 ›"; "导入（新增 1 项，更新 2 项）" needs its own width.
        javafx.scene.control.ButtonBar.setButtonUniformSize(nextButton, false);
        nextButton.setPrefWidth(Region.USE_COMPUTED_SIZE);
        nextButton.setMinWidth(Region.USE_PREF_SIZE);
        nextButton.disableProperty().unbind();
        nextButton.disableProperty().bind(model.busyProperty().or(model.previewProperty().isNull())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.previewProperty().get() == null
                        || !model.previewProperty().get().canImport()
                        || model.previewProperty().get().plan().writes() == 0, model.previewProperty())));
        dialog.getDialogPane().lookupButton(back).setDisable(false);
        title.setText(i18n.tr("ledger.import.previewTitle", p.draft().fileName()));

        List<Node> parts = new ArrayList<>();
        Label summary = new Label(p.problems().isEmpty()
                ? new ImportPlanText(i18n).summary(plan)
                : i18n.tr("ledger.import.problemsFix", p.problems().size()));
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add(p.problems().isEmpty() ? "ready-text" : "error-text");
        summary.setWrapText(true);
        parts.add(summary);
        if (p.problems().isEmpty() && !plan.allAsNew()) {
            Label how = new Label(i18n.tr(plan.held().isEmpty() ? "ledger.import.planHint" : "ledger.import.planHintBack"));
            how.getStyleClass().add(plan.held().isEmpty() ? "hint" : "warning-text");
            how.setWrapText(true);
            parts.add(how);
        }
        if (!p.problems().isEmpty()) {
            ListView<ImportProblem> problems = new ListView<>();
            problems.setId(PROBLEMS_ID);
            problems.getItems().setAll(p.problems());
            problems.setCellFactory(list -> new ProblemCell());
            long fixable = p.problems().stream().filter(ImportModel::correctable).count();
            problems.setPrefHeight(Math.min(300, 30 * p.problems().size() + 34 * fixable + 8));
            problems.setMinHeight(Math.min(120, problems.getPrefHeight()));
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
        if (!p.draft().corrections().isEmpty()) {
            Label corrected = new Label(i18n.tr("ledger.import.corrected", p.draft().corrections().size(),
                    String.join("；", p.draft().corrections().stream().limit(10).map(this::describe).toList())
                            + (p.draft().corrections().size() > 10 ? "…" : "")));
            corrected.getStyleClass().add("hint");
            corrected.setWrapText(true);
            parts.add(corrected);
        }
        if (!p.notData().isEmpty()) {
            parts.add(notData(p));
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
                    String.join(i18n.tr("settings.list.separator"), e.getValue())));
            added.getStyleClass().add("hint");
            added.setWrapText(true);
            parts.add(added);
        }
        if (!p.rows().isEmpty()) {
            TableView<ImportPlan.Entry> rows = new ImportPlanTable(i18n, vm, model, row -> {
                shownRow = row;
                showPreview();
            }).table(p);
            VBox.setVgrow(rows, Priority.ALWAYS);
            parts.add(rows);
            scrollTo(rows, shownRow);
        }
        if (!plan.notListed().isEmpty()) {
            parts.add(notListed(plan));
        }
        VBox box = new VBox(8);
        box.getChildren().setAll(parts);
        page.getChildren().setAll(box);
    }

    /** After a choice in a row, the new table shows that row where it was. */
    private static void scrollTo(TableView<ImportPlan.Entry> table, int row) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).row() == row) {
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    /** The existing items of the file's units it no longer lists: named, left as they are. */
    private Node notListed(ImportPlan plan) {
        ImportPlanText words = new ImportPlanText(i18n);
        List<String> named = plan.notListed().stream().limit(NOT_LISTED_SHOWN)
                .map(r -> words.code(r) + " " + shortened(r.problem())).toList();
        Label label = new Label(i18n.tr("ledger.import.notListed", plan.notListed().size(),
                String.join(i18n.tr("ledger.import.notListedSeparator"), named)
                        + (plan.notListed().size() > NOT_LISTED_SHOWN ? "…" : "")));
        label.setId(NOT_LISTED_ID);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static String shortened(String text) {
        String one = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return one.length() <= 24 ? one : one.substring(0, 24) + "…";
    }

    /** "3、4、12" (the first twenty, then "…"); "3, 4, 12" in English. */
    private String rowList(java.util.SortedSet<Integer> rows) {
        List<String> shown = rows.stream().limit(20).map(String::valueOf).toList();
        return String.join(i18n.tr("settings.list.separator"), shown) + (rows.size() > 20 ? "…" : "");
    }

    private String describe(ImportProblem problem) {
        return problem.describe(i18n);
    }

    private String describe(ImportDraft.Correction c) {
        List<String> headers = model.draftProperty().get().headers();
        String header = c.column() < headers.size() && !headers.get(c.column()).isEmpty() ? headers.get(c.column())
                : org.guidancedesk.tabular.Columns.letters(c.column());
        return i18n.tr("ledger.import.correctedOne", c.row(), header, c.from(), c.to());
    }

    /** The 合计 and footnote rows, left out; each can be taken in all the same. */
    private Node notData(ImportPreview p) {
        VBox box = new VBox(4);
        box.setId(NOT_DATA_ID);
        Label head = new Label(i18n.tr("ledger.import.notDataTitle"));
        head.getStyleClass().add("hint");
        box.getChildren().add(head);
        for (ImportPreview.NotData n : p.notData().stream().limit(20).toList()) {
            Label line = new Label(i18n.tr("ledgerio.notData." + n.kind().name(), n.number(), n.text()));
            line.setWrapText(true);
            line.getStyleClass().add("hint");
            javafx.scene.control.CheckBox in = new javafx.scene.control.CheckBox(i18n.tr("ledger.import.notDataInclude"));
            in.setSelected(n.included());
            in.setMinWidth(Region.USE_PREF_SIZE);
            in.setOnAction(e -> model.include(n.number(), in.isSelected(), this::showPreview));
            HBox row = new HBox(12, line, in);
            HBox.setHgrow(line, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    /**
     * One problem, its text wrapped to the list's width; a problem in a cell has the cell's value
     * under it to correct in place (Enter or 改正): every row is checked again at once.
     */
    private final class ProblemCell extends javafx.scene.control.ListCell<ImportProblem> {
        private final Label text = new Label();
        private final javafx.scene.control.TextField value = new javafx.scene.control.TextField();
        private final Button fix = new Button(i18n.tr("ledger.import.fix"));
        private final Button asNew = new Button(i18n.tr("ledger.import.takeAsNew"));
        private final HBox editor;
        private final VBox box;

        ProblemCell() {
            text.setWrapText(true);
            text.getStyleClass().add("error-text");
            value.getStyleClass().add(FIX_FIELD);
            HBox.setHgrow(value, Priority.ALWAYS);
            value.setMaxWidth(520);
            Label label = new Label(i18n.tr("ledger.import.fixLabel"));
            label.setMinWidth(Region.USE_PREF_SIZE);
            asNew.setMinWidth(Region.USE_PREF_SIZE);
            editor = new HBox(8, label, value, fix, asNew);
            editor.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(4, text, editor);
            setPrefWidth(0); // wrap to the list's width rather than scroll sideways
            value.setOnAction(e -> apply());
            fix.setOnAction(e -> apply());
            asNew.setOnAction(e -> {
                ImportProblem problem = getItem();
                if (problem != null && !model.busyProperty().get()) {
                    shownRow = problem.row();
                    model.choose(problem.row(), ImportModel.RowChoice.AS_NEW, ImportWizard.this::showPreview);
                }
            });
        }

        private void apply() {
            ImportProblem problem = getItem();
            if (problem != null && !model.busyProperty().get()) {
                model.correct(problem.row(), problem.column(), value.getText(), ImportWizard.this::showPreview);
            }
        }

        @Override
        protected void updateItem(ImportProblem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            text.setText(describe(problem));
            boolean correctable = ImportModel.correctable(problem);
            editor.setVisible(correctable);
            editor.setManaged(correctable);
            asNew.setVisible(ImportModel.aboutMatching(problem));
            asNew.setManaged(asNew.isVisible());
            if (correctable) {
                value.setText(model.cellText(problem.row(), problem.column()));
                value.setAccessibleText(i18n.tr("ledger.import.fixFor", problem.row(),
                        problem.header().isEmpty() ? problem.columnLetters() : problem.header()));
            }
            box.setMaxWidth(Math.max(200, getListView().getWidth() - 40));
            setGraphic(box);
            setText(null);
        }
    }
}
