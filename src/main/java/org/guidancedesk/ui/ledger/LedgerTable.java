package org.guidancedesk.ui.ledger;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Ids;

/**
 * The ledger's table: a light, code, unit, category, problem (one line, the whole text in a
 * tooltip), people, node, due date, status, latest progress and warnings. Every column sorts
 * by what it means (the due column by date, the light by urgency); the model's sorted list
 * does the sorting, so grouping by unit keeps its headings on top of their items.
 */
final class LedgerTable {
    private static final PseudoClass HEADING = PseudoClass.getPseudoClass(LedgerStyles.HEADING);

    private final LedgerViewModel vm;
    private final I18n i18n;
    private final TableView<LedgerRow> table = new TableView<>();
    private boolean sorting;

    LedgerTable(LedgerViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    TableView<LedgerRow> table() {
        return table;
    }

    private void build() {
        table.setId(Ids.LEDGER_TABLE);
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.setFixedCellSize(28);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> !vm.loadedProperty().get() ? i18n.tr("ledger.loading")
                        : vm.total() == 0 ? i18n.tr("ledger.empty") : i18n.tr("ledger.emptyFiltered"),
                vm.versionProperty(), vm.loadedProperty()));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("hint");
        table.setPlaceholder(placeholder);

        // What a secretary scans for comes first (on a laptop the last columns need a scroll):
        // light and warnings, code, unit, problem, who, due, status, progress; then leader, node, category.
        TableColumn<LedgerRow, LedgerRow> light = column("ledger.column.light", lightWidth(),
                Comparator.comparing(LedgerRow::light).thenComparing(LedgerTable::due));
        light.setCellFactory(c -> new LightCell());
        table.getColumns().add(light);

        TableColumn<LedgerRow, LedgerRow> warnings = column("ledger.column.warnings", 44,
                Comparator.comparingInt(r -> r.warnings().size()));
        warnings.setCellFactory(c -> new TextCell(
                r -> r.warnings().isEmpty() ? "" : "⚠ " + r.warnings().size(), LedgerRow::warningsText,
                LedgerStyles.WARNING_CELL));
        table.getColumns().add(warnings);

        TableColumn<LedgerRow, LedgerRow> code = column("ledger.column.code", 72,
                Comparator.comparing((LedgerRow r) -> r.item().ledger()).thenComparingInt(r -> r.item().serial()));
        code.setCellFactory(c -> new TextCell(LedgerRow::code, r -> null, LedgerStyles.CODE_CELL));
        table.getColumns().add(code);

        TableColumn<LedgerRow, LedgerRow> unit = column("ledger.column.unit", 92,
                Comparator.comparingInt(LedgerRow::unitOrder).thenComparingLong(LedgerRow::unitId));
        unit.setCellFactory(c -> new TextCell(LedgerRow::unitName, LedgerRow::unitName, null));
        table.getColumns().add(unit);

        TableColumn<LedgerRow, LedgerRow> problem = column("ledger.column.problem", 230,
                Comparator.comparing((LedgerRow r) -> r.item().problem()));
        problem.setCellFactory(c -> new TextCell(r -> oneLine(r.item().problem()), r -> r.item().problem(), null));
        table.getColumns().add(problem);

        table.getColumns().add(textColumn("ledger.column.owner", 110, Rectification::owner, true));

        TableColumn<LedgerRow, LedgerRow> due = column("ledger.column.due", 104,
                Comparator.comparing(LedgerTable::due));
        due.setCellFactory(c -> new TextCell(LedgerRow::dueText, r -> r.item().due() == null ? null
                : i18n.longDate(r.item().due()), null));
        table.getColumns().add(due);

        TableColumn<LedgerRow, LedgerRow> status = column("ledger.column.status", 72,
                Comparator.comparing((LedgerRow r) -> r.item().status()));
        status.setCellFactory(c -> new TextCell(LedgerRow::statusText, r -> null, null));
        table.getColumns().add(status);

        TableColumn<LedgerRow, LedgerRow> latest = column("ledger.column.latest", 170,
                Comparator.comparing((LedgerRow r) -> r.latest() == null ? LocalDate.MIN : r.latest().on())
                        .thenComparingLong(r -> r.latest() == null ? 0 : r.latest().id()));
        latest.setCellFactory(c -> new TextCell(LedgerRow::latestText, r -> fullNote(r.latest()), LedgerStyles.MUTED));
        table.getColumns().add(latest);


        table.getColumns().add(textColumn("ledger.column.leader", 66, Rectification::leader, false));

        TableColumn<LedgerRow, LedgerRow> node = column("ledger.column.node", 72,
                Comparator.comparing((LedgerRow r) -> r.item().node()));
        node.setCellFactory(c -> new TextCell(LedgerRow::nodeText, r -> null, null));
        table.getColumns().add(node);

        table.getColumns().add(textColumn("ledger.column.category", 110, Rectification::category, true));

        table.setRowFactory(t -> new HeadingRow());
        table.setSortPolicy(t -> {
            if (!sorting) {
                sorting = true;
                try {
                    vm.setColumnOrder(t.getSortOrder().isEmpty() ? null : t.getComparator());
                } finally {
                    sorting = false;
                }
            }
            return true;
        });
    }

    /** Wide enough for the longest light word in this language (bold), e.g. "◐ 即将到期" or "◐ Due soon". */
    private double lightWidth() {
        double widest = 0;
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, 13);
        for (LedgerRow.Light l : LedgerRow.Light.values()) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(vm.texts().light(l));
            t.setFont(bold);
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return Math.max(60, Math.ceil(widest) + 16);
    }

    private static LocalDate due(LedgerRow r) {
        Rectification item = r.item();
        return item == null || item.due() == null ? LocalDate.MAX : item.due();
    }

    private static String oneLine(String text) {
        return text.indexOf('\n') < 0 ? text : text.replace('\n', ' ');
    }

    private String fullNote(ProgressNote n) {
        return n == null ? null : i18n.longDate(n.on()) + "\n" + n.text();
    }

    private TableColumn<LedgerRow, LedgerRow> column(String key, double width, Comparator<LedgerRow> order) {
        TableColumn<LedgerRow, LedgerRow> c = new TableColumn<>(i18n.tr(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setPrefWidth(width);
        c.setComparator(headingsFirst(order));
        return c;
    }

    private TableColumn<LedgerRow, LedgerRow> textColumn(String key, double width, Function<Rectification, String> text,
                                                         boolean tooltip) {
        TableColumn<LedgerRow, LedgerRow> c = column(key, width,
                Comparator.comparing((LedgerRow r) -> text.apply(r.item())));
        c.setCellFactory(col -> new TextCell(r -> text.apply(r.item()), r -> tooltip ? text.apply(r.item()) : null, null));
        return c;
    }

    /** Headings never meet items in a column's order (the group order comes first); this keeps it safe. */
    private static Comparator<LedgerRow> headingsFirst(Comparator<LedgerRow> order) {
        return (a, b) -> {
            if (a.isHeading() || b.isHeading()) {
                return Boolean.compare(b.isHeading(), a.isHeading());
            }
            return order.compare(a, b);
        };
    }

    /** A heading row reads as one: bold, tinted (app.css). */
    private static final class HeadingRow extends TableRow<LedgerRow> {
        @Override
        protected void updateItem(LedgerRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(HEADING, !empty && row != null && row.isHeading());
        }
    }

    /** Text, an optional tooltip and style class; nothing on a heading row (its light cell spans the row). */
    private static final class TextCell extends TableCell<LedgerRow, LedgerRow> {
        private final Function<LedgerRow, String> text;
        private final Function<LedgerRow, String> tip;
        private final String style;
        private Tooltip tooltip;

        TextCell(Function<LedgerRow, String> text, Function<LedgerRow, String> tip, String style) {
            this.text = text;
            this.tip = tip;
            this.style = style;
        }

        @Override
        protected void updateItem(LedgerRow row, boolean empty) {
            super.updateItem(row, empty);
            if (style != null) {
                getStyleClass().remove(style);
            }
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (row.isHeading()) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text.apply(row));
            if (style != null) {
                getStyleClass().add(style);
            }
            String t = tip.apply(row);
            if (t == null || t.isBlank()) {
                setTooltip(null);
            } else {
                if (tooltip == null) {
                    tooltip = new Tooltip();
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(480);
                    tooltip.setShowDelay(Duration.millis(400));
                    tooltip.setShowDuration(Duration.seconds(30));
                }
                tooltip.setText(t);
                setTooltip(tooltip);
            }
        }
    }

    /**
     * Symbol and word on the light's colour; read out with the item's code and status. On a
     * unit's heading row it carries the heading across the whole row (unit and subtotal).
     */
    private final class LightCell extends TableCell<LedgerRow, LedgerRow> {
        private final Label heading = new Label();
        /** The skin clips a cell to its bounds; a heading's cell is let out across the row. */
        private Node clip;

        LightCell() {
            heading.setManaged(false);
            heading.getStyleClass().add("heading-text");
        }

        @Override
        protected void updateItem(LedgerRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(LedgerStyles.LIGHTS);
            if (getClip() != null) {
                clip = getClip();
            }
            boolean isHeading = !empty && row != null && row.isHeading();
            setClip(isHeading ? null : clip);
            if (empty || row == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            if (row.isHeading()) {
                setText(null);
                heading.setText(row.unitName() + "　" + row.headingText());
                setAccessibleText(heading.getText());
                requestLayout();
                return;
            }
            setText(row.lightText());
            getStyleClass().add(LedgerStyles.light(row.light()));
            setAccessibleText(i18n.tr("ledger.lightAccessible", row.code(), row.lightText(), row.statusText(),
                    row.dueText()));
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            LedgerRow row = isEmpty() ? null : getItem();
            if (row != null && row.isHeading()) {
                if (!getChildren().contains(heading)) {
                    getChildren().add(heading);
                }
                double width = Math.max(getWidth(), getTableView().getWidth() - 24);
                heading.resizeRelocate(snappedLeftInset(), 0, width, getHeight());
            } else {
                getChildren().remove(heading);
            }
        }
    }
}
