package org.guidancedesk.service;

import java.util.List;
import java.util.Map;
import org.guidancedesk.tabular.RawRow;

/**
 * A ledger file as read, before anything is saved: its header row, the columns recognised by
 * their headers, and the rows below the header.
 *
 * @param headerRow  the row number (as the file shows it) of the header, 0 if none was found
 * @param headers    the header text of each column (A, B, …), "" where blank
 * @param proposed   column index → field, for the headers recognised; the user may change it
 * @param rows       the rows below the header that hold any value
 */
public record ImportDraft(String fileName, String sha256, int headerRow, List<String> headers,
                          Map<Integer, LedgerColumn> proposed, List<RawRow> rows) {
    public ImportDraft {
        headers = List.copyOf(headers);
        proposed = Map.copyOf(proposed);
        rows = List.copyOf(rows);
    }

    /** The first non-empty value of the column, to show beside its header in the mapping step. */
    public String sample(int column) {
        for (RawRow r : rows) {
            String t = r.text(column).strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }
}
