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

/**
 * What our file looks like at each schema version: its tables and their columns, as the
 * migrations make them on an empty database (described in a resource a test keeps true, so
 * a later migration is covered without anyone listing its tables by hand). A file is recognised as ours by its
 * {@code application_id} (set by migration 7) or, before that, by having every table and
 * column its version should have.
 */
final class Schema {
    /** 'GDSK': written into the file's header by migration 7. */
    static final int APPLICATION_ID = 0x4744534B;
    /** The first version that carries {@link #APPLICATION_ID}. */
    static final int FIRST_WITH_ID = 7;

    /** The shipped description of every version (see {@link #describe}), read once. */
    private static final String RESOURCE = "migration/schema.txt";
    private static volatile Map<Integer, Map<String, Set<String>>> expected;

    private Schema() {}

    /**
     * The tables (with their columns) a file of this version has, by name: read from the
     * description shipped beside the migrations, since running them in memory at every start
     * would cost more than the whole check. A test keeps the description equal to
     * {@link #computed}.
     */
    static Map<String, Set<String>> expected(int version) {
        Map<Integer, Map<String, Set<String>>> all = expected;
        if (all == null) {
            all = parse(read());
            expected = all;
        }
        Map<String, Set<String>> tables = all.get(version);
        if (tables == null) {
            throw new IllegalStateException(RESOURCE + " does not describe version " + version);
        }
        return tables;
    }

    /** What the migrations up to {@code version} make, run on an empty in-memory database. */
    static Map<String, Set<String>> computed(int version) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.apply(c, 0, version);
            return tables(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the migrations do not run on an empty database", e);
        }
    }

    /** The text of {@value #RESOURCE} for every version up to the latest: "version table col,col,…" a line. */
    static String describe() {
        StringBuilder b = new StringBuilder();
        for (int v = 1; v <= Migrations.latestVersion(); v++) {
            for (Map.Entry<String, Set<String>> t : computed(v).entrySet()) {
                b.append(v).append(' ').append(t.getKey()).append(' ').append(String.join(",", t.getValue())).append('\n');
            }
        }
        return b.toString();
    }

    static String read() {
        try (java.io.InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the build");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<Integer, Map<String, Set<String>>> parse(String text) {
        Map<Integer, Map<String, Set<String>>> all = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 3) {
                all.computeIfAbsent(Integer.parseInt(parts[0]), v -> new LinkedHashMap<>())
                        .put(parts[1], new TreeSet<>(List.of(parts[2].split(","))));
            }
        }
        return all;
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
