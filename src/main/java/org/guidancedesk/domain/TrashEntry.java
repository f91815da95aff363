package org.guidancedesk.domain;

import java.time.Instant;
import java.util.Map;

/**
 * Something deleted that can be brought back: the write that deleted it, when, the kind of
 * item (its table), a label taken from the deleted row, how many rows went with it, and the
 * deleted row's values by column (its serial and unit, say), for the trash to show.
 */
public record TrashEntry(long setId, Instant at, String table, String label, int rows, Map<String, String> row) {

    public TrashEntry {
        row = row == null ? Map.of() : Map.copyOf(row);
    }

    public TrashEntry(long setId, Instant at, String table, String label, int rows) {
        this(setId, at, table, label, rows, Map.of());
    }
}
