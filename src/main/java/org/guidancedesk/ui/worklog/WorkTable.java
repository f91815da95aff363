package org.guidancedesk.ui.worklog;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.TextWidths;

/**
 * The log as a table, newest first: 日期, 类别, 单位, 内容 (what may be shown of it), 状态, 带队.
 * Its selection is the view model's; Delete asks to delete the selected entry, Enter goes to its pane.
 */
final class WorkTable {
    private final WorkLogViewModel vm;
    private final I18n i18n;
    private final TableView<WorkRow> table = new TableView<>();
    private boolean syncing;

    WorkTable(WorkLogViewModel vm, Runnable onDelete, Runnable onEnter) {
        this.vm = vm;
        this.i18n = vm.i18n();
        table.setId(WorkStyles.TABLE_ID);
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("hint");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.hasNone() ? i18n.tr("worklog.empty") : i18n.tr("worklog.emptyFiltered"), vm.versionProperty()));
        table.setPlaceholder(placeholder);

        // As wide as the longest date with its weekday and time ("12月30日 周三 14:30").
        table.getColumns().add(column("worklog.column.date", WorkRow::dateText, TextWidths.of(vm.widestDate(), false) + 40,
                false));
        double kinds = java.util.Arrays.stream(org.guidancedesk.domain.WorkKind.values())
                .mapToDouble(k -> TextWidths.of(i18n.tr("workKind", k), false)).max().orElse(60);
        table.getColumns().add(column("worklog.column.kind", WorkRow::kindText, kinds + 20, false));
        table.getColumns().add(column("worklog.column.units", WorkRow::unitsText, 130, true));
        table.getColumns().add(column("worklog.column.gist", WorkRow::gist, 260, true));
        TableColumn<WorkRow, String> status = column("worklog.column.status", WorkRow::statusText, 64, false);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        table.getColumns().add(column("worklog.column.leader", WorkRow::leaderText, 64, false));
        table.getColumns().forEach(c -> c.setSortable(false));

        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (!syncing && r != null) {
                vm.selectedProperty().set(r);
            }
        });
        vm.selectedProperty().addListener((o, a, r) -> sync(r));
        vm.rows().addListener((javafx.collections.ListChangeListener<WorkRow>) c -> sync(vm.selectedProperty().get()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && vm.selectedProperty().get() != null) {
                e.consume();
                onDelete.run();
            } else if (e.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                e.consume();
                onEnter.run();
            }
        });
    }

    TableView<WorkRow> table() {
        return table;
    }

    private void sync(WorkRow r) {
        syncing = true;
        try {
            org.guidancedesk.ui.TableRows.show(table, r);
        } finally {
            syncing = false;
        }
    }

    /** A column never narrower than its header; long texts show whole in a tooltip. */
    private TableColumn<WorkRow, String> column(String key, Function<WorkRow, String> text, double width, boolean tip) {
        TableColumn<WorkRow, String> c = new TableColumn<>(i18n.tr(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        double header = TextWidths.of(i18n.tr(key), true) + 20;
        c.setPrefWidth(Math.max(width, header));
        c.setMinWidth(header);
        if (tip) {
            c.setCellFactory(col -> new TipCell());
        }
        return c;
    }

    private static final class TipCell extends TableCell<WorkRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            setTooltip(blank ? null : new Tooltip(item));
        }
    }

    /** 计划 blue, 已完成 green, 取消 grey and struck through: each with its word. */
    private static final class StatusCell extends TableCell<WorkRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith(WorkStyles.STATUS_PREFIX));
            WorkRow row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            if (empty || item == null || row == null) {
                setText(null);
                return;
            }
            setText(item);
            WorkStatus s = row.entry().status();
            getStyleClass().add(WorkStyles.STATUS_PREFIX + s.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
