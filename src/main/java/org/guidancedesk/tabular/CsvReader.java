package org.guidancedesk.tabular;

/**
 * RFC 4180 records from decoded text: quoted cells may hold the delimiter, doubled quotes and
 * line breaks; CRLF, LF and CR all end a record. The delimiter is a comma unless the first line
 * has none but has tabs (then tab) or semicolons (then semicolon); Excel's "sep=;" first line
 * is honoured too. Cells are kept exactly as written, apart from the apostrophe our own export
 * puts before formula-like text.
 */
final class CsvReader {
    private final String fileName;
    private final String text;
    private final Limits limits;
    private final RowSink sink;
    private final StringBuilder field = new StringBuilder();
    private char delimiter;
    private int pos;
    private int line = 1;

    private CsvReader(String fileName, String text, Limits limits) {
        this.fileName = fileName;
        this.text = text;
        this.limits = limits;
        this.sink = new RowSink(fileName, limits);
    }

    static RawTable read(String fileName, String text, Limits limits) throws TableFileException {
        CsvReader reader = new CsvReader(fileName, text, limits);
        reader.chooseDelimiter();
        while (reader.pos < text.length()) {
            reader.record();
        }
        return new RawTable(fileName, reader.sink.rows());
    }

    private void chooseDelimiter() {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
            end++;
        }
        String first = text.substring(0, end);
        if (first.length() == 5 && first.startsWith("sep=")) {
            delimiter = first.charAt(4);
            pos = end;
            lineBreak();
        } else if (first.indexOf(',') < 0 && first.indexOf('\t') >= 0) {
            delimiter = '\t';
        } else if (first.indexOf(',') < 0 && first.indexOf(';') >= 0) {
            delimiter = ';';
        } else {
            delimiter = ',';
        }
    }

    private void record() throws TableFileException {
        sink.startRow(line);
        int column = 0;
        while (true) {
            field.setLength(0);
            if (pos < text.length() && text.charAt(pos) == '"') {
                quoted(column);
            }
            unquotedRest(column);
            sink.cell(column, RawCell.text(FormulaGuard.restore(field.toString())));
            if (pos >= text.length()) {
                break;
            }
            if (text.charAt(pos) == delimiter) {
                pos++;
                column++;
                continue;
            }
            lineBreak();
            break;
        }
        sink.endRow();
    }

    /** From the opening quote to the closing one; line breaks inside belong to the cell. */
    private void quoted(int column) throws TableFileException {
        int openedOn = line;
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw unterminated(openedOn, column);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    append('"', column, openedOn);
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            }
            if (c == '\n' || (c == '\r' && (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n'))) {
                line++;
            }
            append(c, column, openedOn);
            pos++;
        }
    }

    /** An unquoted cell, or whatever follows a closing quote (kept, as spreadsheets do). */
    private void unquotedRest(int column) throws TableFileException {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == delimiter || c == '\r' || c == '\n') {
                return;
            }
            append(c, column, 0);
            pos++;
        }
    }

    /** {@code quoteLine} is the line the cell's quote opened on, 0 outside quotes. */
    private void append(char c, int column, int quoteLine) throws TableFileException {
        if (field.length() >= limits.maxCellChars()) {
            // A runaway quote is the likelier cause of a giant cell: say so when no quote closes it.
            if (quoteLine > 0 && text.indexOf('"', pos) < 0) {
                throw unterminated(quoteLine, column);
            }
            throw sink.cellTooLong(column);
        }
        field.append(c);
    }

    private TableFileException unterminated(int openedOn, int column) {
        return new TableFileException(fileName, openedOn, column, "tabular.error.unterminatedQuote");
    }

    private void lineBreak() {
        if (pos < text.length() && text.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }
}
