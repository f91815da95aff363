package org.guidancedesk.ui.worklog;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.guidancedesk.domain.Coverage;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.TextWidths;

/**
 * 全覆盖: units × 进驻 / 谈话 / 调研 / 座谈 / 列席 / 督促, each cell the count and the last date
 * (a unit not reached yet in a column stands out), then 班子成员谈话 9/11 and who of the roster
 * is not talked to yet. Redrawn from the entries held after every read and write.
 */
final class CoverageView {
    private final WorkLogViewModel vm;
    private final I18n i18n;
    private final TableView<CoverageLines.Line> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    CoverageView(WorkLogViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        table.setId(WorkStyles.COVERAGE_ID);
        table.getStyleClass().add(WorkStyles.COVERAGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.tr("worklog.coverage.noUnits")));
        TableColumn<CoverageLines.Line, String> unit = new TableColumn<>(i18n.tr("worklog.coverage.unit"));
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit()));
        unit.setPrefWidth(140);
        table.getColumns().add(unit);
        for (Coverage.Column column : Coverage.Column.values()) {
            table.getColumns().add(cellColumn(column));
        }
        TableColumn<CoverageLines.Line, CoverageLines.Line> talks = new TableColumn<>(i18n.tr("worklog.coverage.roster"));
        talks.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        talks.setCellFactory(c -> new RosterCell());
        talks.setPrefWidth(120);
        talks.setMinWidth(TextWidths.of(i18n.tr("worklog.coverage.roster"), true) + 20);
        table.getColumns().add(talks);
        TableColumn<CoverageLines.Line, String> notYet = new TableColumn<>(i18n.tr("worklog.coverage.notYet"));
        notYet.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(i18n.tr("sheet.nameSeparator"),
                c.getValue().notYet())));
        notYet.setCellFactory(c -> new org.guidancedesk.ui.WrapCell<>());
        notYet.setPrefWidth(240);
        table.getColumns().add(notYet);
        table.getColumns().forEach(c -> {
            c.setSortable(false);
            c.setReorderable(false);
        });

        Label hint = new Label(i18n.tr("worklog.coverage.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        BorderPane.setMargin(hint, new Insets(8, 0, 0, 0));
        root.setCenter(table);
        root.setBottom(hint);
        root.setPadding(new Insets(8));
        vm.versionProperty().addListener(o -> refresh());
        refresh();
    }

    Node view() {
        return root;
    }

    void refresh() {
        table.setItems(FXCollections.observableArrayList(vm.coverage()));
    }

    private TableColumn<CoverageLines.Line, CoverageLines.Line> cellColumn(Coverage.Column column) {
        String title = i18n.tr("worklog.coverage.column." + column.name());
        TableColumn<CoverageLines.Line, CoverageLines.Line> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new CountCell(column));
        c.setPrefWidth(104);
        c.setMinWidth(Math.max(72, TextWidths.of(title, true) + 20));
        return c;
    }

    /** "3次 · 11月20日" on green, a grey "—" where the group has not reached the unit that way yet. */
    private static final class CountCell extends TableCell<CoverageLines.Line, CoverageLines.Line> {
        private final Coverage.Column column;

        CountCell(Coverage.Column column) {
            this.column = column;
        }

        @Override
        protected void updateItem(CoverageLines.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(WorkStyles.CELL_NONE, WorkStyles.CELL_SOME);
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.cells().get(column));
            getStyleClass().add(line.counts().get(column) == 0 ? WorkStyles.CELL_NONE : WorkStyles.CELL_SOME);
        }
    }

    /** "9/11" (amber while some of the roster is left, green once all), the names left in its tooltip. */
    private final class RosterCell extends TableCell<CoverageLines.Line, CoverageLines.Line> {
        RosterCell() {
            getStyleClass().add("roster-cell");
        }

        @Override
        protected void updateItem(CoverageLines.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(WorkStyles.CELL_SOME, WorkStyles.ROSTER_SHORT, WorkStyles.ROSTER_NONE);
            if (empty || line == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(line.talks());
            setTooltip(line.notYet().isEmpty() ? null : new Tooltip(i18n.tr("worklog.coverage.notYetTip",
                    String.join(i18n.tr("sheet.nameSeparator"), line.notYet()))));
            getStyleClass().add(line.rosterComplete() ? WorkStyles.CELL_SOME
                    : line.notYet().isEmpty() ? WorkStyles.ROSTER_NONE : WorkStyles.ROSTER_SHORT);
        }
    }
}
