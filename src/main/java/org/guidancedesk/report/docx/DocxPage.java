package org.guidancedesk.report.docx;

import org.guidancedesk.report.doc.Sheet;

/**
 * The A4 page in twips (1/1440 inch). Upright with the {@link Typesetting}'s margins (the 公文's
 * of GB/T 9704, top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, make a 156 mm × 225 mm text
 * block). On its side (the 台账's twelve columns) the PDF's narrower margins, 18 mm top, 16 mm
 * bottom, 12 mm each side. {@code footer} is the distance of the page number's line from the
 * paper's lower edge.
 */
record DocxPage(int width, int height, boolean landscape, int top, int bottom, int left, int right, int footer) {
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;

    static DocxPage of(Sheet.Orientation orientation, Typesetting t) {
        Typesetting.Margins m = t.margins;
        return orientation == Sheet.Orientation.LANDSCAPE
                ? new DocxPage(A4_LONG, A4_SHORT, true, mm(18), mm(16), mm(12), mm(12), mm(8))
                : new DocxPage(A4_SHORT, A4_LONG, false, mm(m.top()), mm(m.bottom()), mm(m.left()), mm(m.right()), mm(m.footer()));
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    int textWidth() {
        return width - left - right;
    }

    /** The section properties that close the body: the footer, paper, margins. */
    void sectPr(StringBuilder b, String footerId) {
        b.append("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"").append(footerId).append("\"/>")
                .append("<w:pgSz w:w=\"").append(width).append("\" w:h=\"").append(height).append('"')
                .append(landscape ? " w:orient=\"landscape\"" : "").append("/>")
                .append("<w:pgMar w:top=\"").append(top).append("\" w:right=\"").append(right).append("\" w:bottom=\"")
                .append(bottom).append("\" w:left=\"").append(left).append("\" w:header=\"").append(mm(15))
                .append("\" w:footer=\"").append(footer).append("\" w:gutter=\"0\"/>")
                .append("<w:cols w:space=\"425\"/><w:docGrid w:linePitch=\"312\"/></w:sectPr>");
    }
}
