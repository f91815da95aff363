package org.guidancedesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered schema migrations shipped in the jar ({@code migration/V001__*.sql}, …), the
 * schema version kept in {@code PRAGMA user_version}.
 */
final class Migrations {
    private static final String FOLDER = "migration/";
    /** The migration files in order; a new one is appended here and never edited once shipped. */
    private static final List<String> FILES = List.of(
            "V001__foundation.sql",
            "V002__weekly_sheet.sql",
            "V003__deadlines.sql",
            "V004__ledger.sql");

    private Migrations() {}

    /** The schema version this build writes. */
    static int latestVersion() {
        return FILES.size();
    }

    static int currentVersion(Connection c) throws SQLException {
        return (int) Sql.count(c, "PRAGMA user_version");
    }

    /** Applies every migration after the file's version; the caller holds the transaction. */
    static void apply(Connection c, int fromVersion) throws SQLException {
        for (int v = fromVersion + 1; v <= latestVersion(); v++) {
            for (String statement : statements(read(FILES.get(v - 1)))) {
                // Plain Statement: the DDL is our own resource text, not user input.
                try (Statement st = c.createStatement()) {
                    st.executeUpdate(statement);
                }
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("PRAGMA user_version = " + v);
            }
        }
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script at semicolons that end a line, skipping comment lines. Trigger bodies
     * (BEGIN … END;) are kept whole.
     */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = trimmed.endsWith(";") && (!inTrigger || upper.equals("END;"));
            if (ends) {
                result.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
