package org.guidancedesk.report;

import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.docx.DocxWriter;
import org.guidancedesk.report.docx.Typesetting;

/**
 * The one way a weekly sheet becomes an editable Word file, beside {@link WeeklyPdf}: the same
 * sheet, set as its PDF is ({@link Typesetting#COMPACT}: a status sheet with tables is no formal
 * document and keeps to its pages). Write the bytes with {@code WholeFile.write}, as the PDF.
 */
public final class WeeklyDocx {
    private WeeklyDocx() {}

    /** A sheet as .docx bytes, with the name a file of it takes by default. */
    public record Rendered(byte[] docx, String fileName) {}

    public static Rendered render(WeeklyData data, I18n i18n) {
        WeeklyReport report = WeeklyReport.build(data, WeeklySections.standard());
        byte[] docx = DocxWriter.render(WeeklySheet.of(report, i18n), Typesetting.COMPACT);
        return new Rendered(docx, docxName(WeeklySheet.fileName(data, i18n)));
    }

    /** The PDF's default name with .docx for .pdf (the name's pattern, in the bundle, ends in .pdf). */
    static String docxName(String pdfName) {
        return (pdfName.endsWith(".pdf") ? pdfName.substring(0, pdfName.length() - 4) : pdfName) + ".docx";
    }
}
