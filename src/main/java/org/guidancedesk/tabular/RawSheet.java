package org.guidancedesk.tabular;

import java.util.List;

/** One worksheet of a workbook by its tab's name, as rows of text (rows without any value left out). */
public record RawSheet(String name, List<RawRow> rows) {
    public RawSheet {
        rows = List.copyOf(rows);
    }
}
