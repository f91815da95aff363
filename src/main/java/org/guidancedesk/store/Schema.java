package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What our file looks like at each schema version: its tables and their columns, learnt by
 * running the migrations on an empty in-memory database (so a later migration is covered
 * without anyone listing its tables again). A file is recognised as ours by its
 * {@code application_id} (set by migration 7) or, before that, by having every table and
 * column its version should have.
 */
final class Schema {
    /** 'GDSK': written into the file's header by migration 7. */
    static final int APPLICATION_ID = 0x4744534B;
    /** The first version that carries {@link #APPLICATION_ID}. */
    static final int FIRST_WITH_ID = 7;

    private static final Map<Integer, Map<String, Set<String>>> EXPECTED = new ConcurrentHashMap<>();

    private Schema() {}

    /** The tables (with their columns) a file of this version has, by name. */
    static Map<String, Set<String>> expected(int version) {
        return EXPECTED.computeIfAbsent(version, Schema::build);
    }

    private static Map<String, Set<String>> build(int version) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.apply(c, 0, version);
            return tables(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the migrations do not run on an empty database", e);
        }
    }

    /** The file's own tables and columns (SQLite's internal tables left out). */
    static Map<String, Set<String>> tables(Connection c) throws SQLException {
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        List<String> names = Sql.query(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' ORDER BY name", rs -> rs.getString(1));
        for (String name : names) {
            tables.put(name, new TreeSet<>(Sql.query(c, "SELECT name FROM pragma_table_info(?)",
                    rs -> rs.getString(1), name)));
        }
        return tables;
    }

    /**
     * The first thing a file of {@code version} should have and lacks ("table deadline",
     * "column unit.kind"), or empty when it has everything.
     */
    static Optional<String> missing(Map<String, Set<String>> found, int version) {
        for (Map.Entry<String, Set<String>> table : expected(version).entrySet()) {
            Set<String> columns = found.get(table.getKey());
            if (columns == null) {
                return Optional.of("table " + table.getKey());
            }
            for (String column : table.getValue()) {
                if (!columns.contains(column)) {
                    return Optional.of("column " + table.getKey() + "." + column);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the tables look like ours at all (the group and the action catalogue, named as
     * no other program is likely to name them): a file that has them but misses others, or
     * carries an impossible version, is our file damaged, not another program's.
     */
    static boolean looksLikeOurs(Map<String, Set<String>> found) {
        return found.containsKey("group_info") && found.containsKey("required_action")
                && found.containsKey("action_record");
    }
}
