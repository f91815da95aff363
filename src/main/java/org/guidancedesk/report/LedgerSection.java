package org.guidancedesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.LedgerFigures;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;

/**
 * 整改台账: both ledgers in figures per unit (总数, 已完成, 整改中, 长期坚持, 逾期, 本周完成) with a
 * 合计 row, the items finished this week, the overdue items (in bold) and the items extended
 * this week (延期, with both dates), all as they stood on the sheet's day. Long lists are cut on the sheet ({@link #MAX_LISTED} rows, then "另有 N 项");
 * problem texts are cut to one line, so the sheet keeps to two pages however big the ledger.
 */
public final class LedgerSection implements ReportSection<LedgerSection.Content> {
    /** Rows listed of the finished and of the overdue items; the rest are counted in one line. */
    static final int MAX_LISTED = 4;
    /** Items extended this week named on the sheet; more are counted. */
    static final int NAMED_EXTENDED = 2;

    /** One unit's figures. */
    public record UnitLine(Unit unit, LedgerFigures figures) {}

    /** An item with its unit, as it stood on the sheet's day. */
    public record Item(Rectification item, Unit unit) {}

    /** An item extended within the week, with the newest of its 延期 by the sheet's day. */
    public record Extended(Item item, ProgressNote decision) {}

    /**
     * @param finished items completed or closed within the week by the sheet's day, by date
     * @param overdue  items past due and not settled on the sheet's day, oldest due date first
     * @param extended items whose due date was extended (延期) within the week by the sheet's day
     */
    public record Content(List<UnitLine> units, LedgerFigures total, List<Item> finished, List<Item> overdue,
                          List<Extended> extended) {
        public Content {
            units = List.copyOf(units);
            finished = List.copyOf(finished);
            overdue = List.copyOf(overdue);
            extended = List.copyOf(extended);
        }

        /** No item in either ledger (as of the sheet's day). */
        public boolean isEmpty() {
            return total.total() == 0;
        }
    }

    @Override
    public String titleKey() {
        return "sheet.ledger";
    }

    @Override
    public Content collect(WeeklyData data) {
        LocalDate day = data.asOf();
        List<Unit> units = data.checklist().units();
        Map<Long, Unit> byId = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            byId.put(units.get(i).id(), units.get(i));
            order.put(units.get(i).id(), i);
        }
        List<Rectification> then = new ArrayList<>();
        for (Rectification r : data.rectifications()) {
            Rectification asOf = AsOf.rectification(r, day, data.decisionsOf(r));
            if (asOf != null && byId.containsKey(asOf.unitId())) {
                then.add(asOf);
            }
        }
        List<LedgerFigures> figures = LedgerFigures.perUnit(units, then.stream().map(Rectification::state).toList(), day, data.week());
        List<UnitLine> lines = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            lines.add(new UnitLine(units.get(i), figures.get(i)));
        }
        Comparator<Rectification> byUnitAndSerial = Comparator.<Rectification>comparingInt(r -> order.get(r.unitId()))
                .thenComparing(Rectification::ledger).thenComparingInt(Rectification::serial);
        List<Item> finished = then.stream()
                .filter(r -> r.status().completed() && r.finishedOn() != null && data.week().contains(r.finishedOn()))
                .sorted(Comparator.comparing(Rectification::finishedOn).thenComparing(byUnitAndSerial))
                .map(r -> new Item(r, byId.get(r.unitId()))).toList();
        List<Item> overdue = then.stream().filter(r -> r.overdue(day))
                .sorted(Comparator.comparing(Rectification::due).thenComparing(byUnitAndSerial))
                .map(r -> new Item(r, byId.get(r.unitId()))).toList();
        List<Extended> extended = new ArrayList<>();
        for (Rectification r : then.stream().sorted(byUnitAndSerial).toList()) {
            ProgressNote newest = null;
            for (ProgressNote n : data.decisionsOf(r)) {
                if (n.extension() != null && data.week().contains(n.on()) && !n.on().isAfter(day)) {
                    newest = n;
                }
            }
            if (newest != null && r.extended()) {
                extended.add(new Extended(new Item(r, byId.get(r.unitId())), newest));
            }
        }
        return new Content(lines, LedgerFigures.total(figures), finished, overdue, extended);
    }

    @Override
    public List<Block> render(Content content, WeeklyData data, I18n i18n) {
        if (content.isEmpty()) {
            return List.of(Block.Paragraph.muted(i18n.tr("sheet.ledger.none")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, i18n.tr("sheet.ledger.units")));
        blocks.add(figuresTable(content, i18n));

        List<Item> finished = content.finished();
        blocks.add(new Block.Heading(2, finished.isEmpty()
                ? i18n.tr("sheet.subheadingNone", i18n.tr("sheet.ledger.finished")) : i18n.tr("sheet.ledger.finished")));
        if (!finished.isEmpty()) {
            blocks.add(itemTable(finished, i18n.tr("sheet.ledger.finishedOn"), r -> i18n.shortDate(r.finishedOn()),
                    false, i18n));
            more(blocks, finished.size(), "sheet.ledger.moreFinished", i18n);
        }

        List<Item> overdue = content.overdue();
        blocks.add(new Block.Heading(2, overdue.isEmpty()
                ? i18n.tr("sheet.headingNone", i18n.tr("sheet.ledger.overdue")) : i18n.tr("sheet.ledger.overdue")));
        if (!overdue.isEmpty()) {
            blocks.add(itemTable(overdue, i18n.tr("sheet.ledger.due"), r -> due(r, i18n), true, i18n));
            more(blocks, overdue.size(), "sheet.ledger.moreOverdue", i18n);
        }

        if (!content.extended().isEmpty()) {
            // One sentence after its heading, not a table: the sheet keeps to two pages however busy the week.
            List<Extended> all = content.extended();
            List<String> items = new ArrayList<>();
            for (Extended e : all.subList(0, Math.min(all.size(), NAMED_EXTENDED))) {
                Rectification r = e.item().item();
                items.add(i18n.tr("sheet.ledger.extendedItem", e.item().unit().name(), code(r, i18n),
                        i18n.shortDate(r.originalDue()), i18n.shortDate(r.due())));
            }
            String named = String.join(i18n.tr("sheet.ledger.extendedSeparator"), items);
            blocks.add(new Block.Heading(2, all.size() > NAMED_EXTENDED
                    ? i18n.tr("sheet.ledger.extendedMore", named, all.size()) : i18n.tr("sheet.ledger.extended", named)));
        }
        return blocks;
    }

    private static void more(List<Block> blocks, int count, String key, I18n i18n) {
        if (count > MAX_LISTED) {
            blocks.add(Block.Paragraph.of(i18n.tr(key, count - MAX_LISTED)));
        }
    }

    /** 单位 总数 已完成 整改中 (未启动) (长期坚持) 逾期 本周完成, and 合计 in bold. */
    private static Block.Table figuresTable(Content content, I18n i18n) {
        boolean ongoing = content.total().ongoing() > 0;
        boolean notStarted = content.total().notStarted() > 0;
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(i18n.tr("sheet.ledger.unit"), 3.4, Block.Align.LEFT));
        columns.add(number(i18n.tr("sheet.ledger.total")));
        columns.add(number(i18n.tr("sheet.ledger.completed")));
        columns.add(number(i18n.tr("sheet.ledger.inProgress")));
        if (notStarted) {
            columns.add(number(i18n.tr("sheet.ledger.notStarted")));
        }
        if (ongoing) {
            columns.add(number(i18n.tr("sheet.ledger.ongoing")));
        }
        columns.add(number(i18n.tr("sheet.ledger.overdueCount")));
        columns.add(number(i18n.tr("sheet.ledger.finishedInWeek")));
        List<List<String>> rows = new ArrayList<>();
        for (UnitLine line : content.units()) {
            rows.add(cells(line.unit().name(), line.figures(), notStarted, ongoing));
        }
        rows.add(cells(i18n.tr("sheet.ledger.sum"), content.total(), notStarted, ongoing));
        return new Block.Table(columns, rows, List.of(rows.size() - 1));
    }

    private static Block.Column number(String header) {
        return new Block.Column(header, 1.1, Block.Align.CENTER);
    }

    private static List<String> cells(String name, LedgerFigures f, boolean notStarted, boolean ongoing) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.add(String.valueOf(f.total()));
        cells.add(String.valueOf(f.completed()));
        cells.add(String.valueOf(notStarted ? f.inProgress() : f.open()));
        if (notStarted) {
            cells.add(String.valueOf(f.notStarted()));
        }
        if (ongoing) {
            cells.add(String.valueOf(f.ongoing()));
        }
        cells.add(String.valueOf(f.overdue()));
        cells.add(String.valueOf(f.finishedInWeek()));
        return cells;
    }

    /** The widest a unit's column gets, in characters with the padding (ten characters); a longer name wraps. */
    private static final double UNIT_WIDTH = 11;
    /** The narrowest the problem's column gets, in characters. */
    private static final double PROBLEM_WIDTH = 16;

    /**
     * 编号 单位 问题 and a date column ({@code dateHeader}); the overdue list adds 状态 and is
     * bold throughout. At most {@link #MAX_LISTED} rows. Every column but the problem's is as
     * wide as its widest text (in characters, {@link CharWidths}); the problem takes the rest and
     * wraps inside it, whole however long (a row taller than a page is split by lines).
     */
    private static Block.Table itemTable(List<Item> items, String dateHeader,
                                         java.util.function.Function<Rectification, String> date, boolean overdue,
                                         I18n i18n) {
        List<Item> shown = items.subList(0, Math.min(items.size(), MAX_LISTED));
        List<String> codes = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (Item i : shown) {
            codes.add(code(i.item(), i18n));
            units.add(i.unit().name());
            dates.add(date.apply(i.item()));
            states.add(i18n.tr("rectStatus", i.item().status()));
        }
        String codeHeader = i18n.tr("sheet.ledger.code");
        String unitHeader = i18n.tr("sheet.ledger.unit");
        String statusHeader = i18n.tr("sheet.ledger.status");
        double code = widest(codeHeader, codes);
        double unit = Math.min(UNIT_WIDTH, widest(unitHeader, units));
        double day = widest(dateHeader, dates);
        double status = overdue ? widest(statusHeader, states) : 0;
        double problem = Math.max(PROBLEM_WIDTH, CharWidths.TABLE_WIDTH - code - unit - day - status);

        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(codeHeader, code, Block.Align.CENTER));
        columns.add(new Block.Column(unitHeader, unit, Block.Align.LEFT));
        columns.add(new Block.Column(i18n.tr("sheet.ledger.problem"), problem, Block.Align.LEFT));
        columns.add(new Block.Column(dateHeader, day, Block.Align.CENTER));
        if (overdue) {
            columns.add(new Block.Column(statusHeader, status, Block.Align.CENTER));
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> bold = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            List<String> cells = new ArrayList<>(List.of(codes.get(k), units.get(k),
                    CharWidths.flat(shown.get(k).item().problem()), dates.get(k)));
            if (overdue) {
                cells.add(states.get(k));
                bold.add(k);
            }
            rows.add(cells);
        }
        return new Block.Table(columns, rows, bold);
    }

    /** Room left beside the widest text of a column, in characters, so no cell touches its rules. */
    private static final double AIR = 0.8;

    /** The width, in characters with the cell's padding, of the widest of a column's texts. */
    private static double widest(String header, List<String> cells) {
        double w = CharWidths.widthOf(header);
        for (String c : cells) {
            w = Math.max(w, CharWidths.widthOf(c));
        }
        return w + CharWidths.PADDING + AIR;
    }

    /** 12月20日, or for an item extended both dates: 12月20日（原11月30日，已延期）. */
    static String due(Rectification r, I18n i18n) {
        return r.extended() ? i18n.tr("sheet.ledger.extendedDue", i18n.shortDate(r.due()), i18n.shortDate(r.originalDue()))
                : i18n.shortDate(r.due());
    }

    /** 整改-007: the ledger's short name and the item's serial. */
    static String code(Rectification r, I18n i18n) {
        return i18n.tr("sheet.ledger.codeText", i18n.tr("ledgerShort", r.ledger()), r.serial());
    }
}
