package org.guidancedesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @TempDir
    Path dir;

    private static Group group() {
        return new Group("中央第十八指导组", "主题教育", LocalDate.of(2026, 10, 19), LocalDate.of(2027, 1, 31), null);
    }

    /** A real demo file, closed (so its WAL is checkpointed into the main file). */
    private Path demoFile(String name) {
        Path file = dir.resolve(name);
        Clock clock = Clock.fixed(ZonedDateTime.of(TODAY.atTime(10, 0), ZONE).toInstant(), ZONE);
        DemoCopies.copy(file, TODAY, clock);
        assertFalse(Files.exists(Path.of(file + "-wal")), "the WAL is folded back on close");
        return file;
    }

    private static StoreException refused(Path file, StoreException.Reason expected) {
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file).close());
        assertEquals(expected, e.reason(), e.getMessage());
        return e;
    }

    /**
     * The read-only check of a WAL-mode file may leave an empty -wal (and a -shm index) beside
     * it, but never anything written for the file.
     */
    private static void assertNothingInTheWal(Path file) throws IOException {
        Path wal = Path.of(file + "-wal");
        assertTrue(!Files.exists(wal) || Files.size(wal) == 0, "nothing written to " + wal);
    }

    private static long number(Database db, String sql) {
        return db.read(c -> Sql.count(c, sql));
    }

    private static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private static void overwrite(Path file, long from, int length, byte value) throws IOException {
        byte[] garbage = new byte[length];
        Arrays.fill(garbage, value);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(from);
            raf.write(garbage);
        }
    }

    private static Connection plainSqlite(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    @Test
    void aNewFileIsMigratedToTheLatestSchema() throws SQLException {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            long version = number(db, "PRAGMA user_version");
            assertEquals((long) Database.latestSchemaVersion(), version);
            assertTrue(version >= 1);
            List<String> tables = db.read(c -> Sql.query(c,
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", rs -> rs.getString(1)));
            assertEquals(List.of("action_record", "action_unit_kind", "change_control", "change_row", "change_set", "deadline", "dynamic_issue", "dynamic_text", "group_info",
                    "internal_export", "ledger_category", "ledger_filter", "ledger_import", "ledger_serial", "member", "phase", "record_attendee",
                    "rectification", "rectification_dismissed", "rectification_progress", "required_action", "review", "review_kind", "review_point", "review_round", "setting",
                    "sheet_archive", "sqlite_sequence", "submission", "trash_emptied", "unit", "unit_person", "week_note", "work_entry", "work_entry_member", "work_entry_unit",
                    "work_line", "work_occurrence", "work_person", "work_place"),
                    tables);
            assertEquals(Optional.empty(), db.read(new GroupRepository()::find));
        }
    }

    @Test
    void anEmptyExistingFileIsTreatedAsNew() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertEquals((long) Database.latestSchemaVersion(), number(db, "PRAGMA user_version"));
        }
    }

    @Test
    void reopeningAFileKeepsItsData() {
        Path file = dir.resolve("keep.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                new GroupRepository().save(c, group());
                return new UnitRepository().insert(c, new Unit(0, "某省", UnitKind.PROVINCE, "张三", "010-1", 0));
            });
        }
        try (Database db = Database.open(file)) {
            assertEquals(Optional.of(group()), db.read(new GroupRepository()::find));
            List<Unit> units = db.read(new UnitRepository()::findAll);
            assertEquals(1, units.size());
            assertEquals("某省", units.get(0).name());
            assertEquals("张三", units.get(0).contact());
            assertEquals((long) Database.latestSchemaVersion(), number(db, "PRAGMA user_version"));
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = plainSqlite(file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE future_thing (id INTEGER PRIMARY KEY, x TEXT)");
            st.executeUpdate("INSERT INTO future_thing (x) VALUES ('from the future')");
            st.executeUpdate("PRAGMA user_version = 99");
            st.executeUpdate("PRAGMA application_id = " + Schema.APPLICATION_ID);
        }
        byte[] before = bytes(file);

        StoreException e = refused(file, StoreException.Reason.NEWER_SCHEMA);

        assertArrayEquals(before, bytes(file));
        assertEquals(99, e.args()[1]);
        assertEquals(Database.latestSchemaVersion(), e.args()[2]);
        assertFalse(Files.exists(Path.of(file + "-wal")));
    }

    @Test
    void aDamagedFileIsRefusedAndLeftUntouched() throws IOException {
        Path file = demoFile("damaged.db");
        assertTrue(Files.size(file) > 3 * 4096, "size " + Files.size(file));
        overwrite(file, 4096, 4096, (byte) 0x55);
        byte[] before = bytes(file);

        refused(file, StoreException.Reason.DAMAGED);

        assertArrayEquals(before, bytes(file));
        assertNothingInTheWal(file);
    }

    @Test
    void aFileGarbledInTheLastPageIsRefusedAsDamaged() throws IOException {
        Path file = demoFile("tail.db");
        long size = Files.size(file);
        overwrite(file, size - 4096, 4096, (byte) 0x55);
        byte[] before = bytes(file);

        refused(file, StoreException.Reason.DAMAGED);

        assertArrayEquals(before, bytes(file));
    }

    @Test
    void aTruncatedFileIsRefusedAsDamagedAndLeftUntouched() throws IOException {
        Path file = demoFile("truncated.db");
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size / 2 / 4096 * 4096);
        }
        byte[] before = bytes(file);

        refused(file, StoreException.Reason.DAMAGED);

        assertArrayEquals(before, bytes(file));
    }

    @Test
    void aFileWithABrokenHeaderIsNotOurs() throws IOException {
        Path file = demoFile("header.db");
        overwrite(file, 0, 16, (byte) 0x55);
        byte[] before = bytes(file);

        refused(file, StoreException.Reason.NOT_OUR_FILE);

        assertArrayEquals(before, bytes(file));
    }

    @Test
    void aTextFileIsNotOursAndLeftUntouched() throws IOException {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "会议纪要：这不是数据库文件。\nJust some notes, long enough to hold a header.\n",
                StandardCharsets.UTF_8);
        byte[] before = bytes(file);

        refused(file, StoreException.Reason.NOT_OUR_FILE);

        assertArrayEquals(before, bytes(file));
    }

    @Test
    void anotherProgramsSqliteFileIsNotOursAndLeftUntouched() throws Exception {
        Path file = dir.resolve("places.sqlite");
        try (Connection c = plainSqlite(file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)");
            st.executeUpdate("INSERT INTO bookmarks (url) VALUES ('https://example.org')");
        }
        byte[] before = bytes(file);

        refused(file, StoreException.Reason.NOT_OUR_FILE);

        assertArrayEquals(before, bytes(file));
    }

    @Test
    void aFileShorterThanTheHeaderIsNotOurs() throws IOException {
        Path file = dir.resolve("short.db");
        Files.write(file, "SQLite".getBytes(StandardCharsets.US_ASCII));
        refused(file, StoreException.Reason.NOT_OUR_FILE);
        assertEquals("SQLite", Files.readString(file, StandardCharsets.US_ASCII));
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.db"));
        refused(folder, StoreException.Reason.NOT_A_FILE);
    }

    @Test
    void aMissingFolderIsRefusedAndNothingIsCreated() {
        Path missing = dir.resolve("no-such-folder");
        refused(missing.resolve("x.db"), StoreException.Reason.FOLDER_MISSING);
        assertFalse(Files.exists(missing));
    }

    @Test
    void aReadOnlyFolderIsRefusedAndNothingIsCreated() throws IOException {
        Assumptions.assumeTrue(POSIX, "POSIX permissions");
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder), "running as root: the folder stays writable");
            Path file = folder.resolve("x.db");
            refused(file, StoreException.Reason.FOLDER_READ_ONLY);
            assertFalse(Files.exists(file));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aNewFileIsReadableByItsOwnerOnly() throws IOException {
        Assumptions.assumeTrue(POSIX, "POSIX permissions");
        Path file = dir.resolve("private.db");
        try (Database db = Database.open(file)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            Path wal = Path.of(file + "-wal");
            if (Files.exists(wal)) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)));
            }
        }
    }

    @Test
    void anExistingFileIsNarrowedToItsOwnerOnOpen() throws Exception {
        Assumptions.assumeTrue(POSIX, "POSIX permissions");
        Path file = dir.resolve("shared.db");
        try (Connection c = plainSqlite(file); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 0");
            st.executeUpdate("VACUUM");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Database.open(file).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void thePrivateFolderIsForItsOwnerOnly() throws IOException {
        Assumptions.assumeTrue(POSIX, "POSIX permissions");
        Path folder = dir.resolve("data").resolve("guidance-desk");
        FilePermissions.createPrivateFolder(folder);
        assertTrue(Files.isDirectory(folder));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));

        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        FilePermissions.createPrivateFolder(folder);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void theConnectionUsesWalForeignKeysAndABusyTimeout() {
        try (Database db = Database.open(dir.resolve("pragmas.db"))) {
            assertEquals("wal", db.read(c -> Sql.queryOne(c, "PRAGMA journal_mode", rs -> rs.getString(1))).orElseThrow());
            assertEquals(1L, number(db, "PRAGMA foreign_keys"));
            assertTrue(number(db, "PRAGMA busy_timeout") >= 1000);
        }
    }

    @Test
    void aWriteThatFailsHalfwayStoresNothing() {
        try (Database db = Database.open(dir.resolve("rollback.db"))) {
            UnitRepository units = new UnitRepository();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> db.write(c -> {
                units.insert(c, new Unit(0, "某省", UnitKind.PROVINCE, "", "", 0));
                units.insert(c, new Unit(0, "某部委", UnitKind.MINISTRY, "", "", 0));
                throw new IllegalStateException("boom");
            }));
            assertEquals("boom", e.getMessage());
            assertEquals(List.of(), db.read(units::findAll));

            // The connection is usable afterwards: the transaction was really closed.
            db.write(c -> units.insert(c, new Unit(0, "某大学", UnitKind.UNIVERSITY, "", "", 0)));
            assertEquals(1, db.read(units::findAll).size());
        }
    }

    @Test
    void aFailingStatementRollsBackTheEarlierOnesAndIsTranslated() {
        try (Database db = Database.open(dir.resolve("constraint.db"))) {
            UnitRepository units = new UnitRepository();
            StoreException e = assertThrows(StoreException.class, () -> db.write(c -> {
                units.insert(c, new Unit(0, "某省", UnitKind.PROVINCE, "", "", 0));
                return units.insert(c, new Unit(0, "某省", UnitKind.PROVINCE, "", "", 0));
            }));
            assertEquals(StoreException.Reason.CONSTRAINT, e.reason());
            assertEquals(List.of(), db.read(units::findAll));
        }
    }

    @Test
    void aRecordForAMissingActionIsRefusedByTheForeignKey() {
        try (Database db = Database.open(dir.resolve("fk.db"))) {
            StoreException e = assertThrows(StoreException.class, () -> db.write(c -> Sql.update(c, """
                    INSERT INTO action_record (action_id, unit_id, status, note, updated_at)
                    VALUES (999, NULL, 'SCHEDULED', '', '2026-11-24T02:00:00Z')""")));
            assertEquals(StoreException.Reason.CONSTRAINT, e.reason());
            assertEquals(0L, number(db, "SELECT count(*) FROM action_record"));
        }
    }
}
