package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Every command on another program's SQLite file refuses it without changing a byte, and the
 * reading commands work while a window holds the file (issue 10, items 3 and 8).
 */
class FileIdentityCliTest {
    @TempDir
    Path dir;

    private String savedData;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void loadSqliteFirst() throws Exception {
        SQLiteJDBCLoader.initialize();
    }

    @BeforeEach
    void pointTheDataFolderAtATemporaryOne() {
        savedData = System.getProperty("guidancedesk.data");
        System.setProperty("guidancedesk.data", dir.resolve("data").toString());
    }

    @AfterEach
    void restore() {
        if (savedData == null) {
            System.clearProperty("guidancedesk.data");
        } else {
            System.setProperty("guidancedesk.data", savedData);
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path demo() {
        return DemoCopies.asDemoCommand(dir.resolve("demo.db"), LocalDate.of(2026, 11, 24));
    }

    @Test
    void everyCommandRefusesAnotherProgramsFileAndLeavesItByteForByte() throws Exception {
        Path file = dir.resolve("notes.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)");
            st.executeUpdate("INSERT INTO note (text) VALUES ('别的程序的数据')");
            st.executeUpdate("PRAGMA user_version = 4");
        }
        Path csv = Files.writeString(dir.resolve("in.csv"), "问题描述,整改措施,整改时限\n问题,措施,2026-12-31\n");
        byte[] before = Files.readAllBytes(file);
        String db = file.toString();
        List<String[]> commands = List.of(
                new String[] {"check", "--db", db},
                new String[] {"agenda", "--db", db},
                new String[] {"report", "weekly", "--db", db, "--out", dir.resolve("w.pdf").toString()},
                new String[] {"export", "rectifications", "--db", db, "--out", dir.resolve("x.csv").toString()},
                new String[] {"import", "rectifications", "--db", db, "--in", csv.toString(), "--unit", "某单位"},
                new String[] {"backup", "--db", db});
        for (String[] command : commands) {
            assertEquals(1, run(command), String.join(" ", command) + ": " + out + err);
            assertTrue(err.toString().contains("notes.sqlite"), String.join(" ", command) + " names the file: " + err);
            assertArrayEquals(before, Files.readAllBytes(file), String.join(" ", command) + " changed the file");
        }
        assertFalse(Files.exists(Path.of(db + "-wal")));
        assertFalse(Files.exists(Path.of(db + ".lock")));
    }

    @Test
    void readingCommandsWorkWhileAWindowHoldsTheFile() throws Exception {
        Path file = demo();
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 24).atTime(10, 0).atZone(zone).toInstant(), zone);
        try (Workspace window = Workspace.open(file, clock, dir.resolve("data/backups"))) {
            String db = file.toString();
            assertEquals(0, run("check", "--db", db), err.toString());
            assertEquals(0, run("agenda", "--db", db, "--today", "2026-11-24"), err.toString());
            assertTrue(out.toString().lines().count() > 2, out.toString());
            Path pdf = dir.resolve("weekly.pdf");
            assertEquals(0, run("report", "weekly", "--db", db, "--today", "2026-11-24", "--out", pdf.toString()),
                    err.toString());
            assertTrue(Files.size(pdf) > 1000);
            Path xlsx = dir.resolve("ledger.xlsx");
            assertEquals(0, run("export", "rectifications", "--db", db, "--out", xlsx.toString()), err.toString());
            assertTrue(Files.size(xlsx) > 1000);
            // A writer is still refused: the window holds the file.
            Path csv = Files.writeString(dir.resolve("in.csv"), "问题描述,整改措施,整改时限\n问题,措施,2026-12-31\n");
            assertNotEquals(0, run("import", "rectifications", "--db", db, "--in", csv.toString(), "--unit", "南山县"));
            assertTrue(window.ledger().items().size() > 0, "the window's file is unaffected");
        }
    }
}
