package org.guidancedesk.ui.weekly;

import java.awt.image.BufferedImage;
import java.util.List;
import org.guidancedesk.domain.Week;
import org.guidancedesk.report.RenderedSheet;

/**
 * One week's report as previewed: the very PDF that prints and exports, and its pages drawn
 * as images (toolkit-free; the view turns them into JavaFX images).
 */
public record Preview(WeekSheet shown, List<BufferedImage> pages) {
    public Preview {
        pages = List.copyOf(pages);
    }

    public Week week() {
        return shown.week();
    }

    public RenderedSheet sheet() {
        return shown.rendered();
    }
}
