package org.guidancedesk.report;

import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;

/** The one way a weekly sheet becomes PDF, for the window and the command line alike (in either format: {@link WeeklyOutput}). */
public final class WeeklyPdf {
    private WeeklyPdf() {}

    public static RenderedSheet render(WeeklyData data, I18n i18n) {
        return WeeklyOutput.sheet(data, i18n, ReportFormat.PDF).pdf();
    }
}
