package org.guidancedesk.ui.weekly;

/** The preview's zoom: the page fitted to the pane's width, or a size relative to paper. */
enum Zoom {
    FIT(0), P75(75), P100(100), P125(125), P150(150);

    private final int percent;

    Zoom(int percent) {
        this.percent = percent;
    }

    /** Screen pixels for a page image of the given pixel width, rendered at {@code dpi}. */
    double width(double imageWidth, double dpi, double available) {
        if (this == FIT) {
            return Math.max(120, Math.min(available, imageWidth));
        }
        return imageWidth * 96.0 / dpi * percent / 100.0;
    }
}
