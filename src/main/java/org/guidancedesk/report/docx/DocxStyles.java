package org.guidancedesk.report.docx;

import org.guidancedesk.ooxml.Xml;
import org.guidancedesk.report.pdf.OfficeFaces;

/**
 * The styles.xml and fontTable.xml: what each kind of block looks like, kept in named styles
 * (not on each paragraph) so the user restyles the whole document by editing one. Sizes come
 * from the {@link Typesetting}; faces from {@link DocxFont}: 一、 headings in 黑体 and （一） in
 * 楷体, at outline levels 1 and 2 (the navigation pane and a table of contents see them), tables
 * in 宋体 on single spacing. Built-in style names (Normal, Title, heading 1 …) so Word, WPS and
 * LibreOffice show them under their own localised names.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String TABLE_TEXT = "TableText";
    static final String FOOTER = "Footer";

    private DocxStyles() {}

    private static final String BOLD = "<w:b/><w:bCs/>";

    static String styles(Typesetting t, OfficeFaces faces) {
        String bold = t.formal ? "" : BOLD;
        return Xml.HEAD + "<w:styles xmlns:w=\"" + DocxParts.W_NS + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + DocxFont.BODY.runFonts(faces)
                + "<w:kern w:val=\"2\"/>" + size(t.body)
                + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
                // No extra gap between Chinese and Latin or digits ("1家单位"), as the PDF and the 公文's 28-character line have it;
                // punctuation may hang past the margin, Word's own default, said outright: LibreOffice (7.4) reads the
                // switch the other way round and then hangs none, which is as well, for its PDF loses a hung "，".
                + "<w:pPr><w:widowControl w:val=\"0\"/><w:overflowPunct w:val=\"1\"/><w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>"
                + spacing(t.before(0), -1, t.bodyLine) + "<w:jc w:val=\"both\"/></w:pPr>"
                + "<w:rPr>" + DocxFont.BODY.runFonts(faces) + size(t.body) + "</w:rPr></w:style>"
                + paragraph(TITLE, "Title", "<w:keepNext/>" + spacing(0, 0, t.lineFor(t.title)) + "<w:jc w:val=\"center\"/>",
                        DocxFont.TITLE.runFonts(faces) + bold + size(t.title))
                + paragraph(SUBTITLE, "Subtitle", "<w:keepNext/>" + spacing(0, t.gap(), t.bodyLine) + "<w:jc w:val=\"center\"/>",
                        DocxFont.SUBHEADING.runFonts(faces) + size(t.body))
                + heading(HEADING_1, 1, DocxFont.HEADING, t, faces, !t.formal && !faces.heiTi())
                + heading(HEADING_2, 2, DocxFont.SUBHEADING, t, faces, !t.formal && !faces.kaiTi())
                + paragraph(TABLE_TEXT, "Table Text", spacing(0, 0, -1), DocxFont.TABLE.runFonts(faces) + size(t.table))
                + paragraph(FOOTER, "footer", spacing(0, 0, -1) + "<w:jc w:val=\"center\"/>",
                        DocxFont.TABLE.runFonts(faces) + size(t.footer))
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
                + "</w:tblCellMar></w:tblPr></w:style>"
                + "</w:styles>";
    }

    /**
     * Headings are their faces' own weight (黑体 is bold enough), thickened only where the PDF
     * thickens them (this machine lacks the face, so the reader here sees a stand-in), and kept
     * with what they introduce.
     */
    private static String heading(String id, int level, DocxFont font, Typesetting t, OfficeFaces faces, boolean thicken) {
        return paragraph(id, "heading " + level, "<w:keepNext/><w:keepLines/>" + spacing(t.before(level), -1, t.lineFor(t.heading))
                + "<w:outlineLvl w:val=\"" + (level - 1) + "\"/>", font.runFonts(faces) + (thicken ? BOLD : "") + size(t.heading));
    }

    /** A paragraph style based on Normal, followed by Normal when the user presses Enter. */
    private static String paragraph(String id, String name, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
    }

    /** Space before and after (-1: the base style's), and an exact line in twips (-1: single spacing). */
    private static String spacing(int before, int after, int exactLine) {
        StringBuilder b = new StringBuilder("<w:spacing");
        if (before >= 0) {
            b.append(" w:before=\"").append(before).append('"');
        }
        if (after >= 0) {
            b.append(" w:after=\"").append(after).append('"');
        }
        b.append(exactLine < 0 ? " w:line=\"240\" w:lineRule=\"auto\"" : " w:line=\"" + exactLine + "\" w:lineRule=\"exact\"");
        return b.append("/>").toString();
    }

    private static String size(int halfPoints) {
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    /** Each face with its alternates, and charset 86 (GB2312), which tells a program lacking all of them to pick a Chinese face. */
    static String fontTable(OfficeFaces faces) {
        StringBuilder b = new StringBuilder(Xml.HEAD).append("<w:fonts xmlns:w=\"").append(DocxParts.W_NS).append("\">");
        for (DocxFont.Entry f : DocxFont.table(faces)) {
            b.append("<w:font w:name=\"").append(f.name()).append("\"><w:altName w:val=\"").append(f.alternates())
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(f.family())
                    .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        return b.append("</w:fonts>").toString();
    }
}
