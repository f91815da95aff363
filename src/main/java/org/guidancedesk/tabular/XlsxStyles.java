package org.guidancedesk.tabular;

/**
 * The fixed styles.xml of an exported workbook and the indices of its cell formats: title,
 * subtitle, header, and for each highlight a text, quote-prefixed text, number and date format.
 */
final class XlsxStyles {
    static final int TITLE = 1;
    static final int SUBTITLE = 2;
    static final int HEADER = 3;
    private static final int FIRST_DATA = 4;

    enum Kind { TEXT, FORMULA_LIKE_TEXT, NUMBER, DATE }

    private XlsxStyles() {}

    /** The cellXfs index of a data cell. */
    static int data(Kind kind, XlsxWriter.Highlight highlight) {
        return FIRST_DATA + highlight.ordinal() * Kind.values().length + kind.ordinal();
    }

    /** Fills 3 and 4 follow the highlights' order; 0 and 1 are the two Excel requires first. */
    static String xml() {
        StringBuilder xfs = new StringBuilder();
        xfs.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
                .append("<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
                        + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>")
                .append("<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
                        + "<alignment horizontal=\"left\" vertical=\"center\"/></xf>")
                .append("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
                        + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>");
        int count = FIRST_DATA;
        for (XlsxWriter.Highlight h : XlsxWriter.Highlight.values()) {
            int fill = h == XlsxWriter.Highlight.NONE ? 0 : 2 + h.ordinal();
            for (Kind kind : Kind.values()) {
                int numFmt = kind == Kind.DATE ? 164 : 0;
                String wrap = kind == Kind.TEXT || kind == Kind.FORMULA_LIKE_TEXT ? " wrapText=\"1\"" : "";
                xfs.append("<xf numFmtId=\"").append(numFmt).append("\" fontId=\"0\" fillId=\"").append(fill)
                        .append("\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"")
                        .append(kind == Kind.FORMULA_LIKE_TEXT ? " quotePrefix=\"1\"" : "")
                        .append("><alignment vertical=\"top\"").append(wrap).append("/></xf>");
                count++;
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                + "<fonts count=\"4\">"
                + font("", 11, null) + font("<b/>", 11, null) + font("<b/>", 16, null) + font("", 10, "FF595959")
                + "</fonts>"
                + "<fills count=\"5\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
                + solid("FFD9D9D9") + solid("FFFFC7CE") + solid("FFFFEB9C") + "</fills>"
                + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
                + "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
                + "</borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"" + count + "\">" + xfs + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>"
                + "</styleSheet>";
    }

    /**
     * 等线 (DengXian) is Chinese Office's default; charset 134 (GB2312) tells others to pick a
     * Chinese font. No theme colours or fonts: the workbook has no theme part.
     */
    private static String font(String bold, int size, String color) {
        return "<font>" + bold + "<sz val=\"" + size + "\"/>"
                + (color == null ? "" : "<color rgb=\"" + color + "\"/>")
                + "<name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>";
    }

    private static String solid(String argb) {
        return "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"" + argb + "\"/><bgColor indexed=\"64\"/></patternFill></fill>";
    }
}
