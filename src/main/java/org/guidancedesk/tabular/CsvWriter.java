package org.guidancedesk.tabular;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV that Excel opens correctly: UTF-8 with a byte-order mark (without one,
 * Chinese Excel assumes GBK), CRLF, quotes only where needed. Text that would run as a formula
 * gets an apostrophe ({@link FormulaGuard}); characters that no spreadsheet can hold are dropped,
 * so whatever this writes, {@link TableReader} reads back as written.
 *
 * <p>It writes to a stream the caller owns: for a whole-or-nothing file, write into memory and
 * hand the bytes to {@code WholeFile.write}, or stream into a temporary file and move it.
 * {@link #close()} flushes and leaves the stream open.
 */
public final class CsvWriter implements Closeable {
    private final Writer out;
    private final StringBuilder line = new StringBuilder();

    public CsvWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.out.write('\uFEFF');
    }

    /** Header and rows in one go. */
    public static void write(OutputStream out, List<String> header, List<? extends List<String>> rows) throws IOException {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(header);
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
    }

    /**
     * One record; null cells are empty.
     *
     * @throws IllegalArgumentException for a cell over 32,767 characters, which no reader here
     *     (nor Excel) accepts: callers keep their texts within that
     */
    public void row(List<String> cells) throws IOException {
        line.setLength(0);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells.get(i) == null ? "" : FormulaGuard.neutralise(XmlText.clean(cells.get(i)));
            if (cell.length() > Limits.DEFAULT.maxCellChars()) {
                throw new IllegalArgumentException("cell " + (i + 1) + " has " + cell.length() + " characters");
            }
            if (needsQuotes(cell)) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        line.append("\r\n");
        out.write(line.toString());
    }

    /** Delimiters of every kind the reader may guess (comma, tab, semicolon), quotes, line breaks. */
    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            switch (cell.charAt(i)) {
                case ',', '"', '\r', '\n', '\t', ';' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
