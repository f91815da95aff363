package org.guidancedesk.report.docx;

/**
 * The faces a .docx names, by what the text is (as {@code report.pdf.FontRole} sets them in the
 * PDF, GB/T 9704 habits): the title in 方正小标宋简体, 一、 headings in 黑体, （一） headings and
 * the subtitle in 楷体_GB2312, running text in 仿宋_GB2312, tables and page numbers in 宋体. The
 * font table gives each its alternates (Word takes the first it has), so a machine without the
 * _GB2312 faces of old Windows uses 仿宋 and 楷体, and one without 小标宋 uses 宋体.
 */
enum DocxFont {
    TITLE("方正小标宋简体", "宋体,SimSun", "roman"),
    HEADING("黑体", "SimHei", "modern"),
    SUBHEADING("楷体_GB2312", "楷体,KaiTi", "modern"),
    BODY("仿宋_GB2312", "仿宋,FangSong", "modern"),
    TABLE("宋体", "SimSun", "auto");

    /** The name written in w:rFonts. */
    final String face;
    /** Comma-separated alternates for the font table's w:altName. */
    final String alternates;
    /** The font table's w:family. */
    final String family;

    DocxFont(String face, String alternates, String family) {
        this.face = face;
        this.alternates = alternates;
        this.family = family;
    }

    /** The run fonts: every script in this face, so digits and Latin match the Chinese around them. */
    String runFonts() {
        return "<w:rFonts w:ascii=\"" + face + "\" w:eastAsia=\"" + face + "\" w:hAnsi=\"" + face + "\" w:cs=\"" + face + "\"/>";
    }
}
