package org.guidancedesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One recorded change of one row (留痕): when, which table and row, what was done, and the
 * row before and after as column → value text ({@code null} values left out).
 *
 * @param setId   the write it belonged to: changes of one set were made together
 * @param related the rows its reference columns point at, for telling it in words
 */
public record Change(long setId, Instant at, String table, String key, Op op, Map<String, String> before,
                     Map<String, String> after, Related related) {
    public enum Op { INSERT, UPDATE, DELETE }

    public Change {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    public Change(long setId, Instant at, String table, String key, Op op, Map<String, String> before,
                  Map<String, String> after) {
        this(setId, at, table, key, op, before, after, Related.NONE);
    }

    public Change withRelated(Related r) {
        return new Change(setId, at, table, key, op, before, after, r);
    }

    /** The row's values after the change, or before it for a deletion. */
    public Map<String, String> row() {
        return op == Op.DELETE ? before : after;
    }

    /** For an update, the columns whose value changed; for an insert or delete, every column. */
    public List<String> changedColumns() {
        java.util.TreeSet<String> columns = new java.util.TreeSet<>(before.keySet());
        columns.addAll(after.keySet());
        if (op == Op.UPDATE) {
            columns.removeIf(c -> java.util.Objects.equals(before.get(c), after.get(c)));
        }
        return List.copyOf(columns);
    }
}
