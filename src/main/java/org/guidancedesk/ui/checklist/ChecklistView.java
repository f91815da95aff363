package org.guidancedesk.ui.checklist;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.HoverTooltip;
import org.guidancedesk.ui.Ids;

/**
 * The matrix: filters on top, actions × units in the middle, the selected cell's details on
 * the right, the legend below. A click or Space ticks the cell; arrows move.
 */
final class ChecklistView {
    private static final PseudoClass PHASE = PseudoClass.getPseudoClass("phase");
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    private static final double UNIT_COLUMN_WIDTH = 90;
    private static final double GROUP_COLUMN_WIDTH = 120;
    static final String UNTICK_QUESTION = UntickQuestion.ID;
    static final String MARK_DONE_BUTTON = "mark-done";

    private final ChecklistViewModel vm;
    private final I18n i18n;
    private final TableView<MatrixRow> table = new TableView<>();
    /** The hover text of the cells (a cell's state, date and liaison; an action's whole title). */
    private final HoverTooltip hover = new HoverTooltip();
    /** The matrix's cells alive now (a refresh makes new ones; the old are let go). */
    private final Set<TableCell<MatrixRow, MatrixRow>> liveCells = Collections.newSetFromMap(new WeakHashMap<>());
    private final CellDetailsView details;
    private final BorderPane root = new BorderPane();
    /** The line shown while there is nothing to tick yet. */
    static final String EMPTY_HINT = "checklist-empty-hint";

    ChecklistView(ChecklistViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.details = new CellDetailsView(vm.details(), i18n);
        build();
    }

    Node view() {
        return root;
    }

    /**
     * Puts the keyboard on the matrix, on the first cell when none is selected, so Space and
     * the arrows work as soon as the section opens.
     */
    void focusMatrix() {
        table.requestFocus();
        focusFirstCellIfNone();
        // A window being shown hands its first focus to the first control (the sidebar), and the
        // table's skin, once built, puts its focus on row 0: take both back after that pulse.
        javafx.application.Platform.runLater(() -> {
            table.requestFocus();
            focusFirstCellIfNone();
        });
    }

    /**
     * Puts the keyboard focus (not the selection: the side panel is built on first selection,
     * which start-up does not need) on the first action cell when no cell has focus yet.
     */
    private void focusFirstCellIfNone() {
        TablePosition<MatrixRow, ?> focused = table.getFocusModel().getFocusedCell();
        boolean onACell = focused != null && focused.getRow() >= 0 && focused.getRow() < vm.rows().size()
                && vm.rows().get(focused.getRow()) instanceof MatrixRow.ActionRow
                && focused.getTableColumn() != null && table.getColumns().contains(focused.getTableColumn())
                && focused.getTableColumn().getUserData() instanceof MatrixColumn;
        TableColumn<MatrixRow, ?> first = table.getColumns().stream()
                .filter(c -> c.getUserData() instanceof MatrixColumn).findFirst().orElse(null);
        if (onACell || first == null) {
            return;
        }
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i) instanceof MatrixRow.ActionRow) {
                table.getFocusModel().focus(i, first);
                return;
            }
        }
    }

    /** Space ticks the focused cell (the selected one, or the one the keyboard is on) and selects it. */
    private void toggleFocused() {
        focusedKey().ifPresent(key -> {
            TablePosition<MatrixRow, ?> pos = table.getFocusModel().getFocusedCell();
            table.getSelectionModel().clearAndSelect(pos.getRow(), pos.getTableColumn());
            vm.toggle(key);
        });
    }

    /** The cell the keyboard is on, if it is a cell. */
    private java.util.Optional<org.guidancedesk.domain.RecordKey> focusedKey() {
        focusFirstCellIfNone();
        TablePosition<MatrixRow, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getRow() >= vm.rows().size() || pos.getTableColumn() == null
                || !(pos.getTableColumn().getUserData() instanceof MatrixColumn col)) {
            return java.util.Optional.empty();
        }
        return vm.keyAt(vm.rows().get(pos.getRow()), col);
    }

    /** The selected cells in the matrix, in order; the focused one when none is selected. */
    private List<org.guidancedesk.domain.RecordKey> selectedKeys() {
        List<org.guidancedesk.domain.RecordKey> keys = new java.util.ArrayList<>();
        for (TablePosition<?, ?> pos : table.getSelectionModel().getSelectedCells()) {
            if (pos.getRow() >= 0 && pos.getRow() < vm.rows().size() && pos.getTableColumn() != null
                    && pos.getTableColumn().getUserData() instanceof MatrixColumn col) {
                vm.keyAt(vm.rows().get(pos.getRow()), col).ifPresent(keys::add);
            }
        }
        if (keys.isEmpty()) {
            focusedKey().ifPresent(keys::add);
        }
        return keys;
    }

    /** 标记完成于…: the done date for the selected cells, asked in a small prompt. */
    void promptDoneDate() {
        DoneDatePrompt.show(table, vm, selectedKeys());
    }

    /** Saves a note still being typed (the window is closing or the section changing). */
    void flush() {
        details.flushNote();
    }

    private void build() {
        table.setId(Ids.MATRIX);
        table.getStyleClass().add("matrix");
        table.getSelectionModel().setCellSelectionEnabled(true);
        // Several cells (Ctrl/Shift+click, Shift+arrows) can be marked done on one date at once.
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        vm.setConfirmer((header, text, onYes) -> UntickQuestion.ask(i18n, table, header, text, onYes));
        details.setMarkDoneAction(this::promptDoneDate, i18n.tr("checklist.markDone.tooltip"));
        // The key is named, not installed as an accelerator: that would fire in the note field too.
        table.setContextMenu(new javafx.scene.control.ContextMenu(
                org.guidancedesk.ui.MenuItemBuilder.item(i18n.tr("checklist.markDone.menu")).does(this::promptDoneDate)));
        table.setItems(vm.rows());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("hint");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.emptyHintProperty().isEmpty())
                .then(i18n.tr("checklist.empty")).otherwise(vm.emptyHintProperty()));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MatrixRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PHASE, !empty && row instanceof MatrixRow.PhaseRow);
                pseudoClassStateChanged(TOTAL, !empty && row instanceof MatrixRow.TotalRow);
            }
        });
        vm.columns().addListener((ListChangeListener<MatrixColumn>) c -> rebuildColumns());
        vm.scopeProperty().addListener((o, a, b) -> rebuildColumns());
        // A whole read may change any cell; a save redraws only its actions' rows and the foot
        // (refresh() makes every visible cell anew: over a second on a 40-unit group).
        vm.reloadsProperty().addListener((o, a, b) -> table.refresh());
        vm.onSaved(this::redrawRowsOf);
        vm.warnDaysProperty().addListener((o, a, b) -> table.refresh());
        vm.rows().addListener((ListChangeListener<MatrixRow>) c -> {
            if (table.isFocused()) {
                focusFirstCellIfNone();
            }
        });
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> select());
        vm.revealProperty().addListener((o, a, key) -> {
            if (key != null) {
                reveal(key);
                vm.revealProperty().set(null);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShortcutDown() && !e.isAltDown();
            if (e.getCode() == KeyCode.SPACE && plain) {
                e.consume();
                // Shift+Space asks the date; so does Space on several cells (one tick cannot mean them all).
                if (e.isShiftDown() || table.getSelectionModel().getSelectedCells().size() > 1) {
                    promptDoneDate();
                } else {
                    toggleFocused();
                }
            } else if (e.getCode() == KeyCode.ENTER && plain && !e.isShiftDown()) {
                e.consume();
                promptDoneDate();
            }
        });
        rebuildColumns();

        SplitPane split = new SplitPane(table, details.view());
        split.setDividerPositions(0.79);
        SplitPane.setResizableWithParent(details.view(), false);

        // Nothing to tick yet: a line saying where to add what is missing, above the matrix.
        Label emptyHint = new Label();
        emptyHint.setId(EMPTY_HINT);
        emptyHint.getStyleClass().add("hint");
        emptyHint.setWrapText(true);
        emptyHint.setPadding(new javafx.geometry.Insets(6, 10, 6, 10));
        emptyHint.textProperty().bind(vm.emptyHintProperty());
        emptyHint.visibleProperty().bind(vm.emptyHintProperty().isNotEmpty());
        emptyHint.managedProperty().bind(emptyHint.visibleProperty());
        javafx.scene.layout.VBox center = new javafx.scene.layout.VBox(emptyHint, split);
        javafx.scene.layout.VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);

        root.setTop(MatrixBars.filterBar(vm, i18n));
        root.setCenter(center);
        root.setBottom(MatrixBars.legend(i18n));
        root.getStyleClass().add("checklist");
    }

    /** Selects the cell of {@code key}, scrolled into view, the keyboard on it. */
    private void reveal(org.guidancedesk.domain.RecordKey key) {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i) instanceof MatrixRow.ActionRow a && a.action().id() == key.actionId()) {
                for (TableColumn<MatrixRow, ?> c : table.getColumns()) {
                    if (c.getUserData() instanceof MatrixColumn col && java.util.Objects.equals(col.unitId(), key.unitId())) {
                        table.getSelectionModel().clearAndSelect(i, c);
                        table.getFocusModel().focus(i, c);
                        table.scrollTo(Math.max(0, i - 3));
                        table.scrollToColumn(c);
                        return;
                    }
                }
            }
        }
    }

    private void select() {
        List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        details.flushNote();
        if (cells.isEmpty()) {
            vm.selectedProperty().set(null);
            return;
        }
        TablePosition<?, ?> focused = table.getFocusModel().getFocusedCell();
        TablePosition<?, ?> pos = cells.stream().filter(p -> focused != null && p.getRow() == focused.getRow()
                && p.getTableColumn() == focused.getTableColumn()).findFirst().orElse(cells.get(cells.size() - 1));
        MatrixRow row = pos.getRow() >= 0 && pos.getRow() < vm.rows().size() ? vm.rows().get(pos.getRow()) : null;
        Object data = pos.getTableColumn() == null ? null : pos.getTableColumn().getUserData();
        if (row != null && data instanceof MatrixColumn col) {
            vm.selectedProperty().set(vm.keyAt(row, col).orElse(null));
        } else {
            vm.selectedProperty().set(null);
        }
    }

    private void rebuildColumns() {
        TableColumn<MatrixRow, MatrixRow> action = new TableColumn<>(i18n.tr(
                vm.scopeProperty().get() == ActionScope.GROUP ? "checklist.column.item" : "checklist.column.action"));
        action.setPrefWidth(262);
        action.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        action.setCellFactory(c -> new ActionTitleCell());
        action.setSortable(false);
        action.setReorderable(false);
        table.getColumns().setAll(List.of(action));
        if (vm.scopeProperty().get() == ActionScope.GROUP) {
            table.getColumns().addAll(GroupItemColumns.of(i18n, vm.checklistProperty()::get));
        }
        for (MatrixColumn mc : vm.columns()) {
            TableColumn<MatrixRow, MatrixRow> col = new TableColumn<>();
            col.setGraphic(ColumnHeader.of(mc.title(), (mc.unitId() == null ? GROUP_COLUMN_WIDTH : UNIT_COLUMN_WIDTH) - 10));
            col.setUserData(mc);
            // The group's one column has room for a repeating item's "↻ 1/21 ✘11" in either language.
            col.setPrefWidth(mc.unitId() == null ? GROUP_COLUMN_WIDTH : UNIT_COLUMN_WIDTH);
            col.setSortable(false);
            col.setReorderable(false);
            col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            col.setCellFactory(c -> new StateCell(mc));
            table.getColumns().add(col);
        }
        TableColumn<MatrixRow, MatrixRow> total = new TableColumn<>(i18n.tr("checklist.column.completion"));
        total.setPrefWidth(72); // room for the light's symbol beside the overall percentage
        total.setSortable(false);
        total.setReorderable(false);
        total.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        total.setCellFactory(c -> new CompletionCell());
        table.getColumns().add(total);
    }

    /** Redraws the cells now showing the given actions' rows, and the completion row. */
    private void redrawRowsOf(Set<Long> actionIds) {
        for (TableCell<MatrixRow, MatrixRow> cell : List.copyOf(liveCells)) {
            MatrixRow row = cell.getItem();
            if (row instanceof MatrixRow.TotalRow
                    || row instanceof MatrixRow.ActionRow a && actionIds.contains(a.action().id())) {
                ((Redrawn) cell).redraw();
            }
        }
    }

    /** A cell whose text is read from the current checklist, redrawn after a save. */
    private interface Redrawn {
        void redraw();
    }

    /** The completion column: a row's done count, the overall figure at the foot. */
    private final class CompletionCell extends TableCell<MatrixRow, MatrixRow> implements Redrawn {
        CompletionCell() {
            getStyleClass().add("completion-cell");
            liveCells.add(this);
        }

        @Override
        public void redraw() {
            updateItem(getItem(), isEmpty());
        }

        @Override
        protected void updateItem(MatrixRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : vm.figures().completionText(row));
            getStyleClass().removeIf(s -> s.startsWith("state-progress-"));
            if (!empty && row instanceof MatrixRow.TotalRow) {
                // The overall figure takes the light of everything it counts, like each unit's.
                getStyleClass().add("state-progress-" + vm.figures().overallLight().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** The first column: phase headings, action titles (★ for must-attend), the total label. */
    private final class ActionTitleCell extends TableCell<MatrixRow, MatrixRow> {
        ActionTitleCell() {
            hover.attach(this, () -> getItem() instanceof MatrixRow.ActionRow ? getText() : null);
        }

        @Override
        protected void updateItem(MatrixRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                hover.refresh(this);
                return;
            }
            String text;
            if (row instanceof MatrixRow.PhaseRow p) {
                text = p.phase().name();
            } else if (row instanceof MatrixRow.ActionRow a) {
                text = a.action().title() + (a.action().mustAttend() ? " ★" : "");
            } else {
                text = i18n.tr(vm.scopeProperty().get() == ActionScope.GROUP
                        ? "checklist.groupCompletion" : "checklist.unitCompletion");
            }
            setText(text);
            hover.refresh(this);
        }
    }

    /** A unit's cell: symbol and date or word, a style per state, accessible text. */
    private final class StateCell extends TableCell<MatrixRow, MatrixRow> implements Redrawn {
        private final MatrixColumn column;

        StateCell(MatrixColumn column) {
            this.column = column;
            liveCells.add(this);
            setAlignment(Pos.CENTER);
            // The accessible text (state, date, the unit's liaison) is the hover text too.
            hover.attach(this, this::getAccessibleText);
            accessibleTextProperty().addListener((o, was, is) -> hover.refresh(this));
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                // Ctrl/Shift+click add to the selection (to mark several on one date), never tick.
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !isEmpty()
                        && !e.isShiftDown() && !e.isShortcutDown() && getItem() instanceof MatrixRow.ActionRow) {
                    vm.keyAt(getItem(), column).ifPresent(vm::toggle);
                }
            });
        }

        @Override
        public void redraw() {
            updateItem(getItem(), isEmpty());
        }

        @Override
        protected void updateItem(MatrixRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(s -> s.startsWith("state-"));
            if (empty || row == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            if (row instanceof MatrixRow.TotalRow) {
                setText(vm.figures().columnCompletionText(column));
                setAccessibleText(vm.figures().columnCompletionAccessible(column));
                getStyleClass().add("state-progress-" + vm.figures().columnLight(column).name().toLowerCase(java.util.Locale.ROOT));
                return;
            }
            vm.cell(row, column).ifPresentOrElse(cell -> {
                setText(cell.text());
                setAccessibleText(cell.accessibleText());
                getStyleClass().add(cell.dueSoon() ? "state-due-soon"
                        : "state-" + cell.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }, () -> {
                setText(null);
                setAccessibleText(null);
            });
        }
    }
}
