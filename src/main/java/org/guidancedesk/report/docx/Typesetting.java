package org.guidancedesk.report.docx;

/**
 * How large a .docx sets its type (upright pages; a sheet on its side keeps the PDF's narrow
 * margins in both). The styles carry the sizes, so the user can switch the whole document in
 * Word by editing a style.
 */
public enum Typesetting {
    /**
     * A formal document's, GB/T 9704: text 仿宋 三号 (16 pt) on a fixed 28 pt line, title 小标宋
     * 二号 (22 pt), headings 三号, tables 宋体 五号, margins 37 / 35 / 28 / 26 mm, page number
     * 四号; everything on the 28 pt grid. The demo's 工作动态 takes three pages.
     */
    OFFICE(44, 32, 32, 560, 21, 28, new Margins(37, 35, 28, 26, 22), true),
    /**
     * The printed sheet's (the PDF's): text 五号 (10.5 pt) at 1.35 lines, title 16 pt bold,
     * headings 小四 (12 pt), tables 9.5 pt, margins 18 / 16 / 20 / 20 mm, page number 9 pt,
     * a little space before headings: as many pages as the PDF (one for the demo's 工作动态), for
     * a status sheet with tables, which is no formal document and must fit.
     */
    COMPACT(32, 24, 21, 284, 19, 18, new Margins(18, 16, 20, 20, 8), false);

    /** Upright margins and the footer's distance from the paper's lower edge, in mm. */
    record Margins(double top, double bottom, double left, double right, double footer) {}

    /** Sizes in half-points (Word's unit for type): title, headings, text (and subtitle); the text's line in twips. */
    final int title;
    final int heading;
    final int body;
    final int bodyLine;
    final int table;
    final int footer;
    final Margins margins;
    /** The 公文's habits: the title not thickened (小标宋 is heavy itself), no space beyond the line grid. */
    final boolean formal;

    Typesetting(int title, int heading, int body, int bodyLine, int table, int footer, Margins margins, boolean formal) {
        this.title = title;
        this.heading = heading;
        this.body = body;
        this.bodyLine = bodyLine;
        this.table = table;
        this.footer = footer;
        this.margins = margins;
        this.formal = formal;
    }

    /** The room after the masthead and before the signing line, twips: half a line, or the PDF's 10 pt. */
    int gap() {
        return formal ? bodyLine / 2 : 200;
    }

    /** Space before a heading of the level (and a paragraph, level 0), twips: none on the 公文's grid, else the PDF's. */
    int before(int level) {
        return formal ? 0 : switch (level) {
            case 1 -> 160;
            case 2 -> 100;
            default -> 40;
        };
    }

    /** A line of a {@code halfPoints} face: the body's pitch, or 1.35 of the face where that is more. */
    int lineFor(int halfPoints) {
        return Math.max(bodyLine, (int) Math.round(halfPoints * 10 * 1.35));
    }
}
