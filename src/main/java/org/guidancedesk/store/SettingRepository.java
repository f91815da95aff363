package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Settings kept in the file (they belong to the group's record, not to the machine). */
public final class SettingRepository {

    public Optional<String> find(Connection c, String key) throws SQLException {
        return Sql.queryOne(c, "SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), key);
    }

    public void save(Connection c, String key, String value) throws SQLException {
        Sql.update(c, "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }
}
