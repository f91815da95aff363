package org.guidancedesk.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.ColumnWidths;
import org.guidancedesk.report.doc.Block.Align;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.report.pdf.LineBreaker.Line;

/**
 * First pass: places a sheet's blocks on A4 pages (upright or on their side, as the sheet
 * says) as drawing operations, in points measured from the page's top-left corner. Needs no
 * PDF document, so the page count is known before anything is drawn and the footers can say
 * "第 1 页 / 共 3 页".
 */
final class PageLayout {

    static final float MM = 72f / 25.4f;
    static final float A4_SHORT = 210 * MM;
    static final float A4_LONG = 297 * MM;
    static final float MARGIN_TOP = 18 * MM;
    static final float MARGIN_BOTTOM = 16 * MM;
    /** Side margins: 20 mm upright; on its side a 台账 needs every millimetre for its twelve columns. */
    static final float MARGIN_SIDE_PORTRAIT = 20 * MM;
    static final float MARGIN_SIDE_LANDSCAPE = 12 * MM;
    /** Footer baseline, 11 mm above the paper's lower edge. */
    static final float FOOTER_FROM_BOTTOM = 11 * MM;

    static final float BODY_SIZE = 10.5f; // 五号
    /** Tables a little smaller than running text (小五-ish), so a ten-unit table stays compact. */
    static final float TABLE_SIZE = 9.5f;
    static final float TITLE_SIZE = 16f;
    static final float SUBTITLE_SIZE = 10.5f;
    static final float HEADING1_SIZE = 12f; // 小四
    static final float HEADING2_SIZE = 10.5f;
    static final float FOOTER_SIZE = 9f; // 小五
    static final float LEADING = 1.35f;
    static final float CELL_LEADING = 1.22f;
    static final float CELL_PADDING = 2.5f;
    /** Room for bold (outlined) glyphs when a column is sized to its longest word. */
    private static final float BOLD_AIR = 1.04f;
    static final float GRID_WIDTH = 0.5f;
    static final int BLACK = 0x000000;
    static final int MUTED = 0x555555;
    static final int HEADER_FILL = 0xE8E8E8;

    /** A drawing operation; y grows downwards from the page's top edge. */
    sealed interface Op {
    }

    record Text(float x, float baseline, String text, FaceChain font, float size, boolean bold, int rgb) implements Op {
    }

    record Rule(float x1, float y1, float x2, float y2, float width) implements Op {
    }

    record Fill(float x, float y, float width, float height, int rgb) implements Op {
    }

    /** One page's operations, in drawing order. */
    record Page(List<Op> ops) {
    }

    /** The paper's size and the text area on it, in points, for one orientation. */
    record Paper(float width, float height, float marginSide) {
        static Paper of(Sheet.Orientation orientation) {
            return orientation == Sheet.Orientation.LANDSCAPE
                    ? new Paper(A4_LONG, A4_SHORT, MARGIN_SIDE_LANDSCAPE)
                    : new Paper(A4_SHORT, A4_LONG, MARGIN_SIDE_PORTRAIT);
        }

        float textWidth() {
            return width - 2 * marginSide;
        }

        float bodyBottom() {
            return height - MARGIN_BOTTOM;
        }

        /** Footer baseline, measured from the top. */
        float footerBaseline() {
            return height - FOOTER_FROM_BOTTOM;
        }
    }

    private final Fonts fonts;
    private final java.util.Map<FontRole, LineBreaker> breakers = new java.util.EnumMap<>(FontRole.class);
    private final List<Page> pages = new ArrayList<>();
    private float marginSide;
    private float textWidth;
    private float bodyBottom;
    private final java.util.Map<Block.Table, float[]> widthsByTable = new java.util.IdentityHashMap<>();
    private List<Op> ops;
    private float y;

    PageLayout(Fonts fonts) {
        this.fonts = fonts;
        for (FontRole role : FontRole.values()) {
            breakers.put(role, new LineBreaker(fonts.of(role)));
        }
    }

    /** The sheet's pages; always at least one. */
    List<Page> layOut(Sheet sheet) {
        Paper paper = Paper.of(sheet.orientation());
        marginSide = paper.marginSide();
        textWidth = paper.textWidth();
        bodyBottom = paper.bodyBottom();
        newPage();
        List<Block> blocks = sheet.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block previous = i == 0 ? null : blocks.get(i - 1);
            float before = spaceBefore(block, previous);
            if (block instanceof Block.Heading || block instanceof Block.Title) {
                // Keep a heading (or the title) with the first line or row of what follows.
                float together = before + firstUnitHeight(blocks, i);
                if (!atTop() && y + together > bodyBottom) {
                    newPage();
                }
            }
            space(before);
            if (block instanceof Block.Title t) {
                title(t);
            } else if (block instanceof Block.Heading h) {
                heading(h);
            } else if (block instanceof Block.Paragraph p) {
                lines(wrap(p.text(), FontRole.BODY, BODY_SIZE, textWidth), FontRole.BODY, BODY_SIZE, LEADING, p.align(),
                        false, p.muted() ? MUTED : BLACK);
            } else if (block instanceof Block.Table t) {
                table(t);
            } else if (block instanceof Block.Signature s) {
                signature(s);
            }
        }
        return pages;
    }

    // ---- spacing -------------------------------------------------------------------------

    private static float spaceBefore(Block block, Block previous) {
        if (previous == null) {
            return 0;
        }
        float after = previous instanceof Block.Title ? 10 : previous instanceof Block.Table ? 6 : 0;
        float before;
        if (previous instanceof Block.Heading && block instanceof Block.Heading h && h.level() == 1) {
            before = 8; // a heading that stands alone ("（四）…：本周无") still ends its section
        } else if (previous instanceof Block.Heading && !(block instanceof Block.Signature)) {
            before = block instanceof Block.Table ? 3 : 2;
        } else if (block instanceof Block.Heading h) {
            before = h.level() == 1 ? 8 : 5;
        } else if (block instanceof Block.Table) {
            before = 4;
        } else if (block instanceof Block.Signature) {
            before = 10;
        } else if (block instanceof Block.Paragraph) {
            before = 2;
        } else {
            before = 6;
        }
        return Math.max(after, before);
    }

    private void space(float points) {
        if (!atTop()) {
            y += points;
        }
    }

    private boolean atTop() {
        return ops.isEmpty() && y == MARGIN_TOP;
    }

    private void newPage() {
        ops = new ArrayList<>();
        pages.add(new Page(ops));
        y = MARGIN_TOP;
    }

    /** Height of a block's first unbreakable piece (with a heading: itself and what it keeps). */
    private float firstUnitHeight(List<Block> blocks, int i) {
        Block block = blocks.get(i);
        float h;
        if (block instanceof Block.Title t) {
            h = TITLE_SIZE * LEADING;
        } else if (block instanceof Block.Heading hd) {
            h = headingSize(hd) * LEADING * wrap(hd.text(), headingRole(hd), headingSize(hd), textWidth).size();
        } else if (block instanceof Block.Table t) {
            float[] widths = columnWidths(t);
            h = rowHeight(headerCells(t, widths));
            if (!t.rows().isEmpty()) {
                h += rowHeight(rowCells(t, 0, widths));
            }
            return h;
        } else {
            return BODY_SIZE * LEADING;
        }
        if (i + 1 < blocks.size() && keepsWithNext(block, blocks.get(i + 1))) {
            h += spaceBefore(blocks.get(i + 1), block) + firstUnitHeight(blocks, i + 1);
        }
        return h;
    }

    /**
     * A title or heading keeps with what it introduces, but not with the next heading of its own
     * level or above, nor with the signature: "五、…：无" stands alone and needs no company.
     */
    private static boolean keepsWithNext(Block block, Block next) {
        if (next instanceof Block.Signature) {
            return false;
        }
        return !(block instanceof Block.Heading h && next instanceof Block.Heading n && n.level() <= h.level());
    }

    // ---- text blocks ---------------------------------------------------------------------

    private List<Line> wrap(String text, FontRole role, float size, float width) {
        return breakers.get(role).wrap(fonts.of(role).sanitise(text), size, width);
    }

    private void title(Block.Title t) {
        lines(wrap(t.text(), FontRole.TITLE, TITLE_SIZE, textWidth), FontRole.TITLE, TITLE_SIZE, LEADING, Align.CENTER,
                true, BLACK);
        if (!t.subtitle().isBlank()) {
            y += 2;
            lines(wrap(t.subtitle(), FontRole.BODY, SUBTITLE_SIZE, textWidth), FontRole.BODY, SUBTITLE_SIZE, LEADING,
                    Align.CENTER, false, BLACK);
        }
    }

    private static float headingSize(Block.Heading h) {
        return h.level() == 1 ? HEADING1_SIZE : HEADING2_SIZE;
    }

    /** 一、 headings in 黑体, （一） in 楷体. */
    private static FontRole headingRole(Block.Heading h) {
        return h.level() == 1 ? FontRole.HEADING : FontRole.SUBHEADING;
    }

    private void heading(Block.Heading h) {
        float size = headingSize(h);
        FontRole role = headingRole(h);
        // The user's 黑体 and 楷体 are their own weight; only the bundled face is thickened.
        lines(wrap(h.text(), role, size, textWidth), role, size, LEADING, Align.LEFT,
                fonts.of(role).primary().isBundled(), BLACK);
    }

    /** Places lines across the text width, starting new pages as needed. */
    private void lines(List<Line> lines, FontRole role, float size, float leading, Align align, boolean bold, int rgb) {
        float pitch = size * leading;
        FaceChain font = fonts.of(role);
        for (Line line : lines) {
            if (y + pitch > bodyBottom && !atTop()) {
                newPage();
            }
            if (!line.text().isEmpty()) {
                ops.add(new Text(alignedX(marginSide, textWidth, line.width(), align),
                        baseline(font, y, pitch, size), line.text(), font, size, bold, rgb));
            }
            y += pitch;
        }
    }

    /** The baseline of a line box of height {@code pitch} whose top is at {@code top}. */
    private static float baseline(FaceChain font, float top, float pitch, float size) {
        float glyphs = (font.ascent() + font.descent()) * size;
        return top + (pitch - glyphs) / 2 + font.ascent() * size;
    }

    private static float alignedX(float left, float width, float lineWidth, Align align) {
        return switch (align) {
            case LEFT -> left;
            case CENTER -> left + (width - lineWidth) / 2;
            case RIGHT -> left + width - lineWidth;
        };
    }

    private void signature(Block.Signature s) {
        FaceChain font = fonts.of(FontRole.BODY);
        List<String> parts = s.parts().stream().map(font::sanitise).filter(p -> !p.isBlank()).toList();
        if (parts.isEmpty()) {
            return;
        }
        float gap = 2 * BODY_SIZE;
        float total = gap * (parts.size() - 1);
        float[] widths = new float[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            widths[i] = font.width(parts.get(i)) * BODY_SIZE / 1000f;
            total += widths[i];
        }
        float pitch = BODY_SIZE * LEADING;
        if (total > textWidth || parts.stream().anyMatch(p -> p.indexOf('\n') >= 0)) {
            // Too long for one line: each part on its own right-aligned line.
            for (String part : parts) {
                lines(breakers.get(FontRole.BODY).wrap(part, BODY_SIZE, textWidth), FontRole.BODY, BODY_SIZE, LEADING,
                        Align.RIGHT, false, BLACK);
            }
            return;
        }
        if (y + pitch > bodyBottom && !atTop()) {
            newPage();
        }
        float x = marginSide + textWidth - total;
        float base = baseline(font, y, pitch, BODY_SIZE);
        for (int i = 0; i < parts.size(); i++) {
            ops.add(new Text(x, base, parts.get(i), font, BODY_SIZE, false, BLACK));
            x += widths[i] + gap;
        }
        y += pitch;
    }

    // ---- tables --------------------------------------------------------------------------

    /** A cell laid out: its lines, boldness and alignment. */
    private record Cell(List<Line> lines, boolean bold, Align align) {
    }

    private float[] columnWidths(Block.Table t) {
        return widthsByTable.computeIfAbsent(t, this::fitColumns);
    }

    /**
     * Widths by the columns' weights, then widened where a column's longest word would not fit
     * whole ("Rectification" in a narrow phase column), the room taken from columns wider than
     * their own longest word. When the words cannot all fit, the weights stand (and overlong
     * words are broken).
     */
    private float[] fitColumns(Block.Table t) {
        LineBreaker breaker = breakers.get(FontRole.TABLE);
        FaceChain font = fonts.of(FontRole.TABLE);
        int n = t.columns().size();
        double[] least = new double[n];
        for (int i = 0; i < n; i++) {
            // Bold header glyphs are drawn with an outline: a little air for it.
            float word = breaker.longestWord(font.sanitise(t.columns().get(i).header()), TABLE_SIZE) * BOLD_AIR;
            for (List<String> row : t.rows()) {
                String text = row.get(i) == null ? "" : row.get(i);
                word = Math.max(word, breaker.longestWord(font.sanitise(text), TABLE_SIZE) * BOLD_AIR);
            }
            least[i] = word + 2 * CELL_PADDING;
        }
        double[] fitted = ColumnWidths.fit(ColumnWidths.byWeight(t.columns(), textWidth), least);
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = (float) fitted[i];
        }
        return widths;
    }

    private List<Cell> headerCells(Block.Table t, float[] widths) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            cells.add(new Cell(wrap(t.columns().get(c).header(), FontRole.TABLE, TABLE_SIZE, widths[c] - 2 * CELL_PADDING), true,
                    Align.CENTER));
        }
        return cells;
    }

    private List<Cell> rowCells(Block.Table t, int r, float[] widths) {
        boolean bold = t.emphasised().contains(r);
        List<String> row = t.rows().get(r);
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = row.get(c) == null ? "" : row.get(c);
            cells.add(new Cell(wrap(text, FontRole.TABLE, TABLE_SIZE, widths[c] - 2 * CELL_PADDING), bold,
                    t.columns().get(c).align()));
        }
        return cells;
    }

    private static int lineCount(List<Cell> cells) {
        int n = 1;
        for (Cell c : cells) {
            n = Math.max(n, c.lines().size());
        }
        return n;
    }

    private static float rowHeight(List<Cell> cells) {
        return lineCount(cells) * TABLE_SIZE * CELL_LEADING + 2 * CELL_PADDING;
    }

    /** Grid of the part of a table on the current page. */
    private final class Fragment {
        final float top;
        final List<Float> bottoms = new ArrayList<>();

        Fragment() {
            top = y;
        }

        void close(float[] widths) {
            if (bottoms.isEmpty()) {
                return;
            }
            float left = marginSide;
            float right = marginSide + textWidth;
            float bottom = bottoms.get(bottoms.size() - 1);
            ops.add(new Rule(left, top, right, top, GRID_WIDTH));
            for (float b : bottoms) {
                ops.add(new Rule(left, b, right, b, GRID_WIDTH));
            }
            float x = left;
            ops.add(new Rule(x, top, x, bottom, GRID_WIDTH));
            for (float w : widths) {
                x += w;
                ops.add(new Rule(x, top, x, bottom, GRID_WIDTH));
            }
        }
    }

    private void table(Block.Table t) {
        if (t.columns().isEmpty()) {
            return;
        }
        float[] widths = columnWidths(t);
        List<Cell> header = headerCells(t, widths);
        float headerHeight = rowHeight(header);
        float firstRow = t.rows().isEmpty() ? 0 : rowHeight(rowCells(t, 0, widths));
        if (!atTop() && y + headerHeight + firstRow > bodyBottom) {
            newPage();
        }
        Fragment fragment = new Fragment();
        row(header, widths, headerHeight, true, fragment);
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> cells = rowCells(t, r, widths);
            float height = rowHeight(cells);
            // The last row (a 合计) never stands alone on a page: the row before it goes along.
            boolean widow = r >= 2 && r == t.rows().size() - 2 && y + height <= bodyBottom
                    && y + height + rowHeight(rowCells(t, r + 1, widths)) > bodyBottom;
            if (y + height > bodyBottom || widow) {
                float room = bodyBottom - MARGIN_TOP - headerHeight;
                if (height <= room || y + headerHeight + 2 * TABLE_SIZE * CELL_LEADING > bodyBottom) {
                    fragment.close(widths);
                    newPage();
                    fragment = new Fragment();
                    row(header, widths, headerHeight, true, fragment);
                }
                if (height > room) {
                    // Taller than a whole page: the only row ever split, by lines, never cut.
                    fragment = splitRow(cells, widths, header, headerHeight, fragment);
                    continue;
                }
            }
            row(cells, widths, height, false, fragment);
        }
        fragment.close(widths);
    }

    /** Places a row's cells at {@code y}, vertically centred, and moves below it. */
    private void row(List<Cell> cells, float[] widths, float height, boolean header, Fragment fragment) {
        if (header) {
            ops.add(new Fill(marginSide, y, textWidth, height, HEADER_FILL));
        }
        float pitch = TABLE_SIZE * CELL_LEADING;
        float x = marginSide;
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            float inner = widths[c] - 2 * CELL_PADDING;
            float top = y + CELL_PADDING + (height - 2 * CELL_PADDING - cell.lines().size() * pitch) / 2;
            for (Line line : cell.lines()) {
                if (!line.text().isEmpty()) {
                    ops.add(new Text(alignedX(x + CELL_PADDING, inner, line.width(), cell.align()),
                            baseline(fonts.of(FontRole.TABLE), top, pitch, TABLE_SIZE), line.text(), fonts.of(FontRole.TABLE),
                            TABLE_SIZE, cell.bold(), BLACK));
                }
                top += pitch;
            }
            x += widths[c];
        }
        y += height;
        fragment.bottoms.add(y);
    }

    /** Spreads a row taller than a page over pages, as many lines as fit on each, top-aligned. */
    private Fragment splitRow(List<Cell> cells, float[] widths, List<Cell> header, float headerHeight,
            Fragment fragment) {
        float pitch = TABLE_SIZE * CELL_LEADING;
        int total = lineCount(cells);
        int from = 0;
        while (from < total) {
            int fit = (int) Math.floor((bodyBottom - y - 2 * CELL_PADDING) / pitch);
            if (fit < 1) {
                fragment.close(widths);
                newPage();
                fragment = new Fragment();
                row(header, widths, headerHeight, true, fragment);
                continue;
            }
            int to = Math.min(total, from + fit);
            List<Cell> part = new ArrayList<>();
            for (Cell c : cells) {
                List<Line> lines = c.lines();
                List<Line> slice = from >= lines.size() ? List.of() : lines.subList(from, Math.min(to, lines.size()));
                // Pad to the fragment's line count so every cell stays top-aligned.
                List<Line> padded = new ArrayList<>(slice);
                while (padded.size() < to - from) {
                    padded.add(new Line("", 0));
                }
                part.add(new Cell(padded, c.bold(), c.align()));
            }
            row(part, widths, (to - from) * pitch + 2 * CELL_PADDING, false, fragment);
            from = to;
        }
        return fragment;
    }
}
