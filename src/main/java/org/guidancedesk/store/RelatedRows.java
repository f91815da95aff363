package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Change;
import org.guidancedesk.domain.Related;

/**
 * Reads what it takes to tell recorded changes in words (read only): the changes of one write,
 * and the rows their reference columns point at, found through the tables' own foreign keys
 * (so a later table's references are followed without a list to keep), two steps deep (an
 * attendee → the cell's record → its unit and action).
 */
public final class RelatedRows {
    private static final int DEPTH = 2;

    /** The changes of one write, in the order they were made. */
    public List<Change> ofSet(Connection c, long setId) throws SQLException {
        List<Object[]> rows = Sql.query(c, "SELECT s.at, r.tbl, r.row_key, r.op, r.old, r.new FROM change_row r "
                + "JOIN change_set s ON s.id = r.set_id WHERE s.id = ? ORDER BY r.id",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)}, setId);
        List<Change> changes = new ArrayList<>();
        for (Object[] r : rows) {
            char op = ((String) r[3]).charAt(0);
            changes.add(new Change(setId, Instant.parse((String) r[0]), (String) r[1], (String) r[2],
                    op == 'I' ? Change.Op.INSERT : op == 'D' ? Change.Op.DELETE : Change.Op.UPDATE,
                    HistoryRepository.values(c, (String) r[4]), HistoryRepository.values(c, (String) r[5])));
        }
        return changes;
    }

    /** The changes, each with the rows it refers to. */
    public List<Change> withRelated(Connection c, List<Change> changes) throws SQLException {
        Map<String, Map<String, String>> refsByTable = new HashMap<>();
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (Change ch : changes) {
            follow(c, ch.table(), ch.before(), DEPTH, refsByTable, rows);
            follow(c, ch.table(), ch.after(), DEPTH, refsByTable, rows);
        }
        List<Change> out = new ArrayList<>();
        for (Change ch : changes) {
            out.add(ch.withRelated(new Related(refsByTable.get(ch.table()), rows)));
        }
        return out;
    }

    private void follow(Connection c, String table, Map<String, String> values, int depth,
                        Map<String, Map<String, String>> refsByTable, Map<String, Map<String, String>> rows)
            throws SQLException {
        Map<String, String> refs = references(c, table, refsByTable);
        if (depth == 0) {
            return;
        }
        for (Map.Entry<String, String> ref : refs.entrySet()) {
            String id = values.get(ref.getKey());
            String rowKey = ref.getValue() + ":" + id;
            if (id == null || rows.containsKey(rowKey)) {
                continue;
            }
            Map<String, String> row = row(c, ref.getValue(), id);
            rows.put(rowKey, row);
            follow(c, ref.getValue(), row, depth - 1, refsByTable, rows);
        }
    }

    /** Column → the table it points at. */
    private static Map<String, String> references(Connection c, String table, Map<String, Map<String, String>> cache)
            throws SQLException {
        Map<String, String> refs = cache.get(table);
        if (refs == null) {
            Map<String, String> found = new LinkedHashMap<>();
            Sql.query(c, "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)",
                    rs -> found.put(rs.getString(1), rs.getString(2)), table);
            refs = found;
            cache.put(table, refs);
        }
        return refs;
    }

    /** The row as it is now, or as the history last saw it (deleted since). Every referenced table is keyed by id. */
    private static Map<String, String> row(Connection c, String table, String id) throws SQLException {
        Map<String, String> now = new LinkedHashMap<>();
        // The table name comes from the schema's own foreign key list.
        Sql.query(c, "SELECT * FROM \"" + table + "\" WHERE id = ?", rs -> {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String v = rs.getString(i);
                if (v != null) {
                    now.put(md.getColumnName(i), v);
                }
            }
            return null;
        }, id);
        if (!now.isEmpty()) {
            return now;
        }
        String json = Sql.queryOne(c, "SELECT ifnull(new, old) FROM change_row WHERE tbl = ? AND row_key = ? "
                + "ORDER BY id DESC LIMIT 1", rs -> rs.getString(1), table, "[" + id + "]").orElse(null);
        return HistoryRepository.values(c, json);
    }
}
