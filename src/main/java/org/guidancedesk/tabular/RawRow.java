package org.guidancedesk.tabular;

import java.util.List;

/**
 * A row that has at least one non-empty cell. {@code number} is what the user sees: the Excel
 * row number, or in a CSV the line on which the record starts. Cells keep their columns (an
 * empty column A is an empty cell at index 0); empty cells at the end are left off, so use
 * {@link #cell(int)} rather than indexing {@code cells} directly.
 */
public record RawRow(int number, List<RawCell> cells) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell in the column (0 = A), {@link RawCell#EMPTY} past the last one. */
    public RawCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : RawCell.EMPTY;
    }

    /** The cell's text, "" past the last one. */
    public String text(int column) {
        return cell(column).text();
    }
}
