package org.guidancedesk.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.WholeFile;
import org.guidancedesk.tabular.CsvWriter;
import org.guidancedesk.tabular.XlsxWriter;

/**
 * One table written the way the ledger export writes it: .csv (UTF-8 with BOM, header and rows)
 * by the file's name, otherwise an .xlsx for printing (title and subtitle, frozen header repeated
 * on every page, A4 landscape one page wide); formula-looking text stays text in both. The file
 * appears whole or not at all; a failure names it ({@code ledgerio.error.write}).
 */
final class TableExport {
    /** One data row; in the workbook a value may be an {@link XlsxWriter.Cell} with its own fill. */
    record Line(List<?> values, XlsxWriter.Highlight highlight) {}

    private TableExport() {}

    static boolean isCsv(Path out) {
        return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    static void write(Path out, XlsxWriter.Sheet sheet, List<Line> lines) {
        write(out, sheet, lines, "");
    }

    /**
     * As above; a .csv has no title, so a {@code banner} that must not be lost (内部资料 注意保密)
     * becomes its first line, above the header.
     */
    static void write(Path out, XlsxWriter.Sheet sheet, List<Line> lines, String banner) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 15);
        try {
            if (isCsv(out)) {
                try (CsvWriter csv = new CsvWriter(bytes)) {
                    if (!banner.isEmpty()) {
                        csv.row(List.of(banner));
                    }
                    csv.row(sheet.columns().stream().map(XlsxWriter.Column::header).toList());
                    for (Line line : lines) {
                        csv.row(line.values().stream().map(TableExport::plain).toList());
                    }
                }
            } else {
                try (XlsxWriter xlsx = XlsxWriter.start(bytes, sheet)) {
                    for (Line line : lines) {
                        xlsx.row(line.values(), line.highlight());
                    }
                }
            }
            WholeFile.write(out, bytes.toByteArray());
        } catch (IOException e) {
            throw new LedgerFileException("ledgerio.error.write", e, out.getFileName().toString(),
                    String.valueOf(e.getMessage()));
        }
    }

    /** One tab of a workbook and its data rows. */
    record Tab(XlsxWriter.Sheet sheet, List<List<Object>> rows) {}

    /** Several tables as the tabs of one .xlsx, whole or not at all; a failure names the file. */
    static void writeWorkbook(Path out, List<Tab> tabs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 15);
        try {
            try (XlsxWriter xlsx = XlsxWriter.start(bytes, tabs.get(0).sheet())) {
                for (int i = 0; i < tabs.size(); i++) {
                    if (i > 0) {
                        xlsx.nextSheet(tabs.get(i).sheet());
                    }
                    for (List<Object> r : tabs.get(i).rows()) {
                        xlsx.row(r);
                    }
                }
            }
            WholeFile.write(out, bytes.toByteArray());
        } catch (IOException e) {
            throw new LedgerFileException("ledgerio.error.write", e, out.getFileName().toString(),
                    String.valueOf(e.getMessage()));
        }
    }

    /** A value as CSV text: a cell's value, dates as 2026-11-24. */
    private static String plain(Object v) {
        Object value = v instanceof XlsxWriter.Cell c ? c.value() : v;
        return value == null ? "" : value.toString();
    }

    /** Red for overdue, yellow for due soon (or late), none otherwise: the ledger's fills. */
    static XlsxWriter.Highlight highlight(TrafficLight light) {
        return light == TrafficLight.RED ? XlsxWriter.Highlight.RED
                : light == TrafficLight.YELLOW ? XlsxWriter.Highlight.YELLOW : XlsxWriter.Highlight.NONE;
    }

    /** "截至 2026年11月24日　共 N 项": the day the states are as of. */
    static String subtitle(I18n i18n, LocalDate today, String countKey, int count) {
        return i18n.tr("export.subtitle", i18n.longDate(today), i18n.tr(countKey, count));
    }
}
