package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Rewrites the display order of a table's rows to match a list of ids. */
final class Ordering {
    private Ordering() {}

    /** {@code table} is one of our own table names, never user input. */
    static void apply(Connection c, String table, List<Long> idsInOrder) throws SQLException {
        String sql = "UPDATE " + table + " SET sort_order = ? WHERE id = ?";
        for (int i = 0; i < idsInOrder.size(); i++) {
            Sql.update(c, sql, i + 1, idsInOrder.get(i));
        }
    }
}
