package org.guidancedesk.tabular;

/**
 * An estimate of how many lines wrapped text takes in a column, so a row can be written tall
 * enough. Excel grows rows to fit wrapped text by itself, but LibreOffice and WPS keep the
 * height stored in the file, and a printed ledger with clipped cells is useless. Wide (CJK)
 * characters count two units of Excel's column width, others one.
 */
final class RowHeights {
    /** Points per line of an 11-point font, as Excel spaces them, with a little room. */
    private static final double POINTS_PER_LINE = 15;
    /** Excel's tallest row. */
    private static final double MAX_POINTS = 409;

    private RowHeights() {}

    /** Lines the text takes in a column this wide (in characters); at least 1. */
    static int lines(String text, double width) {
        double usable = Math.max(1, width - 1); // the cell's padding, and slack for word wrapping
        int lines = 0;
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += Math.max(1, (int) Math.ceil(units / usable));
                units = 0;
            } else if (Character.isHighSurrogate(c)) {
                units += 2; // beyond the BMP: mostly CJK extensions and emoji, both wide
                i++;
            } else if (c != '\r') {
                units += isWide(c) ? 2 : 1;
            }
        }
        return lines + Math.max(1, (int) Math.ceil(units / usable));
    }

    /** The row height in points for that many lines; capped at Excel's maximum. */
    static String points(int lines) {
        double points = Math.min(MAX_POINTS, lines * POINTS_PER_LINE);
        return points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points);
    }

    /** East Asian wide and fullwidth characters (Hangul, CJK, kana, fullwidth forms). */
    private static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }
}
