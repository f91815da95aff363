package org.guidancedesk.report.docx;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.guidancedesk.report.pdf.OfficeFaces;

/**
 * The faces a .docx names, by what the text is (as {@code report.pdf.FontRole} sets them in the
 * PDF, GB/T 9704 habits): the title in 方正小标宋简体 where the PDF found it on this machine, else
 * 宋体; 一、 headings in 黑体, （一） headings and the subtitle in 楷体, running text in 仿宋,
 * tables and page numbers in 宋体. These are the names every Windows since Vista and every WPS
 * has (a stock Windows 10 has no 仿宋_GB2312: a file naming it shows 宋体 there); the older
 * _GB2312 names and the English ones go into the font table as alternates.
 */
enum DocxFont {
    TITLE("宋体", "SimSun", "auto"),
    HEADING("黑体", "SimHei", "modern"),
    SUBHEADING("楷体", "楷体_GB2312,KaiTi", "modern"),
    BODY("仿宋", "仿宋_GB2312,FangSong", "modern"),
    TABLE("宋体", "SimSun", "auto");

    /** The title's face where the system has it, and its alternate. */
    static final String XIAO_BIAO_SONG = "方正小标宋简体";
    private static final String XIAO_BIAO_SONG_ALTERNATES = "方正小标宋_GBK,宋体";

    /** The name written in w:rFonts (the title's: see {@link #face(OfficeFaces)}). */
    private final String face;
    /** Comma-separated alternates for the font table's w:altName. */
    private final String alternates;
    /** The font table's w:family. */
    private final String family;

    DocxFont(String face, String alternates, String family) {
        this.face = face;
        this.alternates = alternates;
        this.family = family;
    }

    String face(OfficeFaces faces) {
        return this == TITLE && faces.xiaoBiaoSong() ? XIAO_BIAO_SONG : face;
    }

    /** The run fonts: every script in this face, so digits and Latin match the Chinese around them. */
    String runFonts(OfficeFaces faces) {
        String f = face(faces);
        return "<w:rFonts w:ascii=\"" + f + "\" w:eastAsia=\"" + f + "\" w:hAnsi=\"" + f + "\" w:cs=\"" + f + "\"/>";
    }

    /** A face in the font table: its alternates (comma-separated) and family. */
    record Entry(String name, String alternates, String family) {}

    /** The font table's entries: each face named once. */
    static Collection<Entry> table(OfficeFaces faces) {
        Map<String, Entry> table = new LinkedHashMap<>();
        for (DocxFont f : values()) {
            String name = f.face(faces);
            String alternates = name.equals(XIAO_BIAO_SONG) ? XIAO_BIAO_SONG_ALTERNATES : f.alternates;
            table.putIfAbsent(name, new Entry(name, alternates, f.family));
        }
        return table.values();
    }
}
