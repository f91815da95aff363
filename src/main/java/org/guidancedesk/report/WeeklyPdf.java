package org.guidancedesk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.pdf.SheetPdf;

/** The one way a weekly sheet becomes PDF, for the window and the command line alike. */
public final class WeeklyPdf {
    private WeeklyPdf() {}

    public static RenderedSheet render(WeeklyData data, I18n i18n) {
        WeeklyReport report = WeeklyReport.build(data, WeeklySections.standard());
        byte[] pdf = SheetPdf.render(WeeklySheet.of(report, i18n));
        return new RenderedSheet(pdf, pageCount(pdf), WeeklySheet.fileName(data, i18n));
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
