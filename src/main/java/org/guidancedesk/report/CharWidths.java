package org.guidancedesk.report;

/**
 * Widths of table text counted in full-width characters (a Chinese character is one, an ASCII
 * character a little over half of one), so a sheet can size its columns to their texts before
 * the PDF's layout measures them exactly. The estimate errs on the short side.
 */
final class CharWidths {
    /**
     * Full-width characters across a sheet table: the type area is 170 mm wide and table text is
     * 9.5 pt (see {@code pdf.PageLayout}), about 50.7 characters, less a margin for safety.
     */
    static final double TABLE_WIDTH = 50;
    /** What a cell's padding on both sides takes, in characters. */
    static final double PADDING = 0.6;

    private CharWidths() {}

    /** The characters a column of {@code weight} out of {@code totalWeight} holds on one line. */
    static double columnWidth(double weight, double totalWeight) {
        return TABLE_WIDTH * weight / totalWeight - PADDING;
    }

    /** The text as one paragraph for a cell that wraps it: line breaks and runs of spaces become one space. */
    static String flat(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static double widthOf(String text) {
        return text.codePoints().mapToDouble(CharWidths::widthOf).sum();
    }

    private static double widthOf(int cp) {
        return cp < 0x80 ? 0.6 : 1.0;
    }
}
