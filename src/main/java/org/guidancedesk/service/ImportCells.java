package org.guidancedesk.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.tabular.RawRow;

/** A file's columns by the field each fills, as the user mapped them: what a row says, and where a problem is shown. */
final class ImportCells {
    private final Map<LedgerColumn, List<Integer>> columns = new EnumMap<>(LedgerColumn.class);
    private final List<String> headers;

    ImportCells(Map<Integer, LedgerColumn> mapping, List<String> headers) {
        mapping.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> columns.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
        this.headers = headers;
    }

    /** The columns that fill the field, left to right; none if the file lacks it. */
    List<Integer> columns(LedgerColumn field) {
        return columns.getOrDefault(field, List.of());
    }

    boolean has(LedgerColumn field) {
        return columns.containsKey(field);
    }

    /** Whether a column of the field is in the file and the row's cell there is not blank. */
    boolean said(RawRow raw, LedgerColumn field) {
        for (int c : columns(field)) {
            if (!raw.text(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A problem about a row, shown on the field's (first) column, or on the row if the file lacks it. */
    ImportProblem problem(int row, LedgerColumn field, String key, Object... args) {
        List<Integer> cols = columns(field);
        int c = cols.isEmpty() ? -1 : cols.get(0);
        String header = c < 0 || c >= headers.size() || headers.get(c).isEmpty() ? field.header() : headers.get(c);
        return new ImportProblem(row, c, header, key, List.of(args));
    }
}
