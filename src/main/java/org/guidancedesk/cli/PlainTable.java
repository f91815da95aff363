package org.guidancedesk.cli;

import java.io.PrintWriter;
import java.util.List;

/** Text tables for a terminal (wide CJK characters count two columns) and CSV for spreadsheets. */
final class PlainTable {
    private PlainTable() {}

    /** The table with every cell made safe first, so an escaped control is counted as it is shown. */
    static void print(Console out, List<String> rawHeader, List<List<String>> rawRows) {
        List<String> header = safe(rawHeader);
        List<List<String>> rows = rawRows.stream().map(PlainTable::safe).toList();
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = width(header.get(i));
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        line(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append("-".repeat(widths[i])).append(i < widths.length - 1 ? "  " : "");
        }
        out.line(rule.toString());
        for (List<String> r : rows) {
            line(out, r, widths);
        }
    }

    private static List<String> safe(List<String> cells) {
        return cells.stream().map(TerminalText::safe).toList();
    }

    private static void line(Console out, List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(cells.get(i));
            if (i < cells.size() - 1) {
                b.append(" ".repeat(widths[i] - width(cells.get(i)) + 2));
            }
        }
        out.line(b.toString().stripTrailing());
    }

    /** Display columns: East Asian wide and full-width characters take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /**
     * RFC 4180 CSV with a byte-order mark so spreadsheet programs read UTF-8; text that a
     * spreadsheet would run as a formula is neutralised (the same writer as the ledger export),
     * and control characters are escaped as on the terminal, where this output usually lands.
     */
    static void csv(PrintWriter out, List<String> header, List<List<String>> rows) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            org.guidancedesk.tabular.CsvWriter.write(bytes, safe(header), rows.stream().map(PlainTable::safe).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // memory only: cannot happen
        }
        out.print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }
}
