package org.guidancedesk.domain;

import java.util.Map;

/**
 * What a recorded change refers to, so it can be told in words: which of its table's columns
 * point at which table (unit_id → unit), and the rows they point at ("unit:3" → its values, as
 * the row is now or, once deleted, as it last was).
 */
public record Related(Map<String, String> references, Map<String, Map<String, String>> rows) {
    public static final Related NONE = new Related(Map.of(), Map.of());

    public Related {
        references = Map.copyOf(references);
        rows = Map.copyOf(rows);
    }

    /** The table a column points at, or null when it is a plain value. */
    public String target(String column) {
        return references.get(column);
    }

    /** The referenced row's values, or an empty map when it is not known. */
    public Map<String, String> row(String table, String id) {
        return rows.getOrDefault(table + ":" + id, Map.of());
    }
}
