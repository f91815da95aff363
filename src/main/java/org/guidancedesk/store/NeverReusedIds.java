package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Migration 5: the tables whose rows can be deleted and restored from the trash get
 * {@code AUTOINCREMENT} ids, so an id once used is never handed to a new row and a restored
 * row always finds its id free. SQLite cannot alter a key, so each table is rebuilt the way
 * its documentation prescribes: a new table, the rows copied, the old one dropped, the new one
 * renamed, the indexes made again. Foreign keys are off while migrations run.
 */
final class NeverReusedIds {
    static final List<String> TABLES = List.of("member", "unit", "required_action", "action_record", "sheet_archive",
            "deadline", "ledger_import", "rectification", "rectification_progress");

    private NeverReusedIds() {}

    static void apply(Connection c) throws SQLException {
        for (String table : TABLES) {
            rebuild(c, table);
        }
    }

    private static void rebuild(Connection c, String table) throws SQLException {
        String create = Sql.queryOne(c, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                rs -> rs.getString(1), table).orElseThrow(() -> new SQLException("no table " + table));
        if (create.contains("AUTOINCREMENT")) {
            return;
        }
        String rebuilt = create.replaceFirst("^CREATE TABLE \"?" + table + "\"? \\(", "CREATE TABLE " + table + "__rebuild (")
                .replaceFirst("\\bid(\\s+)INTEGER PRIMARY KEY\\b", "id$1INTEGER PRIMARY KEY AUTOINCREMENT");
        if (rebuilt.equals(create) || !rebuilt.contains("AUTOINCREMENT")) {
            throw new SQLException("cannot rebuild " + table + ": " + create);
        }
        List<String> indexes = Sql.query(c, "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                + "AND sql IS NOT NULL", rs -> rs.getString(1), table);
        // Plain statements: the table names are our own constants and SQLite's own schema text.
        try (Statement st = c.createStatement()) {
            st.executeUpdate(rebuilt);
            st.executeUpdate("INSERT INTO " + table + "__rebuild SELECT * FROM " + table);
            st.executeUpdate("DROP TABLE " + table);
            st.executeUpdate("ALTER TABLE " + table + "__rebuild RENAME TO " + table);
            for (String index : indexes) {
                st.executeUpdate(index);
            }
        }
    }
}
