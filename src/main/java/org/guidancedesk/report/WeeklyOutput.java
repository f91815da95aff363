package org.guidancedesk.report;

import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.report.pdf.SheetPdf;

/**
 * A weekly report (status sheet or 工作动态) ready to be saved in the format asked for:
 * {@link #bytes()} go into the file, named {@link #fileName()} by default; {@link #pdf()} is the
 * PDF of the same sheet, which is what the archive keeps and a 工作动态 is issued with, whatever
 * the format — so a .docx export is archived as its PDF and a reprint shows the same content.
 */
public record WeeklyOutput(ReportFormat format, byte[] bytes, String fileName, RenderedSheet pdf) {

    /** A sheet in the format, with its PDF; {@code pdfName} is the PDF's default name. */
    public static WeeklyOutput of(Sheet sheet, String pdfName, ReportFormat format) {
        SheetPdf.Pdf pdf = SheetPdf.renderCounted(sheet);
        byte[] bytes = format == ReportFormat.DOCX ? WeeklyDocx.docx(sheet) : pdf.bytes();
        return new WeeklyOutput(format, bytes, format.rename(pdfName), new RenderedSheet(pdf.bytes(), pdf.pages(), pdfName));
    }

    /** The week's status sheet (周工作进展表) in the format. */
    public static WeeklyOutput sheet(WeeklyData data, I18n i18n, ReportFormat format) {
        return of(WeeklySheet.of(WeeklyReport.build(data, WeeklySections.standard()), i18n), WeeklySheet.fileName(data, i18n), format);
    }

    /** The pages of the PDF (a word processor counts its own for the .docx). */
    public int pages() {
        return pdf.pages();
    }
}
