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
 * The numbered schema migrations shipped in the jar ({@code migration/V001__*.sql}, …) and the
 * few done in code, the schema version kept in {@code PRAGMA user_version}. They run with
 * foreign keys off (as SQLite asks for table rebuilds) and are checked before the commit.
 */
final class Migrations {
    private static final String FOLDER = "migration/";

    /** One migration: a script, or code for what SQL alone cannot say. */
    private interface Step {
        void apply(Connection c) throws SQLException;
    }

    private static Step script(String file) {
        return c -> {
            for (String statement : statements(read(file))) {
                // Plain Statement: the DDL is our own resource text, not user input.
                try (Statement st = c.createStatement()) {
                    st.executeUpdate(statement);
                }
            }
        };
    }

    /** The migrations in order; a new one is appended here and never edited once shipped. */
    private static final List<Step> STEPS = List.of(
            script("V001__foundation.sql"),
            script("V002__weekly_sheet.sql"),
            script("V003__deadlines.sql"),
            script("V004__ledger.sql"),
            NeverReusedIds::apply,
            script("V006__history.sql"),
            script("V007__identity.sql"),
            script("V008__contacts.sql"),
            script("V009__worklog.sql"),
            script("V010__dynamic.sql"),
            script("V011__reviews.sql"),
            script("V012__ledger_extensions.sql"),
            script("V013__ledger_order.sql"),
            script("V014__campaign_phases.sql"),
            script("V015__unit_kind_rules.sql"),
            script("V016__group_work_items.sql"));

    private Migrations() {}

    /** The schema version this build writes. */
    static int latestVersion() {
        return STEPS.size();
    }

    static int currentVersion(Connection c) throws SQLException {
        return (int) Sql.count(c, "PRAGMA user_version");
    }

    /** Applies every migration after the file's version; the caller holds the transaction. */
    static void apply(Connection c, int fromVersion) throws SQLException {
        apply(c, fromVersion, latestVersion());
    }

    /** Applies the migrations after {@code fromVersion} up to {@code toVersion}. */
    static void apply(Connection c, int fromVersion, int toVersion) throws SQLException {
        if (fromVersion < 0 || toVersion > latestVersion()) {
            throw new SQLException("no migrations from version " + fromVersion + " to " + toVersion);
        }
        for (int v = fromVersion + 1; v <= toVersion; v++) {
            STEPS.get(v - 1).apply(c);
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
