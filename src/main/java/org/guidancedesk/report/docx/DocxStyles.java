package org.guidancedesk.report.docx;

import org.guidancedesk.ooxml.Xml;

/**
 * The fixed styles.xml and fontTable.xml: what each kind of block looks like, kept in named
 * styles (not on each paragraph) so the user restyles the whole document by editing one.
 * Running text is the 公文's 仿宋 三号 on a fixed 28 pt line; the title 小标宋 二号; 一、 headings
 * 黑体 and （一） headings 楷体, both 三号 and outline levels 1 and 2 (the navigation pane and a
 * table of contents see them); tables 宋体 五号 on single spacing. Built-in style names (Normal,
 * Title, heading 1 …) so Word, WPS and LibreOffice show them under their own localised names.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String TABLE_TEXT = "TableText";
    static final String FOOTER = "Footer";

    /** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
    private static final int ERHAO = 44;
    private static final int SANHAO = 32;
    private static final int SIHAO = 28;
    private static final int WUHAO = 21;
    /** The body's fixed line pitch, 28 pt in twips (22 lines to the 公文 page). */
    static final int LINE = 560;
    /** Space after the masthead (title and subtitle), half a line. */
    static final int AFTER_TITLE = LINE / 2;

    private DocxStyles() {}

    static String styles() {
        String w = DocxParts.W_NS;
        return Xml.HEAD + "<w:styles xmlns:w=\"" + w + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + DocxFont.BODY.runFonts()
                + "<w:kern w:val=\"2\"/><w:sz w:val=\"" + SANHAO + "\"/><w:szCs w:val=\"" + SANHAO + "\"/>"
                + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:widowControl w:val=\"0\"/>" + exactLine(LINE) + "<w:jc w:val=\"both\"/></w:pPr>"
                + "<w:rPr>" + DocxFont.BODY.runFonts() + size(SANHAO) + "</w:rPr></w:style>"
                + paragraph(TITLE, "Title", "<w:keepNext/>" + exactLine(LINE * 5 / 4) + "<w:jc w:val=\"center\"/>",
                        DocxFont.TITLE.runFonts() + size(ERHAO))
                + paragraph(SUBTITLE, "Subtitle", "<w:keepNext/><w:spacing w:after=\"" + AFTER_TITLE + "\" w:line=\"" + LINE
                        + "\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>", DocxFont.SUBHEADING.runFonts() + size(SANHAO))
                + paragraph(HEADING_1, "heading 1", "<w:keepNext/><w:keepLines/><w:outlineLvl w:val=\"0\"/>",
                        DocxFont.HEADING.runFonts() + size(SANHAO))
                + paragraph(HEADING_2, "heading 2", "<w:keepNext/><w:keepLines/><w:outlineLvl w:val=\"1\"/>",
                        DocxFont.SUBHEADING.runFonts() + size(SANHAO))
                + paragraph(TABLE_TEXT, "Table Text", "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>",
                        DocxFont.TABLE.runFonts() + size(WUHAO))
                + paragraph(FOOTER, "footer", "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                        DocxFont.TABLE.runFonts() + size(SIHAO))
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
                + "</w:tblCellMar></w:tblPr></w:style>"
                + "</w:styles>";
    }

    /** A paragraph style based on Normal, followed by Normal when the user presses Enter. */
    private static String paragraph(String id, String name, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
    }

    private static String exactLine(int twips) {
        return "<w:spacing w:line=\"" + twips + "\" w:lineRule=\"exact\"/>";
    }

    private static String size(int halfPoints) {
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    /** Each face with its alternates, and charset 86 (GB2312), which tells a program lacking all of them to pick a Chinese face. */
    static String fontTable() {
        StringBuilder b = new StringBuilder(Xml.HEAD).append("<w:fonts xmlns:w=\"").append(DocxParts.W_NS).append("\">");
        for (DocxFont f : DocxFont.values()) {
            b.append("<w:font w:name=\"").append(f.face).append("\"><w:altName w:val=\"").append(f.alternates)
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(f.family)
                    .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        return b.append("</w:fonts>").toString();
    }
}
