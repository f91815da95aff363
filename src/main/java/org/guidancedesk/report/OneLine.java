package org.guidancedesk.report;

/**
 * Text cut to one line of a table column, so a long problem description never makes a row two
 * or three lines tall. Widths are counted in full-width characters (a Chinese character is one,
 * an ASCII character a little over half of one); the estimate errs on the short side.
 */
final class OneLine {
    /**
     * Full-width characters across a sheet table: the type area is 170 mm wide and table text is
     * 9.5 pt (see {@code pdf.PageLayout}), about 50.7 characters, less a margin for safety.
     */
    static final double TABLE_WIDTH = 50;
    /** What a cell's padding on both sides takes, in characters. */
    static final double PADDING = 0.6;
    private static final String ELLIPSIS = "…";

    private OneLine() {}

    /** The characters a column of {@code weight} out of {@code totalWeight} holds on one line. */
    static double columnWidth(double weight, double totalWeight) {
        return TABLE_WIDTH * weight / totalWeight - PADDING;
    }

    /** The text on one line (line breaks and runs of spaces become one space), cut with "…" to fit. */
    static String fit(String text, double width) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (widthOf(flat) <= width) {
            return flat;
        }
        double room = width - 1; // the ellipsis is full width in Chinese fonts
        double used = 0;
        int end = 0;
        while (end < flat.length()) {
            int cp = flat.codePointAt(end);
            double w = widthOf(cp);
            if (used + w > room) {
                break;
            }
            used += w;
            end += Character.charCount(cp);
        }
        String kept = flat.substring(0, end).stripTrailing();
        // "考核多，“…" reads badly: a cut never ends on a comma or an opening mark.
        while (!kept.isEmpty() && DANGLING.indexOf(kept.charAt(kept.length() - 1)) >= 0) {
            kept = kept.substring(0, kept.length() - 1).stripTrailing();
        }
        return kept + ELLIPSIS;
    }

    /** Marks a cut line should not end on. */
    private static final String DANGLING = "，,、：:；;“‘\"'（(《〈【[";

    static double widthOf(String text) {
        return text.codePoints().mapToDouble(OneLine::widthOf).sum();
    }

    private static double widthOf(int cp) {
        return cp < 0x80 ? 0.6 : 1.0;
    }
}
