package org.guidancedesk.ui.checklist;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A unit column's heading: centred, wrapped at most {@link #LINES} lines high, a longer name
 * elided with "…" and shown whole in the tooltip.
 */
final class ColumnHeader {
    /** How many lines a unit's name may take in its column's heading. */
    static final int LINES = 2;

    private ColumnHeader() {}

    static Label of(String name, double width) {
        Label header = new HeaderLabel(name);
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        header.setEllipsisString("…");
        header.setPrefWidth(width);
        header.setMinHeight(Region.USE_PREF_SIZE); // the header row is as high as its names need, up to two lines
        header.setTooltip(new javafx.scene.control.Tooltip(name));
        header.setAccessibleText(name);
        return header;
    }

    /** A label no higher than {@link #LINES} lines of its font: the skin elides the rest. */
    private static final class HeaderLabel extends Label {
        HeaderLabel(String text) {
            super(text);
        }

        @Override
        protected double computePrefHeight(double width) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text("国" + "\n国".repeat(LINES - 1));
            probe.setFont(getFont());
            probe.setLineSpacing(getLineSpacing());
            // A pixel or two over the probe: the skin elides a line that does not fit to the pixel.
            double lines = Math.ceil(probe.getLayoutBounds().getHeight()) + 2 + snappedTopInset() + snappedBottomInset();
            // The header asks without a width: wrap at the label's own width, as it will be shown.
            double wrapAt = width < 0 && getPrefWidth() > 0 ? getPrefWidth() : width;
            return Math.min(super.computePrefHeight(wrapAt), lines);
        }

        @Override
        protected double computeMaxHeight(double width) {
            return computePrefHeight(width);
        }
    }
}
