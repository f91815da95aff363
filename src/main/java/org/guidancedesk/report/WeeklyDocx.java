package org.guidancedesk.report;

import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.report.docx.DocxWriter;
import org.guidancedesk.report.docx.Typesetting;
import org.guidancedesk.report.pdf.OfficeFaces;

/**
 * The one way a weekly report's sheet becomes an editable Word file, beside its PDF: the same
 * blocks, set as the PDF is ({@link Typesetting#COMPACT}: the PDF's sizes and margins, so the
 * demo 工作动态 is one A4 page and the status sheet two, as their PDFs), the faces named and
 * thickened as the PDF sets them on this machine ({@link OfficeFaces#ofSystem()}). Write the
 * bytes with {@code WholeFile.write}, as the PDF. Loaded only when a .docx is asked for.
 */
public final class WeeklyDocx {
    private WeeklyDocx() {}

    /** Any sheet as .docx. */
    public static byte[] docx(Sheet sheet) {
        return DocxWriter.render(sheet, Typesetting.COMPACT, OfficeFaces.ofSystem());
    }

    /** The week's status sheet (周工作进展表) as .docx: the same sheet {@link WeeklyPdf#render} prints. */
    public static byte[] sheet(WeeklyData data, I18n i18n) {
        return docx(WeeklySheet.of(WeeklyReport.build(data, WeeklySections.standard()), i18n));
    }
}
