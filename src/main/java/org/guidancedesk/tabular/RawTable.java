package org.guidancedesk.tabular;

import java.util.List;

/**
 * The first sheet of a workbook, or a whole CSV, as rows of text. Rows without any value are
 * left out (their numbers show where the others were), so the table may be empty.
 */
public record RawTable(String fileName, List<RawRow> rows) {
    public RawTable {
        rows = List.copyOf(rows);
    }
}
