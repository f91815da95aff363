package org.guidancedesk.ui;

import javafx.scene.control.TableView;

/** Showing the view model's current row in a table: selected, with a few rows above it in sight. */
public final class TableRows {
    /** Rows kept visible above the one shown, so it is not stuck to the table's top edge. */
    private static final int CONTEXT = 3;

    private TableRows() {}

    /** Selects {@code row} (or nothing, for null) and scrolls it into view; a row already selected stays put. */
    public static <T> void show(TableView<T> table, T row) {
        if (row == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
            int i = table.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                table.scrollTo(Math.max(0, i - CONTEXT));
            }
        }
    }
}
