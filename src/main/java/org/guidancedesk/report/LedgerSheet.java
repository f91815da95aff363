package org.guidancedesk.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Block.Align;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.service.LedgerListing;

/**
 * The printed 台账: A4 on its side, the title, a line saying what is listed, and one table of
 * the thirteen columns the .xlsx export prints (序号, 编号 … 进展情况), its header repeated on
 * every page, "第 x 页　共 y 页" at each foot. 序号 runs 1…N over what is printed; 编号 is the
 * item's own code (整改-007), as the window shows it.
 */
public final class LedgerSheet {
    private LedgerSheet() {}

    /** The printed columns' header keys; their widths are the language's (English words need other room). */
    private static final String[] COLUMNS = {"serial", "code", "ledger", "unit", "category", "problem", "measures", "leader",
            "owner", "node", "due", "status", "progress"};

    /** The relative widths of the thirteen columns, from the bundle ("5,5,9,…"). */
    private static double[] weights(I18n i18n) {
        String[] parts = i18n.tr("ledgerSheet.weights").split(",");
        if (parts.length != COLUMNS.length) {
            throw new IllegalStateException("ledgerSheet.weights needs " + COLUMNS.length + " numbers");
        }
        double[] w = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            w[i] = Double.parseDouble(parts[i].strip());
        }
        return w;
    }

    public static Sheet of(LedgerListing listing, I18n i18n) {
        List<Block.Column> columns = new ArrayList<>();
        double[] weights = weights(i18n);
        for (int i = 0; i < COLUMNS.length; i++) {
            Align align = i == 0 || i == 1 || i == 2 || i == 9 || i == 10 || i == 11 ? Align.CENTER : Align.LEFT;
            columns.add(new Block.Column(i18n.tr("ledgerSheet.column." + COLUMNS[i]), weights[i], align));
        }
        // A compact date (2026.12.31): a due date of another year must say its year, in a narrow column.
        java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern(
                i18n.tr("ledgerSheet.dateFormat"), i18n.locale());
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Rectification r : listing.items()) {
            rows.add(List.of(Integer.toString(n++), i18n.tr("ledger.code", i18n.tr("ledgerShort", r.ledger()), r.serial()),
                    i18n.tr("ledgerShort", r.ledger()), listing.unitName(r),
                    r.category(), r.problem(), r.measures(), r.leader(), r.owner(), i18n.tr("node", r.node()),
                    due(r, date, i18n), i18n.tr("rectStatus", r.status()), progress(listing.progress(r), date, i18n)));
        }
        String title = title(listing, i18n);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Title(title, subtitle(listing, i18n)));
        if (rows.isEmpty()) {
            blocks.add(Block.Paragraph.muted(i18n.tr("ledgerSheet.none")));
        } else {
            blocks.add(new Block.Table(columns, rows));
        }
        return new Sheet(title, "", blocks, i18n.tr("sheet.footer"), Sheet.Orientation.LANDSCAPE);
    }

    /** 2026.12.20, or an item extended: 2026.12.20（原2026.11.30，已延期）. */
    private static String due(Rectification r, java.time.format.DateTimeFormatter date, I18n i18n) {
        if (r.due() == null) {
            return "";
        }
        return r.extended() ? i18n.tr("ledgerSheet.extendedDue", date.format(r.due()), date.format(r.originalDue()))
                : date.format(r.due());
    }

    /** One line a note, each with its date ("2026.11.18 已建立台账"); a 延期 or 退回 in words with its reason. */
    private static String progress(List<ProgressNote> notes, java.time.format.DateTimeFormatter date, I18n i18n) {
        StringBuilder b = new StringBuilder();
        for (ProgressNote n : notes) {
            b.append(b.length() == 0 ? "" : "\n").append(date.format(n.on())).append(' ')
                    .append(HistoryLine.of(n, i18n, date::format));
        }
        return b.toString();
    }

    /** 中央第十八指导组 整改台账 (or 整治台账, or both as the items hold them). */
    private static String title(LedgerListing listing, I18n i18n) {
        EnumSet<Ledger> ledgers = EnumSet.noneOf(Ledger.class);
        if (listing.filter().ledger() != null) {
            ledgers.add(listing.filter().ledger());
        } else {
            listing.items().forEach(r -> ledgers.add(r.ledger()));
        }
        String which = ledgers.size() == 1 ? i18n.tr("ledgerName", ledgers.iterator().next())
                : i18n.tr("ledgerSheet.both");
        String group = listing.group() == null ? "" : listing.group().name();
        return i18n.tr("ledgerSheet.title", group, which).strip();
    }

    /** "单位：南山县　状态：整改中　仅超期　截至 2026年12月2日　共 12 项". */
    private static String subtitle(LedgerListing listing, I18n i18n) {
        LedgerFilter f = listing.filter();
        List<String> parts = new ArrayList<>();
        if (f.unitId() != null) {
            parts.add(i18n.tr("ledgerSheet.unit", listing.unitNames().getOrDefault(f.unitId(), "")));
        }
        if (f.category() != null) {
            parts.add(i18n.tr("ledgerSheet.category", f.category()));
        }
        if (f.status() != null) {
            parts.add(i18n.tr("ledgerSheet.status", i18n.tr("rectStatus", f.status())));
        }
        if (f.node() != null) {
            parts.add(i18n.tr("ledgerSheet.node", i18n.tr("node", f.node())));
        }
        if (f.overdueOnly()) {
            parts.add(i18n.tr("ledgerSheet.overdue"));
        }
        if (f.warningsOnly()) {
            parts.add(i18n.tr("ledgerSheet.warnings"));
        }
        if (f.extendedOnly()) {
            parts.add(i18n.tr("ledgerSheet.extended"));
        }
        if (!f.text().isBlank()) {
            parts.add(i18n.tr("ledgerSheet.text", f.text().strip()));
        }
        parts.add(i18n.tr("ledgerSheet.asOf", i18n.longDate(listing.today()), listing.items().size()));
        return String.join(i18n.tr("ledgerSheet.separator"), parts);
    }

    /** The default file name, e.g. 整改台账-2026-12-02.pdf, safe on every system. */
    public static String fileName(LedgerListing listing, I18n i18n) {
        return i18n.tr("ledgerSheet.fileName", listing.today().toString()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
