package org.guidancedesk.ui.reviews;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.TextWidths;

/**
 * The grid: a unit a row, a document kind a column, each cell its state by symbol and word.
 * A cell selected (click, arrow keys) is the pane's; a cell selected elsewhere (a line of the
 * lists, 总览) is selected here too.
 */
final class ReviewGrid {
    /** Wide enough for "↺ 待重报" / "12月12日 逾期" and the longest seeded kind name. */
    private static final double MIN_CELL = 96;

    private final ReviewsViewModel vm;
    private final I18n i18n;
    private final TableView<ReviewBoard.Row> table = new TableView<>();
    private List<ReviewKind> columnsFor = List.of();
    /** True while the table's selection follows the view model's, so it is not taken for the user's. */
    private boolean following;

    ReviewGrid(ReviewsViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        table.setId(ReviewStyles.GRID_ID);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(i18n.tr("reviews.grid.noUnits")));
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> picked());
        vm.rows().addListener((ListChangeListener<ReviewBoard.Row>) c -> {
            columns();
            follow();
        });
        vm.selectedProperty().addListener((o, was, is) -> follow());
        columns();
    }

    Node view() {
        return table;
    }

    void focus() {
        table.requestFocus();
    }

    /** The columns again when the kinds changed (设置, an undo): the unit, then a kind each. */
    private void columns() {
        List<ReviewKind> kinds = vm.kinds();
        if (kinds.equals(columnsFor) && !table.getColumns().isEmpty()) {
            return;
        }
        columnsFor = kinds;
        List<TableColumn<ReviewBoard.Row, ?>> columns = new ArrayList<>();
        TableColumn<ReviewBoard.Row, String> unit = new TableColumn<>(i18n.tr("reviews.grid.unit"));
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit().name()));
        unit.setCellFactory(c -> {
            TableCell<ReviewBoard.Row, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.getStyleClass().add("unit-cell");
            return cell;
        });
        unit.setPrefWidth(Math.max(120, TextWidths.widest(vm.rows().stream().map(r -> r.unit().name()).toList(), true) + 16));
        columns.add(unit);
        for (int i = 0; i < kinds.size(); i++) {
            int index = i;
            ReviewKind k = kinds.get(i);
            TableColumn<ReviewBoard.Row, ReviewBoard.Cell> column = new TableColumn<>(k.name());
            column.setUserData(k);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new StateCell());
            column.setPrefWidth(Math.max(MIN_CELL, TextWidths.of(k.name(), true) + 20));
            columns.add(column);
        }
        columns.forEach(c -> {
            c.setSortable(false);
            c.setReorderable(false);
        });
        table.getColumns().setAll(columns);
    }

    /** The user picked a cell: it becomes the view model's. */
    private void picked() {
        if (following || table.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> at = table.getSelectionModel().getSelectedCells().get(0);
        if (at.getTableColumn() == null || !(at.getTableColumn().getUserData() instanceof ReviewKind k)
                || at.getRow() < 0 || at.getRow() >= table.getItems().size()) {
            return;
        }
        vm.select(table.getItems().get(at.getRow()).unit().id(), k.id());
    }

    /** Selects the view model's cell in the table. */
    private void follow() {
        ReviewBoard.Cell c = vm.selectedProperty().get();
        if (c == null) {
            return;
        }
        for (int row = 0; row < table.getItems().size(); row++) {
            if (table.getItems().get(row).unit().id() != c.unit().id()) {
                continue;
            }
            for (TableColumn<ReviewBoard.Row, ?> column : table.getColumns()) {
                if (column.getUserData() instanceof ReviewKind k && k.id() == c.kind().id()) {
                    following = true;
                    try {
                        table.getSelectionModel().clearAndSelect(row, column);
                        table.scrollTo(row);
                    } finally {
                        following = false;
                    }
                    return;
                }
            }
        }
    }

    /** "◐ 第2轮", coloured by its state and by what is due. */
    private final class StateCell extends TableCell<ReviewBoard.Row, ReviewBoard.Cell> {
        @Override
        protected void updateItem(ReviewBoard.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeIf(s -> s.startsWith("state-") || s.startsWith("light-"));
            if (empty || cell == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(cell.text());
            getStyleClass().addAll(ReviewStyles.state(cell.review().state()), ReviewStyles.light(cell.light()));
            setTooltip(new Tooltip(i18n.tr("reviews.pane.title", cell.unit().name(), cell.kind().name()) + "\n"
                    + cell.text().replace('\n', ' ') + "\n" + i18n.tr("reviews.tip.open")));
            setAccessibleText(cell.unit().name() + " " + cell.kind().name() + " " + cell.text().replace('\n', ' '));
        }
    }
}
