package org.guidancedesk.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rows of a CSV or a sheet and enforces the bounds both share: columns, cell
 * length and rows. Empty cells only pad positions; rows without a value are dropped.
 */
final class RowSink {
    private final String fileName;
    private final Limits limits;
    private final List<RawRow> rows = new ArrayList<>();
    private final List<RawCell> cells = new ArrayList<>();
    private int rowNumber;

    RowSink(String fileName, Limits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    void startRow(int number) {
        rowNumber = number;
        cells.clear();
    }

    int rowNumber() {
        return rowNumber;
    }

    /**
     * Places a cell, its text cleaned of control characters ({@link CellText}); empty ones beyond
     * the last column with a value are simply ignored.
     */
    void cell(int column, RawCell given) throws TableFileException {
        RawCell cell = given.kind() == CellKind.TEXT ? RawCell.text(CellText.clean(given.text())) : given;
        if (cell.isEmpty()) {
            return;
        }
        if (column >= limits.maxColumns()) {
            throw new TableFileException(fileName, rowNumber, column, "tabular.error.tooManyColumns",
                    limits.maxColumns(), Columns.letters(limits.maxColumns() - 1));
        }
        if (cell.text().length() > limits.maxCellChars()) {
            throw cellTooLong(column);
        }
        while (cells.size() <= column) {
            cells.add(RawCell.EMPTY);
        }
        cells.set(column, cell);
    }

    void endRow() throws TableFileException {
        if (cells.isEmpty()) {
            return;
        }
        if (rows.size() >= (long) limits.maxRows() + Limits.ROWS_ABOVE_DATA) {
            throw new TableFileException(fileName, rowNumber, -1, "tabular.error.tooManyRows", limits.maxRows());
        }
        rows.add(new RawRow(rowNumber, cells));
        cells.clear();
    }

    TableFileException cellTooLong(int column) {
        return new TableFileException(fileName, rowNumber, column, "tabular.error.cellTooLong", limits.maxCellChars());
    }

    List<RawRow> rows() {
        return rows;
    }
}
