package org.guidancedesk.tabular;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import org.guidancedesk.ooxml.PackageZip;

/**
 * Writes a one-sheet .xlsx for printing and filtering: a title row merged across the columns,
 * an optional subtitle row, a bold grey header row (frozen, with an autofilter, repeated on
 * every printed page), then data rows with borders and wrapped text. A4 landscape, one page
 * wide, "第 &amp;P 页 共 &amp;N 页" in the footer.
 *
 * <p>Rows stream straight into the zip, so a large export costs no more memory than a row.
 * Values are String, Number, LocalDate, Boolean or null; a {@link Cell} highlights one value.
 * Text is always a string cell, never a formula; text that starts like one (= + - @, tab, CR)
 * also gets a quote-prefix style, so editing it in Excel keeps it text.
 *
 * <p>It writes to a stream the caller owns: for a whole-or-nothing file write into memory and
 * hand the bytes to {@code WholeFile.write}, or into a temporary file that is then moved.
 * {@link #close()} completes the workbook and leaves the stream open.
 */
public final class XlsxWriter implements Closeable {
    private static final int LAST_ROW = 1_048_576;

    /** A fill for a row or a cell: light red (e.g. overdue) or light yellow (e.g. due soon). */
    public enum Highlight { NONE, RED, YELLOW }

    /** A column's header and width in characters (Excel's unit). */
    public record Column(String header, double width) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(width > 0 && width <= 255)) {
                throw new IllegalArgumentException("width " + width);
            }
        }
    }

    /** One value with its own highlight, overriding the row's. */
    public record Cell(Object value, Highlight highlight) {
        public Cell {
            Objects.requireNonNull(highlight, "highlight");
        }
    }

    /**
     * The sheet's name (made safe by {@link #sheetName}), title, subtitle (null for none) and
     * columns; {@code printedColumns} of them, from the left, are printed (the print area, over
     * which the title is centred), 0 meaning all: later columns stay in the file for reading back.
     */
    public record Sheet(String name, String title, String subtitle, List<Column> columns, int printedColumns) {
        public Sheet {
            Objects.requireNonNull(title, "title");
            columns = List.copyOf(columns);
            if (columns.isEmpty() || columns.size() > 16_384) {
                throw new IllegalArgumentException(columns.size() + " columns");
            }
            if (printedColumns < 0 || printedColumns > columns.size()) {
                throw new IllegalArgumentException(printedColumns + " printed columns of " + columns.size());
            }
        }

        /** A sheet printed whole. */
        public Sheet(String name, String title, String subtitle, List<Column> columns) {
            this(name, title, subtitle, columns, 0);
        }

        int printed() {
            return printedColumns == 0 ? columns.size() : printedColumns;
        }
    }

    private final PackageZip zip;
    private Writer writer;
    /** The sheet being written and what it needs; a workbook may hold several, one after the other. */
    private Sheet sheet;
    private String name;
    private String[] letters;
    private int headerRow;
    private final java.util.List<XlsxParts.SheetPart> written = new java.util.ArrayList<>();
    /** The cells of the row being written (the row element needs its height first). */
    private final StringBuilder buffer = new StringBuilder(4096);
    private final StringBuilder rowXml = new StringBuilder(4096);
    /** The most lines a wrapped text in the current row takes. */
    private int rowLines;
    private int lastRow;
    private boolean closed;

    private XlsxWriter(OutputStream out) {
        // BEST_SPEED: twice as fast as the default; the file is about half again as big
        this.zip = new PackageZip(out, Deflater.BEST_SPEED);
    }

    /** Writes the fixed parts and the rows above the data; then call {@link #row} for each data row. */
    public static XlsxWriter start(OutputStream out, Sheet sheet) throws IOException {
        XlsxWriter w = new XlsxWriter(out);
        w.entry("_rels/.rels", XlsxParts.packageRelationships());
        w.entry("xl/styles.xml", XlsxStyles.xml());
        w.begin(sheet);
        return w;
    }

    /** Completes the sheet being written and starts another in the same workbook (a tab of its own). */
    public void nextSheet(Sheet next) throws IOException {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        endSheet();
        begin(next);
    }

    private void begin(Sheet next) throws IOException {
        this.sheet = next;
        String wanted = sheetName(next.name());
        String unique = wanted;
        for (int n = 2; isTaken(unique); n++) {
            unique = sheetName(wanted + " " + n);
        }
        this.name = unique;
        this.letters = new String[next.columns().size()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = Columns.letters(i);
        }
        this.headerRow = hasSubtitle() ? 3 : 2;
        writer = zip.begin("xl/worksheets/sheet" + (written.size() + 1) + ".xml");
        sheetStart();
    }

    private boolean isTaken(String sheetName) {
        return written.stream().anyMatch(p -> p.name().equalsIgnoreCase(sheetName));
    }

    private boolean hasSubtitle() {
        return sheet.subtitle() != null && !sheet.subtitle().isBlank();
    }

    private void sheetStart() throws IOException {
        StringBuilder b = buffer;
        b.setLength(0);
        String firstData = "A" + (headerRow + 1);
        b.append(XlsxParts.HEAD).append("<worksheet xmlns=\"").append(XlsxParts.MAIN_NS).append("\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                .append("<sheetViews><sheetView").append(written.isEmpty() ? " tabSelected=\"1\"" : "")
                .append(" workbookViewId=\"0\">")
                .append("<pane ySplit=\"").append(headerRow).append("\" topLeftCell=\"").append(firstData)
                .append("\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\" activeCell=\"").append(firstData).append("\" sqref=\"")
                .append(firstData).append("\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < letters.length; i++) {
            b.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                    .append(sheet.columns().get(i).width()).append("\" customWidth=\"1\"/>");
        }
        b.append("</cols><sheetData>");
        writer.write(b.toString());
        fixedRow(1, 30, sheet.title(), XlsxStyles.TITLE);
        if (hasSubtitle()) {
            fixedRow(2, 20, sheet.subtitle(), XlsxStyles.SUBTITLE);
        }
        startRow();
        for (int i = 0; i < letters.length; i++) {
            textCell(i, headerRow, sheet.columns().get(i).header(), XlsxStyles.HEADER, true);
        }
        endRow(headerRow);
        lastRow = headerRow;
    }

    /** A title or subtitle row: the text in A, the rest of the merged width styled alike, a fixed height. */
    private void fixedRow(int row, int height, String text, int style) throws IOException {
        startRow();
        textCell(0, row, text, style, false);
        for (int i = 1; i < letters.length; i++) {
            emptyCell(i, row, style);
        }
        rowXml.setLength(0);
        rowXml.append("<row r=\"").append(row).append("\" ht=\"").append(height).append("\" customHeight=\"1\">")
                .append(buffer).append("</row>");
        writer.write(rowXml.toString());
    }

    private void startRow() {
        buffer.setLength(0);
        rowLines = 1;
    }

    /**
     * Writes the row with a height for its wrapped text, not marked custom: Excel still fits the
     * row itself, while programs that keep stored heights show every line.
     */
    private void endRow(int row) throws IOException {
        rowXml.setLength(0);
        rowXml.append("<row r=\"").append(row).append('"');
        if (rowLines > 1) {
            rowXml.append(" ht=\"").append(RowHeights.points(rowLines)).append('"');
        }
        rowXml.append('>').append(buffer).append("</row>");
        writer.write(rowXml.toString());
    }

    public void row(List<?> values) throws IOException {
        row(values, Highlight.NONE);
    }

    /**
     * One data row; missing values at the end are empty cells.
     *
     * @throws IllegalArgumentException for more values than columns, or a text over Excel's
     *     32,767 characters (Excel would have to repair the file)
     */
    public void row(List<?> values, Highlight highlight) throws IOException {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (values.size() > letters.length) {
            throw new IllegalArgumentException(values.size() + " values for " + letters.length + " columns");
        }
        if (lastRow >= LAST_ROW) {
            throw new IllegalStateException("Excel holds at most " + LAST_ROW + " rows");
        }
        int row = ++lastRow;
        startRow();
        for (int i = 0; i < letters.length; i++) {
            Object value = i < values.size() ? values.get(i) : null;
            Highlight h = Objects.requireNonNull(highlight, "highlight");
            if (value instanceof Cell cell) {
                value = cell.value();
                h = cell.highlight();
            }
            value(i, row, value, h);
        }
        endRow(row);
    }

    private void value(int column, int row, Object value, Highlight h) {
        if (value == null) {
            emptyCell(column, row, XlsxStyles.data(XlsxStyles.Kind.TEXT, h));
        } else if (value instanceof LocalDate date) {
            long serial = CellValues.serial(date);
            if (serial < 0) {
                text(column, row, date.toString(), h); // before March 1900 Excel cannot hold it as a date
            } else {
                numberCell(column, row, Long.toString(serial), XlsxStyles.data(XlsxStyles.Kind.DATE, h));
            }
        } else if (value instanceof Number number) {
            String stored = numberText(number);
            if (stored == null) {
                text(column, row, number.toString(), h); // NaN, infinity
            } else {
                numberCell(column, row, stored, XlsxStyles.data(XlsxStyles.Kind.NUMBER, h));
            }
        } else if (value instanceof Boolean bool) {
            cellStart(column, row, XlsxStyles.data(XlsxStyles.Kind.TEXT, h)).append(" t=\"b\"><v>")
                    .append(bool ? 1 : 0).append("</v></c>");
        } else {
            text(column, row, value.toString(), h);
        }
    }

    private void text(int column, int row, String text, Highlight h) {
        if (text.length() > Limits.DEFAULT.maxCellChars()) {
            throw new IllegalArgumentException("row " + row + " column " + letters[column] + ": " + text.length()
                    + " characters, Excel holds " + Limits.DEFAULT.maxCellChars());
        }
        if (text.isEmpty()) {
            emptyCell(column, row, XlsxStyles.data(XlsxStyles.Kind.TEXT, h));
            return;
        }
        XlsxStyles.Kind kind = FormulaGuard.startsLikeFormula(text) ? XlsxStyles.Kind.FORMULA_LIKE_TEXT : XlsxStyles.Kind.TEXT;
        textCell(column, row, text, XlsxStyles.data(kind, h), true);
    }

    /** An inline string: no shared-string table to hold back until the end. */
    private void textCell(int column, int row, String text, int style, boolean wraps) {
        if (wraps) {
            rowLines = Math.max(rowLines, RowHeights.lines(text, sheet.columns().get(column).width()));
        }
        cellStart(column, row, style).append(" t=\"inlineStr\"><is>")
                .append(needsPreserve(text) ? "<t xml:space=\"preserve\">" : "<t>");
        XmlText.escape(text, buffer);
        buffer.append("</t></is></c>");
    }

    /** Excel trims leading and trailing white space unless told not to; most cells have none. */
    private static boolean needsPreserve(String text) {
        return Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
                || text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0;
    }

    private void numberCell(int column, int row, String stored, int style) {
        cellStart(column, row, style).append("><v>").append(stored).append("</v></c>");
    }

    private void emptyCell(int column, int row, int style) {
        cellStart(column, row, style).append("/>");
    }

    private StringBuilder cellStart(int column, int row, int style) {
        return buffer.append("<c r=\"").append(letters[column]).append(row).append("\" s=\"").append(style).append('"');
    }

    /** The number as xsd:double text; integers without ".0"; null for NaN and infinity. */
    static String numberText(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal big) {
            return big.toString();
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** Completes the sheet and the workbook; the stream stays open. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        endSheet();
        // Written last: each filter's range is known only now (the order of zip entries does not matter).
        entry("[Content_Types].xml", XlsxParts.contentTypes(written.size()));
        entry("xl/workbook.xml", XlsxParts.workbook(written));
        entry("xl/_rels/workbook.xml.rels", XlsxParts.workbookRelationships(written.size()));
        zip.finish();
    }

    /** Writes the end of the current sheet (filter, merges, page set-up) and remembers it for the workbook. */
    private void endSheet() throws IOException {
        String last = letters[letters.length - 1];
        String lastPrinted = letters[sheet.printed() - 1];
        buffer.setLength(0);
        buffer.append("</sheetData><autoFilter ref=\"A").append(headerRow).append(':').append(last).append(lastRow).append("\"/>");
        if (sheet.printed() > 1) {
            buffer.append("<mergeCells count=\"").append(hasSubtitle() ? 2 : 1).append("\"><mergeCell ref=\"A1:").append(lastPrinted).append("1\"/>");
            if (hasSubtitle()) {
                buffer.append("<mergeCell ref=\"A2:").append(lastPrinted).append("2\"/>");
            }
            buffer.append("</mergeCells>");
        }
        buffer.append("<printOptions horizontalCentered=\"1\"/>")
                .append("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
                .append("<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>")
                .append("</worksheet>");
        writer.write(buffer.toString());
        zip.end();
        written.add(new XlsxParts.SheetPart(name, headerRow, last, lastRow,
                sheet.printed() < letters.length ? lastPrinted : null));
    }

    private void entry(String part, String xml) throws IOException {
        zip.part(part, xml);
    }

    /**
     * A name Excel accepts: without : \ / ? * [ ] (replaced by _), not starting or ending with an
     * apostrophe, at most 31 characters; "Sheet1" instead of a blank name or the reserved "History".
     */
    public static String sheetName(String wanted) {
        String name = XmlText.clean(wanted == null ? "" : wanted).replaceAll("[\\[\\]:*?/\\\\\\r\\n\\t]", "_");
        if (name.length() > 31) {
            name = name.substring(0, Character.isHighSurrogate(name.charAt(30)) ? 30 : 31);
        }
        name = name.replaceAll("^'+|'+$", "").strip();
        return name.isEmpty() || name.equalsIgnoreCase("History") ? "Sheet1" : name;
    }
}
