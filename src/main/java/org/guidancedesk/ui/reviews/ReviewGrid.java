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
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.HoverTooltip;
import org.guidancedesk.ui.TextWidths;

/**
 * The grid: a unit a row, a document kind a column, each cell its state by symbol and word.
 * A cell selected (click, arrow keys) is the pane's; a cell selected elsewhere (a line of the
 * lists, 总览) is selected here too.
 */
final class ReviewGrid {
    /** The narrowest a kind's column gets: "○ 未收到" and a little room. */
    private static final double MIN_CELL = 70;
    /** Room around a cell's text: its padding, the selected cell's border, a little air. */
    private static final double CELL_ROOM = 18;
    /** The widest the unit column gets: a longer name wraps. */
    private static final double MAX_UNIT = 160;

    private final ReviewsViewModel vm;
    private final I18n i18n;
    private final TableView<ReviewBoard.Row> table = new TableView<>();
    /** The cells' hover text: the unit, the kind, the state in words. */
    private final HoverTooltip hover = new HoverTooltip();
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
            widths();
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
            org.guidancedesk.ui.WrapCell<ReviewBoard.Row> cell = new org.guidancedesk.ui.WrapCell<>();
            cell.getStyleClass().add("unit-cell");
            return cell;
        });
        columns.add(unit);
        for (int i = 0; i < kinds.size(); i++) {
            int index = i;
            ReviewKind k = kinds.get(i);
            TableColumn<ReviewBoard.Row, ReviewBoard.Cell> column = new TableColumn<>(k.name());
            column.setUserData(k);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new StateCell());
            columns.add(column);
        }
        columns.forEach(c -> {
            c.setSortable(false);
            c.setReorderable(false);
        });
        table.getColumns().setAll(columns);
        widths();
    }

    /**
     * A kind's name as its column's header: on two lines when it is wider than the column's cells
     * ("专项整治\n方案"): its last two characters — the 方案, 材料, 讲稿 of the seeds' names — on the
     * second, or its last four for a longer name ("办实事\n项目清单").
     */
    static String header(String name, double width) {
        int length = name.codePointCount(0, name.length());
        if (length < 5 || TextWidths.of(name, true) + CELL_ROOM <= width) {
            return name;
        }
        int at = name.offsetByCodePoints(0, length - (length > 6 ? 4 : 2));
        return name.substring(0, at) + "\n" + name.substring(at);
    }

    /**
     * Each column as wide as its cells' longest line (a late "12月12日 逾期" widens only its own
     * column), so the whole grid fits beside the pane on a usual screen; headers wrap.
     */
    private void widths() {
        List<String> names = vm.rows().stream().map(r -> r.unit().name()).toList();
        TableColumn<ReviewBoard.Row, ?> unit = table.getColumns().get(0);
        unit.setPrefWidth(Math.min(MAX_UNIT, Math.max(80, TextWidths.widest(names, true) + CELL_ROOM)));
        for (TableColumn<ReviewBoard.Row, ?> column : table.getColumns()) {
            if (!(column.getUserData() instanceof ReviewKind k)) {
                continue;
            }
            List<String> plain = new ArrayList<>();
            List<String> bold = new ArrayList<>();
            for (ReviewBoard.Row r : vm.rows()) {
                r.cells().stream().filter(c -> c.kind().id() == k.id()).forEach(c -> (drawnBold(c) ? bold : plain)
                        .addAll(List.of(c.text().split("\\n"))));
            }
            double width = Math.max(MIN_CELL, Math.max(TextWidths.widest(plain, false), TextWidths.widest(bold, true))
                    + CELL_ROOM);
            String header = header(k.name(), width);
            double headerWidth = TextWidths.widest(List.of(header.split("\n")), true) + CELL_ROOM;
            column.setPrefWidth(Math.max(width, headerWidth));
            column.setText(header);
        }
    }

    /** A cell due soon or late is drawn bold (reviews.css). */
    private static boolean drawnBold(ReviewBoard.Cell c) {
        return c.light() == org.guidancedesk.domain.TrafficLight.RED || c.light() == org.guidancedesk.domain.TrafficLight.YELLOW;
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
        private String tip;

        StateCell() {
            hover.attach(this, () -> tip);
        }

        @Override
        protected void updateItem(ReviewBoard.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeIf(s -> s.startsWith("state-") || s.startsWith("light-"));
            if (empty || cell == null) {
                setText(null);
                tip = null;
                hover.refresh(this);
                return;
            }
            setText(cell.text());
            getStyleClass().addAll(ReviewStyles.state(cell.review().state()), ReviewStyles.light(cell.light()));
            tip = i18n.tr("reviews.pane.title", cell.unit().name(), cell.kind().name()) + "\n"
                    + cell.text().replace('\n', ' ') + "\n" + i18n.tr("reviews.tip.open");
            hover.refresh(this);
            setAccessibleText(cell.unit().name() + " " + cell.kind().name() + " " + cell.text().replace('\n', ' '));
        }
    }
}
