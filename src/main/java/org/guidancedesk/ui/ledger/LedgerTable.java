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
    /** The columns whose default widths follow the data and the table's width (until the user resizes one). */
    private TableColumn<LedgerRow, LedgerRow> unitColumn;
    private TableColumn<LedgerRow, LedgerRow> problemColumn;
    private TableColumn<LedgerRow, LedgerRow> statusColumn;
    private TableColumn<LedgerRow, LedgerRow> leaderColumn;
    /** True until the user resizes a column: then the widths are theirs. */
    private boolean autoWidths = true;
    /** The widths set here, by column: a column at another width was resized by the user. */
    private final java.util.Map<TableColumn<LedgerRow, ?>, Double> fitted = new java.util.HashMap<>();
    /** The narrowest the problem column gets to let the columns up to 状态 fit. */
    private static final double MIN_PROBLEM_WIDTH = 120;
    /** The widest the unit column gets by default (a longer name ends in … with a tooltip). */
    private static final double MAX_UNIT_WIDTH = 168;

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
        // Its rows come through TableSelection, which keeps the table's selection the model's as they change.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.setFixedCellSize(28);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> !vm.loadedProperty().get() ? i18n.tr("ledger.loading")
                        : vm.list().total() == 0 ? i18n.tr("ledger.empty") : i18n.tr("ledger.emptyFiltered"),
                vm.list().countsProperty(), vm.loadedProperty()));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("hint");
        table.setPlaceholder(placeholder);

        // What a secretary scans for comes first (on a laptop the last columns need a scroll):
        // light and warnings, code, unit, problem, who, due, status, leader, progress; then node, category.
        TableColumn<LedgerRow, LedgerRow> light = column("ledger.column.light", lightWidth(),
                Comparator.comparing(LedgerRow::light).thenComparing(LedgerTable::due));
        light.setCellFactory(c -> new LightCell());
        table.getColumns().add(light);

        TableColumn<LedgerRow, LedgerRow> warnings = column("ledger.column.warnings", 40,
                Comparator.comparingInt(r -> r.warnings().size()));
        warnings.setCellFactory(c -> new TextCell(
                r -> r.warnings().isEmpty() ? "" : "⚠ " + r.warnings().size(), LedgerRow::warningsText,
                LedgerStyles.WARNING_CELL));
        table.getColumns().add(warnings);

        TableColumn<LedgerRow, LedgerRow> code = column("ledger.column.code", 72,
                Comparator.comparing((LedgerRow r) -> r.item().ledger()).thenComparingInt(r -> r.item().serial()));
        code.setCellFactory(c -> new TextCell(LedgerRow::code, r -> null, LedgerStyles.CODE_CELL));
        table.getColumns().add(code);

        TableColumn<LedgerRow, LedgerRow> unit = column("ledger.column.unit", 100,
                Comparator.comparingInt(LedgerRow::unitOrder).thenComparingLong(LedgerRow::unitId));
        unit.setCellFactory(c -> new TextCell(LedgerRow::unitName, LedgerRow::unitName, null));
        table.getColumns().add(unit);
        unitColumn = unit;

        TableColumn<LedgerRow, LedgerRow> problem = column("ledger.column.problem", 200,
                Comparator.comparing((LedgerRow r) -> r.item().problem()));
        problem.setCellFactory(c -> new TextCell(r -> oneLine(r.item().problem()), r -> r.item().problem(), null));
        table.getColumns().add(problem);
        problemColumn = problem;

        table.getColumns().add(textColumn("ledger.column.owner", 104, Rectification::owner, true));

        TableColumn<LedgerRow, LedgerRow> due = column("ledger.column.due", dueWidth(),
                Comparator.comparing(LedgerTable::due));
        due.setCellFactory(c -> new TextCell(LedgerRow::dueText, r -> vm.texts().dueTip(r.item()), null));
        table.getColumns().add(due);

        TableColumn<LedgerRow, LedgerRow> status = column("ledger.column.status", statusWidth(),
                Comparator.comparing((LedgerRow r) -> r.item().status()));
        status.setCellFactory(c -> new TextCell(LedgerRow::statusText, r -> null, null));
        table.getColumns().add(status);
        statusColumn = status;

        // Right after 状态: in view too wherever the problem keeps its room (1366 px with the pane open).
        TableColumn<LedgerRow, LedgerRow> leader = textColumn("ledger.column.leader", 66, Rectification::leader, false);
        table.getColumns().add(leader);
        leaderColumn = leader;

        TableColumn<LedgerRow, LedgerRow> latest = column("ledger.column.latest", 170,
                Comparator.comparing((LedgerRow r) -> r.latest() == null ? LocalDate.MIN : r.latest().on())
                        .thenComparingLong(r -> r.latest() == null ? 0 : r.latest().id()));
        latest.setCellFactory(c -> new TextCell(LedgerRow::latestText, r -> fullNote(r.latest()), LedgerStyles.MUTED));
        table.getColumns().add(latest);


        TableColumn<LedgerRow, LedgerRow> node = column("ledger.column.node", 72,
                Comparator.comparing((LedgerRow r) -> r.item().node()));
        node.setCellFactory(c -> new TextCell(LedgerRow::nodeText, r -> null, null));
        table.getColumns().add(node);

        table.getColumns().add(textColumn("ledger.column.category", 110, Rectification::category, true));

        fitWidthsWhileDefault();

        table.setRowFactory(t -> new HeadingRow());
        // The list sorts its own rows in place (the table's are a view of them).
        table.setSortPolicy(t -> {
            vm.list().setColumnOrder(t.getSortOrder().isEmpty() ? null : t.getComparator());
            return true;
        });
    }

    /** Wide enough for the longest short light in this language (bold), e.g. "◐ 临期" or "◐ Soon". */
    private double lightWidth() {
        double widest = textWidth(i18n.tr("ledger.column.light"), false);
        for (LedgerRow.Light l : LedgerRow.Light.values()) {
            widest = Math.max(widest, textWidth(vm.texts().lightShort(l), true));
        }
        return Math.max(44, Math.ceil(widest) + 16);
    }

    /** Wide enough for the longest status word ("长期坚持", "Not started") and the header. */
    private double statusWidth() {
        double widest = textWidth(i18n.tr("ledger.column.status"), false);
        for (org.guidancedesk.domain.RectificationStatus s : org.guidancedesk.domain.RectificationStatus.values()) {
            widest = Math.max(widest, textWidth(vm.texts().status(s), false));
        }
        return Math.max(56, Math.ceil(widest) + 18);
    }

    /** Wide enough for a date of another year with two-digit month and day ("2027年12月28日"). */
    private double dueWidth() {
        double widest = Math.max(textWidth(i18n.tr("ledger.column.due"), false),
                textWidth(i18n.tr("ledger.due.extended", i18n.longDate(LocalDate.of(2027, 12, 28))), false));
        return Math.max(72, Math.ceil(widest) + 18);
    }

    /** Wide enough for the longest unit name, within reason. */
    private double unitWidth() {
        double widest = textWidth(i18n.tr("ledger.column.unit"), false);
        for (org.guidancedesk.domain.Unit u : vm.units()) {
            widest = Math.max(widest, textWidth(u.name(), false));
        }
        return Math.min(MAX_UNIT_WIDTH, Math.max(72, Math.ceil(widest) + 18));
    }

    private static double textWidth(String text, boolean bold) {
        return org.guidancedesk.ui.TextWidths.of(text, bold);
    }

    /**
     * Until the user resizes a column: the unit column as wide as the longest unit name, and the
     * problem column takes what is left, so that every column up to 状态 is in view (at 1280 px
     * with the detail pane open), 责任领导 too where there is room (1366 px), and a wider window
     * gives the problem more room.
     */
    private void fitWidthsWhileDefault() {
        for (TableColumn<LedgerRow, ?> c : table.getColumns()) {
            c.widthProperty().addListener((o, a, b) -> {
                if (a.doubleValue() > 0 && !java.util.Objects.equals(fitted.get(c), b.doubleValue())) {
                    autoWidths = false;
                }
            });
        }
        table.widthProperty().addListener(o -> fitWidths());
        vm.units().addListener((javafx.collections.ListChangeListener<org.guidancedesk.domain.Unit>) c -> fitWidths());
        table.getVisibleLeafColumns().addListener((javafx.collections.ListChangeListener<TableColumn<LedgerRow, ?>>) c -> fitWidths());
    }

    private void fitWidths() {
        if (!autoWidths || table.getWidth() <= 0) {
            return;
        }
        fit(unitColumn, unitWidth());
        double others = widthBefore(statusColumn);
        // The borders and the vertical scroll bar.
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18;
        // 责任领导 too when the problem keeps its least width beside it.
        double withLeader = widthBefore(leaderColumn);
        if (room - withLeader >= MIN_PROBLEM_WIDTH) {
            others = withLeader;
        }
        fit(problemColumn, Math.max(MIN_PROBLEM_WIDTH, Math.floor(room - others)));
    }

    private void fit(TableColumn<LedgerRow, ?> column, double width) {
        fitted.put(column, width);
        column.setPrefWidth(width);
    }

    /** The widths of the visible columns up to and with {@code last}, the problem column left out. */
    private double widthBefore(TableColumn<LedgerRow, ?> last) {
        double sum = 0;
        for (TableColumn<LedgerRow, ?> c : table.getVisibleLeafColumns()) {
            if (c != problemColumn) {
                sum += c.getWidth();
            }
            if (c == last) {
                break;
            }
        }
        return sum;
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
        // Never narrower than its header in bold ("Department / person"), whatever the language.
        c.setPrefWidth(Math.max(width, textWidth(i18n.tr(key), true) + 14));
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
        private Tooltip tip;
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
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            if (row.isHeading()) {
                setText(null);
                setTooltip(null);
                heading.setText(row.unitName() + "　" + row.headingText());
                setAccessibleText(heading.getText());
                requestLayout();
                return;
            }
            String shortText = vm.texts().lightShort(row.light());
            setText(shortText);
            if (shortText.equals(row.lightText())) {
                setTooltip(null);
            } else {
                if (tip == null) {
                    tip = new Tooltip();
                    tip.setShowDelay(Duration.millis(400));
                }
                tip.setText(row.lightText());
                setTooltip(tip);
            }
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
