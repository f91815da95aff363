package org.guidancedesk.tabular;

import java.util.Arrays;
import java.util.List;

/**
 * A spreadsheet file that cannot be read, with where and why as data: the file name, the row
 * (0 when the problem is not in one row), the column (-1 when not in one column) and a key of
 * the {@code tabular} bundle. Translate with {@code I18n.tr(e.messageKey(), e.args())}: the
 * arguments are always {0} file name, {1} row, {2} column letters (blank when absent), then
 * the key's own details from {3} on.
 *
 * <p>Checked on purpose: a bad file from a unit is an ordinary outcome of an import, not a
 * bug, and every caller has to show the user what is wrong. Failures of the disk itself are
 * wrapped too ({@code tabular.error.unreadable}), so a caller catches this one type.
 */
public final class TableFileException extends Exception {
    private final String fileName;
    private final int row;
    private final int column;
    private final String messageKey;
    private final Object[] details;

    public TableFileException(String fileName, int row, int column, String messageKey, Object... details) {
        this.fileName = fileName;
        this.row = row;
        this.column = column;
        this.messageKey = messageKey;
        this.details = details.clone();
    }

    /** A problem with the file as a whole. */
    static TableFileException of(String fileName, String messageKey, Object... details) {
        return new TableFileException(fileName, 0, -1, messageKey, details);
    }

    TableFileException causedBy(Throwable cause) {
        initCause(cause);
        return this;
    }

    public String fileName() {
        return fileName;
    }

    /** The row the user sees (1-based), or 0 when the problem is not in one row. */
    public int row() {
        return row;
    }

    /** The column (0 = A), or -1 when the problem is not in one column. */
    public int column() {
        return column;
    }

    /** The column's letters, or "" when there is none. */
    public String columnLetters() {
        return column < 0 ? "" : Columns.letters(column);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The key's own details, without the file, row and column. */
    public List<Object> details() {
        return Arrays.asList(details.clone());
    }

    /** Everything the key's text uses: file name, row ("" when 0), column letters, details. */
    public Object[] args() {
        Object[] args = new Object[3 + details.length];
        args[0] = fileName;
        args[1] = row > 0 ? String.valueOf(row) : ""; // a string, so 12345 is not shown as 12,345
        args[2] = columnLetters();
        System.arraycopy(details, 0, args, 3, details.length);
        return args;
    }

    /** For logs: the key and where, e.g. {@code tabular.error.cellTooLong (a.xlsx, row 7, column C) [32767]}. */
    @Override
    public String getMessage() {
        StringBuilder b = new StringBuilder(messageKey).append(" (").append(fileName);
        if (row > 0) {
            b.append(", row ").append(row);
        }
        if (column >= 0) {
            b.append(", column ").append(columnLetters());
        }
        b.append(')');
        if (details.length > 0) {
            b.append(' ').append(Arrays.toString(details));
        }
        return b.toString();
    }
}
