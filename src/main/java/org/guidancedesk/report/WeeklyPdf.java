package org.guidancedesk.report;

import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.pdf.SheetPdf;

/** The one way a weekly sheet becomes PDF, for the window and the command line alike. */
public final class WeeklyPdf {
    private WeeklyPdf() {}

    public static RenderedSheet render(WeeklyData data, I18n i18n) {
        WeeklyReport report = WeeklyReport.build(data, WeeklySections.standard());
        SheetPdf.Pdf pdf = SheetPdf.renderCounted(WeeklySheet.of(report, i18n));
        return new RenderedSheet(pdf.bytes(), pdf.pages(), WeeklySheet.fileName(data, i18n));
    }
}
