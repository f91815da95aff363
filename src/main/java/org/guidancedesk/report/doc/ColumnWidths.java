package org.guidancedesk.report.doc;

import java.util.List;

/**
 * How a table's columns share its width, for every rendering of a sheet: by their weights,
 * then widened where a column's text would break where it must not (a word, a date, "31/35"),
 * the room taken from columns wider than they need, in proportion to what they have to spare.
 * When that cannot be done for all, the weights stand.
 */
public final class ColumnWidths {
    private ColumnWidths() {}

    /** The widths by weight of {@code total}. */
    public static double[] byWeight(List<Block.Column> columns, double total) {
        double sum = 0;
        for (Block.Column c : columns) {
            sum += c.weight();
        }
        double[] widths = new double[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = total * columns.get(i).weight() / sum;
        }
        return widths;
    }

    /** {@code widths} with each at least {@code least}, or {@code widths} as they are when there is not room for all. */
    public static double[] fit(double[] widths, double[] least) {
        double need = 0;
        double spare = 0;
        for (int i = 0; i < widths.length; i++) {
            need += Math.max(0, least[i] - widths[i]);
            spare += Math.max(0, widths[i] - least[i]);
        }
        if (need <= 0 || spare < need) {
            return widths;
        }
        double[] fitted = new double[widths.length];
        for (int i = 0; i < widths.length; i++) {
            fitted[i] = widths[i] < least[i] ? least[i] : widths[i] - (widths[i] - least[i]) / spare * need;
        }
        return fitted;
    }
}
