package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Records every row change the program makes, and replays changes backwards (undo, restore
 * from the trash) or forwards (redo). The recording is done by temporary triggers made for
 * every table when the file is opened, from the tables' own column lists, so a table added by
 * a later migration is recorded without anyone remembering to. Rows are keyed by their primary
 * key (a JSON array) and kept whole as JSON objects, blobs as hex.
 */
final class ChangeLog {
    /**
     * Not recorded: the history's own tables, and the archive of weekly sheets sent (a record
     * of what left the office is not an edit to take back, and its PDFs would double in size).
     */
    private static final Set<String> UNRECORDED = Set.of("change_set", "change_row", "change_control", "trash_emptied",
            "sheet_archive");

    private ChangeLog() {}

    /** A table's columns, which of them is a blob, and its primary key columns in key order. */
    record Table(String name, List<String> columns, List<Boolean> blob, List<String> key) {}

    static List<Table> tables(Connection c) throws SQLException {
        List<String> names = Sql.query(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' ORDER BY name", rs -> rs.getString(1));
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            if (UNRECORDED.contains(name)) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            List<Boolean> blob = new ArrayList<>();
            List<int[]> keyOrder = new ArrayList<>();
            // PRAGMA arguments cannot be bound; the name comes from sqlite_master itself.
            Sql.query(c, "SELECT name, type, pk FROM pragma_table_info(?)", rs -> {
                columns.add(rs.getString(1));
                blob.add(rs.getString(2).toUpperCase(Locale.ROOT).contains("BLOB"));
                if (rs.getInt(3) > 0) {
                    keyOrder.add(new int[] {rs.getInt(3), columns.size() - 1});
                }
                return null;
            }, name);
            keyOrder.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<String> key = keyOrder.stream().map(k -> columns.get(k[1])).toList();
            tables.add(new Table(name, columns, blob, key));
        }
        return tables;
    }

    /** Makes the recording triggers on this connection (they last as long as it does). */
    static void install(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (Table t : tables(c)) {
                for (String op : new String[] {"INSERT", "UPDATE", "DELETE"}) {
                    st.executeUpdate(trigger(t, op));
                }
            }
        }
    }

    private static String trigger(Table t, String op) {
        String code = op.substring(0, 1);
        String keyFrom = op.equals("INSERT") ? "NEW" : "OLD";
        String oldJson = op.equals("INSERT") ? "NULL" : json(t, "OLD");
        String newJson = op.equals("DELETE") ? "NULL" : json(t, "NEW");
        String when = "(SELECT replaying FROM main.change_control) = 0 "
                + "AND (SELECT current_set FROM main.change_control) IS NOT NULL";
        if (op.equals("UPDATE")) {
            when += " AND " + json(t, "OLD") + " IS NOT " + json(t, "NEW");
        }
        return "CREATE TEMP TRIGGER IF NOT EXISTS \"record_" + t.name() + "_" + code.toLowerCase(Locale.ROOT)
                + "\" AFTER " + op + " ON main.\"" + t.name() + "\" WHEN " + when + " BEGIN "
                + "INSERT INTO main.change_row (set_id, tbl, row_key, op, old, new) VALUES ("
                + "(SELECT current_set FROM main.change_control), '" + t.name() + "', " + key(t, keyFrom) + ", '"
                + code + "', " + oldJson + ", " + newJson + "); END";
    }

    private static String json(Table t, String row) {
        StringBuilder b = new StringBuilder("json_object(");
        for (int i = 0; i < t.columns().size(); i++) {
            String col = t.columns().get(i);
            b.append(i == 0 ? "" : ", ").append('\'').append(col).append("', ");
            b.append(t.blob().get(i) ? "hex(" + row + ".\"" + col + "\")" : row + ".\"" + col + "\"");
        }
        return b.append(')').toString();
    }

    private static String key(Table t, String row) {
        StringBuilder b = new StringBuilder("json_array(");
        for (int i = 0; i < t.key().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(row).append(".\"").append(t.key().get(i)).append('"');
        }
        return b.append(')').toString();
    }

    /** One recorded change of one row. */
    record Change(long id, String table, String key, char op, String before, String after) {}

    static List<Change> changesOf(Connection c, long setId) throws SQLException {
        return Sql.query(c, "SELECT id, tbl, row_key, op, old, new FROM change_row WHERE set_id = ? ORDER BY id",
                rs -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4).charAt(0),
                        rs.getString(5), rs.getString(6)), setId);
    }

    /** Puts each row back as it was before the changes, newest change first. */
    static void backwards(Connection c, List<Change> changes) throws SQLException {
        java.util.Map<String, Table> tables = byName(c);
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change ch = changes.get(i);
            Table t = tables.get(ch.table());
            switch (ch.op()) {
                case 'I' -> delete(c, t, ch.key());
                case 'D' -> insert(c, t, ch.before());
                default -> update(c, t, ch.key(), ch.before());
            }
        }
    }

    /** Makes the changes again, oldest first. */
    static void forwards(Connection c, List<Change> changes) throws SQLException {
        java.util.Map<String, Table> tables = byName(c);
        for (Change ch : changes) {
            Table t = tables.get(ch.table());
            switch (ch.op()) {
                case 'I' -> insert(c, t, ch.after());
                case 'D' -> delete(c, t, ch.key());
                default -> update(c, t, ch.key(), ch.after());
            }
        }
    }

    private static java.util.Map<String, Table> byName(Connection c) throws SQLException {
        java.util.Map<String, Table> map = new java.util.HashMap<>();
        for (Table t : tables(c)) {
            map.put(t.name(), t);
        }
        return map;
    }

    private static String value(Table t, int i) {
        String extract = "json_extract(?, '$.\"" + t.columns().get(i) + "\"')";
        return t.blob().get(i) ? "unhex(" + extract + ")" : extract;
    }

    private static String where(Table t) {
        StringBuilder b = new StringBuilder(" WHERE ");
        for (int i = 0; i < t.key().size(); i++) {
            b.append(i == 0 ? "" : " AND ").append('"').append(t.key().get(i)).append("\" = json_extract(?, '$[")
                    .append(i).append("]')");
        }
        return b.toString();
    }

    private static void delete(Connection c, Table t, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM \"" + t.name() + "\"" + where(t))) {
            for (int i = 0; i < t.key().size(); i++) {
                ps.setString(i + 1, key);
            }
            ps.executeUpdate();
        }
    }

    private static void insert(Connection c, Table t, String json) throws SQLException {
        StringBuilder cols = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < t.columns().size(); i++) {
            cols.append(i == 0 ? "" : ", ").append('"').append(t.columns().get(i)).append('"');
            values.append(i == 0 ? "" : ", ").append(value(t, i));
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"" + t.name() + "\" (" + cols + ") VALUES ("
                + values + ")")) {
            for (int i = 0; i < t.columns().size(); i++) {
                ps.setString(i + 1, json);
            }
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, Table t, String key, String json) throws SQLException {
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < t.columns().size(); i++) {
            set.append(i == 0 ? "" : ", ").append('"').append(t.columns().get(i)).append("\" = ").append(value(t, i));
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE \"" + t.name() + "\" SET " + set + where(t))) {
            int n = 1;
            for (int i = 0; i < t.columns().size(); i++) {
                ps.setString(n++, json);
            }
            for (int i = 0; i < t.key().size(); i++) {
                ps.setString(n++, key);
            }
            ps.executeUpdate();
        }
    }
}
