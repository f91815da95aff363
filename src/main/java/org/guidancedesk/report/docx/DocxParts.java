package org.guidancedesk.report.docx;

import java.util.List;
import org.guidancedesk.ooxml.PackageZip;
import org.guidancedesk.ooxml.Xml;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.report.pdf.SheetPdf;

/** The package parts of a .docx around its text: content types, relationships, settings, properties. */
final class DocxParts {
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String DOCUMENT = "word/document.xml";
    static final String STYLES = "word/styles.xml";
    static final String SETTINGS = "word/settings.xml";
    static final String FONT_TABLE = "word/fontTable.xml";
    static final String FOOTER = "word/footer1.xml";
    static final String CORE = "docProps/core.xml";
    static final String APP = "docProps/app.xml";
    /** The footer's relationship id in the document's .rels, named by the section. */
    static final String FOOTER_ID = "rId4";

    private static final String REL = PackageZip.OFFICE_RELATIONSHIPS;
    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private DocxParts() {}

    static String contentTypes() {
        return PackageZip.contentTypes(List.of(
                new PackageZip.Override(DOCUMENT, WORD + "document.main+xml"),
                new PackageZip.Override(STYLES, WORD + "styles+xml"),
                new PackageZip.Override(SETTINGS, WORD + "settings+xml"),
                new PackageZip.Override(FONT_TABLE, WORD + "fontTable+xml"),
                new PackageZip.Override(FOOTER, WORD + "footer+xml"),
                new PackageZip.Override(CORE, "application/vnd.openxmlformats-package.core-properties+xml"),
                new PackageZip.Override(APP, "application/vnd.openxmlformats-officedocument.extended-properties+xml")));
    }

    static String packageRelationships() {
        return PackageZip.relationships(List.of(
                new PackageZip.Link("rId1", REL + "/officeDocument", DOCUMENT),
                new PackageZip.Link("rId2", PackageZip.CORE_PROPERTIES, CORE),
                new PackageZip.Link("rId3", REL + "/extended-properties", APP)));
    }

    static String documentRelationships() {
        return PackageZip.relationships(List.of(
                new PackageZip.Link("rId1", REL + "/styles", "styles.xml"),
                new PackageZip.Link("rId2", REL + "/settings", "settings.xml"),
                new PackageZip.Link("rId3", REL + "/fontTable", "fontTable.xml"),
                new PackageZip.Link(FOOTER_ID, REL + "/footer", "footer1.xml")));
    }

    /**
     * Tab stops every two characters of 10.5 pt (Word's Chinese default), punctuation compressed
     * at line starts and ends as Chinese typesetting does, Word 2013+ layout.
     */
    static String settings() {
        return Xml.HEAD + "<w:settings xmlns:w=\"" + W_NS + "\">"
                + "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/>"
                + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
                + " w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>";
    }

    /** Title and author; no dates (the sheet carries none, and the same sheet gives the same bytes). */
    static String core(Sheet sheet) {
        StringBuilder b = new StringBuilder(Xml.HEAD)
                .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
        Xml.escape(sheet.documentTitle(), b);
        b.append("</dc:title>");
        if (!sheet.author().isEmpty()) {
            b.append("<dc:creator>");
            Xml.escape(sheet.author(), b);
            b.append("</dc:creator>");
        }
        b.append("<dc:language>zh-CN</dc:language>");
        return b.append("</cp:coreProperties>").toString();
    }

    static String app() {
        return Xml.HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>" + SheetPdf.CREATOR + "</Application><DocSecurity>0</DocSecurity></Properties>";
    }
}
