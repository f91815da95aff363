package org.guidancedesk.report.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import org.guidancedesk.ooxml.PackageZip;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.report.pdf.OfficeFaces;

/**
 * Writes a {@link Sheet} as a Word document (.docx) that Word, WPS and LibreOffice open and edit
 * as their own: the same blocks as the PDF, as styled paragraphs and real tables (see
 * {@link DocumentPart}, {@link DocxStyles}), A4 upright or on its side, the page number in the
 * footer. The same sheet, typesetting and faces always give the same bytes. Text is plain:
 * markup characters print as themselves, control characters are dropped.
 *
 * <p>For a whole-or-nothing file, hand {@link #render}'s bytes to {@code WholeFile.write}, as
 * the PDF is written.
 */
public final class DocxWriter {
    private DocxWriter() {}

    /** The sheet as .docx bytes, set as asked, naming and thickening faces as {@code faces} says the PDF does. */
    public static byte[] render(Sheet sheet, Typesetting type, OfficeFaces faces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            write(sheet, type, faces, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Writes the sheet as .docx to {@code out}, which is left open. */
    public static void write(Sheet sheet, Typesetting type, OfficeFaces faces, OutputStream out) throws IOException {
        PackageZip zip = new PackageZip(out, Deflater.DEFAULT_COMPRESSION);
        zip.part("[Content_Types].xml", DocxParts.contentTypes());
        zip.part("_rels/.rels", DocxParts.packageRelationships());
        zip.part(DocxParts.DOCUMENT, DocumentPart.xml(sheet, type));
        zip.part("word/_rels/document.xml.rels", DocxParts.documentRelationships());
        zip.part(DocxParts.STYLES, DocxStyles.styles(type, faces));
        zip.part(DocxParts.SETTINGS, DocxParts.settings());
        zip.part(DocxParts.FONT_TABLE, DocxStyles.fontTable(faces));
        zip.part(DocxParts.FOOTER, FooterPart.xml(sheet.footerPattern()));
        zip.part(DocxParts.CORE, DocxParts.core(sheet));
        zip.part(DocxParts.APP, DocxParts.app());
        zip.finish();
    }
}
