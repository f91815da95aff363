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
import java.util.List;
import java.util.function.Supplier;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.testing.ReadOnlyPlace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which file is opened, and whether it is ours: one file under several names, another
 * program's SQLite file, our file emptied or damaged in ways {@code quick_check} does not see,
 * read-only places, and readers beside the writer (issue 10, items 1–5 and 8).
 */
class FileIdentityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(TODAY.atTime(10, 0), ZONE).toInstant(), ZONE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @TempDir
    Path dir;

    private Path demo(String name) {
        Path file = dir.resolve(name);
        DemoCopies.copy(file, TODAY, CLOCK);
        return file;
    }

    private static StoreException refused(StoreException.Reason expected, Supplier<AutoCloseable> open) {
        StoreException e = assertThrows(StoreException.class, () -> open.get().close());
        assertEquals(expected, e.reason(), e.getMessage());
        return e;
    }

    private static Path lockOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    // Item 1: the same file under two names.

    @Test
    void aSymbolicLinkToTheFileSharesItsLockAndItsJournal() throws IOException {
        Assumptions.assumeTrue(POSIX);
        Path file = demo("demo.db");
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), file);
        try (Database db = Database.open(file)) {
            refused(StoreException.Reason.LOCKED, () -> Database.open(link));
        }
        try (Database db = Database.open(link)) {
            assertEquals(file.toRealPath(), db.file(), "the real file is the one opened");
            refused(StoreException.Reason.LOCKED, () -> Database.open(file));
            db.write(c -> Sql.update(c, "UPDATE group_info SET name = '经链接修改'"));
            assertFalse(Files.exists(Path.of(link + "-wal")), "the journal is named after the real file");
            assertFalse(Files.exists(lockOf(link)), "the lock sits beside the real file");
        }
    }

    @Test
    void aSymbolicLinkToTheFolderSharesTheLock() throws IOException {
        Assumptions.assumeTrue(POSIX);
        Path real = Files.createDirectory(dir.resolve("real"));
        Path file = real.resolve("demo.db");
        DemoCopies.copy(file, TODAY, CLOCK);
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("linked"), real);
        try (Database db = Database.open(linkedFolder.resolve("demo.db"))) {
            refused(StoreException.Reason.LOCKED, () -> Database.open(file));
        }
    }

    @Test
    void aFileWithAnotherHardLinkIsRefusedUntouchedUnderEitherName() throws IOException {
        Assumptions.assumeTrue(POSIX);
        Path file = demo("demo.db");
        Path other = Files.createLink(dir.resolve("other.db"), file);
        byte[] before = Files.readAllBytes(file);
        for (Path name : List.of(file, other)) {
            StoreException e = refused(StoreException.Reason.HARD_LINKED, () -> Database.open(name));
            assertEquals(2, e.args()[1]);
            refused(StoreException.Reason.HARD_LINKED, () -> Database.openForReading(name, null));
            refused(StoreException.Reason.HARD_LINKED, () -> Database.openReadOnly(name));
            assertFalse(Files.exists(Path.of(name + "-wal")));
        }
        assertFalse(Files.exists(lockOf(other)), "nothing made beside it");
        assertArrayEquals(before, Files.readAllBytes(file));
        Files.delete(other);
        Database.open(file).close();
    }

    // Item 2: undo takes back only this session's writes.

    @Test
    void undoTakesBackOnlyThisSessionsOwnWrites() throws SQLException {
        Path file = demo("demo.db");
        try (Workspace ws = Workspace.open(file, CLOCK)) {
            Unit mine = ws.units().add(new Unit(0, "本窗口新增的单位", UnitKind.OTHER, "", "", 0));
            // Another program's write, recorded in the log as ours are, made after this session's.
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = other.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
                st.executeUpdate("INSERT INTO unit (name, kind, contact, phone, sort_order) VALUES ('别的程序的单位', 'OTHER', '', '', 99)");
                st.executeUpdate("INSERT INTO change_set (at, session) VALUES ('2026-11-24T02:00:00Z', 'another program')");
                st.executeUpdate("INSERT INTO change_row (set_id, tbl, row_key, op, old, new) SELECT max(s.id), 'unit', "
                        + "json_array(u.id), 'I', NULL, json_object('id', u.id, 'name', u.name) FROM change_set s, unit u "
                        + "WHERE u.name = '别的程序的单位'");
            }
            assertEquals("unit", ws.history().undoable().orElseThrow().table());
            ws.history().undo();
            List<String> names = ws.units().units().stream().map(Unit::name).toList();
            assertFalse(names.contains(mine.name()), "this session's write is undone");
            assertTrue(names.contains("别的程序的单位"), "another program's write is never undone here");
            assertTrue(ws.history().undoable().isEmpty(), "nothing else of this session's to undo");
        }
    }

    // Item 3: another program's SQLite file is never written.

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void anotherProgramsSqliteFileWithASmallVersionIsRefusedByteForByte(int version) throws Exception {
        Path file = dir.resolve("notes.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)");
            st.executeUpdate("INSERT INTO note (text) VALUES ('别的程序的数据')");
            st.executeUpdate("PRAGMA user_version = " + version);
        }
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        byte[] before = Files.readAllBytes(file);
        refused(StoreException.Reason.NOT_OUR_FILE, () -> Database.open(file));
        refused(StoreException.Reason.NOT_OUR_FILE, () -> Database.open(file, Backups.of(dir.resolve("b"), file, CLOCK)));
        refused(StoreException.Reason.NOT_OUR_FILE, () -> Database.openForReading(file, null));
        assertThrows(StoreException.class, () -> Database.checkHealthy(file));
        assertArrayEquals(before, Files.readAllBytes(file), "not a byte changed");
        if (POSIX) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "not chmod-ed");
        }
        assertFalse(Files.exists(Path.of(file + "-wal")));
        assertFalse(Files.exists(lockOf(file)));
    }

    @Test
    void aFileWithAnotherProgramsApplicationIdIsRefusedFromItsHeader() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE group_info (id INTEGER PRIMARY KEY)");
            st.executeUpdate("PRAGMA application_id = 305419896");
            st.executeUpdate("PRAGMA user_version = 3");
        }
        byte[] before = Files.readAllBytes(file);
        refused(StoreException.Reason.NOT_OUR_FILE, () -> Database.open(file));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(lockOf(file)));
    }

    @Test
    void ourFileCarriesOurApplicationIdAndItsBackupsToo() throws Exception {
        Path file = demo("demo.db");
        try (Database db = Database.open(file)) {
            assertEquals(Long.valueOf(Schema.APPLICATION_ID), db.<Long>read(c -> Sql.count(c, "PRAGMA application_id")));
        }
        Path copy = dir.resolve("copy.db");
        Backups.copyVerified(file, copy);
        try (RandomAccessFile raf = new RandomAccessFile(copy.toFile(), "r")) {
            raf.seek(68);
            assertEquals(Schema.APPLICATION_ID, raf.readInt(), "in the header, where the first check reads it");
        }
    }

    // Item 4: an empty file where ours used to be.

    @Test
    void aZeroByteFileThatHasBackupsIsDamagedNotNew() throws IOException {
        Path file = demo("demo.db");
        Backups backups = Backups.of(dir.resolve("backups"), file, CLOCK);
        backups.create(file, Backups.Reason.MANUAL);
        Files.write(file, new byte[0]);
        refused(StoreException.Reason.EMPTIED, () -> Database.open(file, backups));
        assertEquals(0, Files.size(file), "no schema written over it");
        assertEquals(1, backups.list().size(), "the backup is still there to restore");
    }

    @Test
    void anEmptySchemaFileThatHasBackupsIsDamagedNotNew() throws Exception {
        Path file = demo("demo.db");
        Backups backups = Backups.of(dir.resolve("backups"), file, CLOCK);
        backups.create(file, Backups.Reason.MANUAL);
        Files.delete(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE t (x)");
            st.executeUpdate("DROP TABLE t");
        }
        byte[] before = Files.readAllBytes(file);
        assertTrue(before.length > 0);
        refused(StoreException.Reason.EMPTIED, () -> Database.open(file, backups));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aZeroByteFileWithoutBackupsIsANewFile() throws IOException {
        Path file = Files.createFile(dir.resolve("new.db"));
        Backups none = Backups.of(dir.resolve("backups"), file, CLOCK);
        try (Database db = Database.open(file, none)) {
            assertEquals(Long.valueOf(Database.latestSchemaVersion()), db.<Long>read(c -> Sql.count(c, "PRAGMA user_version")));
        }
    }

    // Item 5: damage that quick_check does not see.

    @Test
    void aFlippedByteInsideARowIsDamageNotAnInternalError() throws IOException {
        Path file = demo("demo.db");
        flipFirst(file, "DOCUMENTS", 1, (byte) 0xC3);
        try (Workspace ws = Workspace.open(file, CLOCK)) {
            StoreException e = assertThrows(StoreException.class, () -> ws.groups().members());
            assertEquals(StoreException.Reason.DAMAGED, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("unreadable value"), e.getMessage());
        }
    }

    @Test
    void aLedgerStatusNoLongerOneOfOursIsDamage() throws Exception {
        Path file = demo("demo.db");
        // What a flipped byte in the value would leave: the row's CHECK is not looked at again.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = ON");
            st.executeUpdate("UPDATE rectification SET status = 'INXPROGRESS' WHERE status = 'IN_PROGRESS'");
        }
        try (Workspace ws = Workspace.open(file, CLOCK)) {
            StoreException e = assertThrows(StoreException.class, () -> ws.ledger().items());
            assertEquals(StoreException.Reason.DAMAGED, e.reason());
        }
    }

    @Test
    void aNegativeSchemaVersionIsDamage() throws Exception {
        Path file = demo("demo.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = -1");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = refused(StoreException.Reason.DAMAGED, () -> Database.open(file));
        assertEquals("schema version -1", e.args()[1]);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DROP TABLE deadline", "DROP TABLE change_control", "ALTER TABLE unit DROP COLUMN phone"})
    void aMissingTableOrColumnIsDamage(String damage) throws Exception {
        Path file = demo("demo.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate(damage);
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = refused(StoreException.Reason.DAMAGED, () -> Database.open(file));
        assertTrue(String.valueOf(e.args()[1]).startsWith("missing "), String.valueOf(e.args()[1]));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    /** Overwrites one byte of the first occurrence of {@code text} in the file, as a bad disk would. */
    private static void flipFirst(Path file, String text, int offset, byte value) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.seek(i + offset);
                    raf.write(value);
                }
                return;
            }
        }
        throw new AssertionError(text + " not found in " + file);
    }

    // Item 8: read-only places, and readers beside the writer.

    @Test
    void aSoundFileInAReadOnlyFolderOpensReadOnlyAndChecksSound() throws Exception {
        Path file = demo("demo.db");
        byte[] before = Files.readAllBytes(file);
        try (ReadOnlyPlace place = ReadOnlyPlace.of(dir.resolve("ro"), file)) {
            Path there = place.file("demo.db");
            assertEquals(Database.latestSchemaVersion(), Database.checkHealthy(there));
            try (Workspace ws = Workspace.open(there, CLOCK)) {
                assertTrue(ws.readOnly());
                assertTrue(ws.groups().group().isPresent());
                assertFalse(ws.ledger().items().isEmpty());
            }
            try (Workspace ws = Workspace.openForReading(there, CLOCK, dir.resolve("backups"))) {
                assertFalse(ws.units().units().isEmpty());
            }
            assertArrayEquals(before, Files.readAllBytes(there));
        }
    }

    @Test
    void aReaderReadsBesideTheWriterAndSeesItsCommits() {
        Path file = demo("demo.db");
        try (Workspace writer = Workspace.open(file, CLOCK, dir.resolve("backups"));
                Workspace reader = Workspace.openForReading(file, CLOCK, dir.resolve("backups"))) {
            int units = reader.units().units().size();
            writer.units().add(new Unit(0, "新加的单位", UnitKind.OTHER, "", "", 0));
            assertEquals(units + 1, reader.units().units().size(), "the reader sees the writer's commit");
            assertTrue(reader.readOnly());
            StoreException e = assertThrows(StoreException.class,
                    () -> reader.units().add(new Unit(0, "读者不能写", UnitKind.OTHER, "", "", 0)));
            assertEquals(StoreException.Reason.READ_ONLY, e.reason());
        }
    }

    @Test
    void aReaderOfAnEmptyFileIsToldItIsEmpty() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.db"));
        refused(StoreException.Reason.EMPTY, () -> Database.openForReading(file, null));
        assertEquals(0, Files.size(file));
    }
}
