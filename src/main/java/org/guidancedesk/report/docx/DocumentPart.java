package org.guidancedesk.report.docx;

import java.util.List;
import org.guidancedesk.ooxml.PackageZip;
import org.guidancedesk.ooxml.Xml;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Sheet;

/**
 * word/document.xml: each block of the sheet as the paragraph or table it is, styled by name
 * ({@link DocxStyles}), then the section (paper, margins, footer). Only what a block itself
 * says is set on a paragraph: its alignment, grey for muted text, bold for a total row.
 */
final class DocumentPart {
    /** The table's grid: thin black lines, 0.5 pt (eighths of a point). */
    private static final String BORDER = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
    /** The header row's fill, the PDF's light grey. */
    private static final String HEADER_FILL = "E8E8E8";
    /** Muted text, the PDF's grey. */
    private static final String MUTED = "<w:color w:val=\"555555\"/>";
    private static final String BOLD = "<w:b/><w:bCs/>";
    /** Room between a table and the text after it (6 pt), as the PDF leaves. */
    private static final int AFTER_TABLE = 120;
    /** Two characters of room between the signing line's parts. */
    private static final String SIGNATURE_GAP = "\u3000\u3000";

    /** A cell's margins, left and right, and above and below its text (twips). */
    private static final int CELL_SIDE = 85;
    private static final int CELL_TOP = 28;

    private final StringBuilder b = new StringBuilder(32 * 1024);
    private final DocxPage page;
    private final Typesetting type;

    private DocumentPart(DocxPage page, Typesetting type) {
        this.page = page;
        this.type = type;
    }

    static String xml(Sheet sheet, Typesetting type) {
        DocumentPart d = new DocumentPart(DocxPage.of(sheet.orientation(), type), type);
        d.b.append(Xml.HEAD).append("<w:document xmlns:w=\"").append(DocxParts.W_NS).append("\" xmlns:r=\"")
                .append(PackageZip.OFFICE_RELATIONSHIPS).append("\"><w:body>");
        List<Block> blocks = sheet.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            boolean afterTable = i > 0 && blocks.get(i - 1) instanceof Block.Table;
            d.block(blocks.get(i), afterTable);
        }
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Table) {
            d.spacer(); // so the user can type below the last table
        }
        d.page.sectPr(d.b, DocxParts.FOOTER_ID);
        return d.b.append("</w:body></w:document>").toString();
    }

    private void block(Block block, boolean afterTable) {
        int before = afterTable ? AFTER_TABLE : 0;
        if (block instanceof Block.Title t) {
            boolean subtitle = !t.subtitle().isBlank();
            paragraph(DocxStyles.TITLE, null, before, subtitle ? 0 : type.gap(), t.text(), "");
            if (subtitle) {
                paragraph(DocxStyles.SUBTITLE, null, 0, -1, t.subtitle(), "");
            }
        } else if (block instanceof Block.Heading h) {
            // Below a table a heading keeps its own space before if that is more.
            paragraph(h.level() == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2, null,
                    afterTable ? Math.max(before, type.before(h.level())) : 0, -1, h.text(), "");
        } else if (block instanceof Block.Paragraph p) {
            // Running text set left is justified, as a Chinese document is; its last line stays left.
            String jc = p.align() == Block.Align.LEFT ? null : jc(p.align());
            paragraph(null, jc, before, -1, p.text(), p.muted() ? MUTED : "");
        } else if (block instanceof Block.Table t) {
            if (afterTable) {
                spacer(); // two tables side by side would be one table to the user
            }
            table(t);
        } else if (block instanceof Block.Signature s) {
            List<String> parts = s.parts().stream().filter(part -> !part.isBlank()).toList();
            if (!parts.isEmpty()) {
                paragraph(null, "right", Math.max(before, type.gap()), -1, String.join(SIGNATURE_GAP, parts), "");
            }
        }
    }

    /**
     * One paragraph: a style (null for Normal), an alignment (null for the style's), space before
     * and after in twips (0 and -1 for the style's), the text and its run properties.
     */
    private void paragraph(String style, String jc, int before, int after, String text, String rPr) {
        b.append("<w:p>");
        if (style != null || jc != null || before > 0 || after >= 0) {
            b.append("<w:pPr>");
            if (style != null) {
                b.append("<w:pStyle w:val=\"").append(style).append("\"/>");
            }
            if (before > 0 || after >= 0) {
                b.append("<w:spacing");
                if (before > 0) {
                    b.append(" w:before=\"").append(before).append('"');
                }
                if (after >= 0) {
                    b.append(" w:after=\"").append(after).append('"');
                }
                b.append("/>");
            }
            if (jc != null) {
                b.append("<w:jc w:val=\"").append(jc).append("\"/>");
            }
            b.append("</w:pPr>");
        }
        Runs.append(b, text, rPr);
        b.append("</w:p>");
    }

    /** An empty line of table text: a gap that keeps tables apart and gives the cursor a place. */
    private void spacer() {
        b.append("<w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.TABLE_TEXT).append("\"/></w:pPr></w:p>");
    }

    private static String jc(Block.Align align) {
        return switch (align) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
        };
    }

    /**
     * A table across the text width, columns by their weights, fixed layout (the widths hold
     * whatever the text); the header row repeats on each page and no row splits across two.
     */
    private void table(Block.Table t) {
        int[] widths = TableGrid.widths(t, page.textWidth(), type.table, 2 * CELL_SIDE);
        b.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(page.textWidth()).append("\" w:type=\"dxa\"/>")
                .append("<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            b.append("<w:").append(side).append(BORDER);
        }
        b.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"").append(CELL_TOP)
                .append("\" w:type=\"dxa\"/><w:left w:w=\"").append(CELL_SIDE).append("\" w:type=\"dxa\"/><w:bottom w:w=\"")
                .append(CELL_TOP).append("\" w:type=\"dxa\"/><w:right w:w=\"").append(CELL_SIDE).append("\" w:type=\"dxa\"/></w:tblCellMar>")
                .append("<w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\"")
                .append(" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            b.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        b.append("</w:tblGrid>");
        b.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (int c = 0; c < widths.length; c++) {
            cell(widths[c], HEADER_FILL, "center", t.columns().get(c).header(), BOLD);
        }
        b.append("</w:tr>");
        for (int r = 0; r < t.rows().size(); r++) {
            String rPr = t.emphasised().contains(r) ? BOLD : "";
            b.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            List<String> row = t.rows().get(r);
            for (int c = 0; c < widths.length; c++) {
                String text = row.get(c) == null ? "" : row.get(c);
                cell(widths[c], null, jc(t.columns().get(c).align()), text, rPr);
            }
            b.append("</w:tr>");
        }
        b.append("</w:tbl>");
    }

    private void cell(int width, String fill, String jc, String text, String rPr) {
        b.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (fill != null) {
            b.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/>");
        }
        b.append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.TABLE_TEXT)
                .append("\"/><w:jc w:val=\"").append(jc).append("\"/></w:pPr>");
        Runs.append(b, text, rPr);
        b.append("</w:p></w:tc>");
    }
}
