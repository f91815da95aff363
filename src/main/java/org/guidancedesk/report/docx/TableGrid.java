package org.guidancedesk.report.docx;

import java.util.Arrays;
import java.util.List;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.ColumnWidths;

/**
 * A table's column widths in twips, by the columns' weights and widened, as the PDF's are, where
 * a column would break what should stay whole: Latin words and numbers ("31/35"), and pieces
 * between spaces of up to twelve characters (a unit's name) when there is room for all of
 * them, else of up to six (a date, 合计, a short header such as 本周完成). The word processor
 * measures the real text later; this estimate errs on the wide side (a Latin character counts
 * 0.7 of a Chinese one — a bold DejaVu Sans digit, which LibreOffice draws on a machine without
 * the office faces, is 0.696 — and 4 % more for bold).
 */
final class TableGrid {
    private static final int WHOLE_IF_ROOM = 12;
    private static final int WHOLE = 6;
    /** A Latin character or digit, in Chinese characters. */
    private static final double LATIN = 0.7;

    private TableGrid() {}

    /** Twips that add up to {@code total} exactly; {@code padding} is a cell's left plus right margin. */
    static int[] widths(Block.Table t, int total, int tableHalfPoints, int padding) {
        int n = t.columns().size();
        double[] least = least(t, WHOLE_IF_ROOM, tableHalfPoints, padding);
        if (Arrays.stream(least).sum() > total) {
            least = least(t, WHOLE, tableHalfPoints, padding);
        }
        double[] fitted = ColumnWidths.fit(ColumnWidths.byWeight(t.columns(), total), least);
        int[] widths = new int[n];
        double upTo = 0;
        int placed = 0;
        for (int c = 0; c < n; c++) {
            upTo += fitted[c];
            int edge = c == n - 1 ? total : (int) Math.round(upTo);
            widths[c] = edge - placed;
            placed = edge;
        }
        return widths;
    }

    /** Each column's least width, twips: its widest piece kept whole, and the cell's margins. */
    private static double[] least(Block.Table t, int whole, int tableHalfPoints, int padding) {
        double em = tableHalfPoints * 10 * 1.04;
        double[] least = new double[t.columns().size()];
        for (int c = 0; c < least.length; c++) {
            double widest = longestWord(t.columns().get(c).header(), whole);
            for (List<String> row : t.rows()) {
                widest = Math.max(widest, longestWord(row.get(c) == null ? "" : row.get(c), whole));
            }
            least[c] = widest * em + padding;
        }
        return least;
    }

    /** The widest piece that should not break, in Chinese characters: Latin runs, and pieces of up to {@code whole} characters. */
    static double longestWord(String text, int whole) {
        double widest = 0;
        for (String piece : text.strip().split("\\s+")) {
            if (piece.codePointCount(0, piece.length()) <= whole) {
                widest = Math.max(widest, width(piece));
                continue;
            }
            int start = 0;
            for (int i = 0; i <= piece.length(); i++) {
                if (i == piece.length() || piece.charAt(i) >= 0x80) {
                    widest = Math.max(widest, width(piece.substring(start, i)));
                    widest = Math.max(widest, i < piece.length() ? 1 : 0);
                    start = i + 1;
                }
            }
        }
        return widest;
    }

    /**
     * Plus a quarter of a character where Chinese meets Latin or digits: LibreOffice spaces them
     * apart whatever the file says (it does not read w:autoSpaceDN), "11 月 15 日".
     */
    private static double width(String s) {
        double w = 0;
        int previous = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += cp < 0x80 ? LATIN : 1.0;
            if (previous >= 0 && (previous < 0x80) != (cp < 0x80)) {
                w += 0.25;
            }
            previous = cp;
        }
        return w;
    }
}
