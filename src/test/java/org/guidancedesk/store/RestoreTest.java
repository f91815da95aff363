package org.guidancedesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restoring on real files, looked at after each of its steps as a kill there would leave the
 * folder: the file always holds its old content (with the commits only its -wal held) or the
 * backup's; and refusals name the file at fault.
 */
class RestoreTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private final BackupsTest.MovableClock clock = new BackupsTest.MovableClock();

    private Path demo(String name) throws IOException {
        Path file = Files.createDirectories(dir.resolve("work")).resolve(name);
        DemoCopies.copy(file, TODAY, clock);
        return file;
    }

    private Backups backups(Path file) {
        return Backups.of(dir.resolve("backups"), file, clock);
    }

    /**
     * Adds ledger items whose commits stay in the -wal: a reader holds the file while the
     * writer closes, so the writer is not the last and does not checkpoint; the reader cannot.
     */
    private void commitIntoTheWal(Path file, String prefix, int count) throws SQLException {
        Connection reader = Database.connect(file, true);
        try {
            Sql.count(reader, "SELECT count(*) FROM unit");
            try (Workspace ws = Workspace.open(file, clock)) {
                long unit = ws.units().units().get(0).id();
                for (int i = 0; i < count; i++) {
                    ws.ledger().add(Rectification.builder(Ledger.RECTIFY, unit, TODAY).problem(prefix + i)
                            .due(TODAY.plusDays(30)).build());
                }
            }
        } finally {
            Database.closeQuietly(reader);
        }
    }

    private static long walSize(Path file) throws IOException {
        Path wal = Path.of(file + "-wal");
        return Files.exists(wal) ? Files.size(wal) : 0;
    }

    /** The ledger's problems in id order: what "the same content" means here. */
    static List<String> content(Path file) {
        Connection c = Database.connect(file, false);
        try (Statement st = c.createStatement()) {
            try (var rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1), file.toString());
            }
            List<String> problems = new ArrayList<>();
            try (var rs = st.executeQuery("SELECT problem FROM rectification ORDER BY id")) {
                while (rs.next()) {
                    problems.add(rs.getString(1));
                }
            }
            return problems;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            Database.closeQuietly(c);
        }
    }

    /** Copies the file with its -wal (and -shm) into a folder of its own: the state a kill now would leave. */
    private Path snapshot(Path file, String name) {
        try {
            Path into = Files.createDirectories(dir.resolve("snapshots").resolve(name));
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path part = Path.of(file + suffix);
                if (Files.exists(part)) {
                    Files.copy(part, into.resolve(file.getFileName() + suffix));
                }
            }
            return into.resolve(file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void killedAtAnyStepTheFileHoldsTheOldContentWithItsWalOrTheNew() throws Exception {
        Path file = demo("guidance-desk.db");
        Path backup = dir.resolve("backup.db");
        Backups.copyVerified(file, backup);
        List<String> restored = content(backup);
        commitIntoTheWal(file, "only-in-the-wal-", 5);
        assertTrue(walSize(file) > 0, "the test needs commits held only by the -wal");
        List<String> old = content(snapshot(file, "before"));
        assertTrue(old.contains("only-in-the-wal-4") && !old.equals(restored));

        Map<Restore.Step, Path> at = new LinkedHashMap<>();
        Restore.restore(file, backup, backups(file), clock, step -> at.put(step, snapshot(file, step.name())));

        assertEquals(List.of(Restore.Step.values()), List.copyOf(at.keySet()), "every step was looked at");
        for (Map.Entry<Restore.Step, Path> e : at.entrySet()) {
            List<String> seen = content(e.getValue());
            List<String> expected = e.getKey() == Restore.Step.REPLACED ? restored : old;
            assertEquals(expected, seen, "a kill after " + e.getKey());
        }
        assertEquals(restored, content(file));
        Backups.Backup kept = backups(file).list().get(0);
        assertEquals(Backups.Reason.BEFORE_RESTORE, kept.reason());
        assertEquals(old, content(kept.file()), "the replaced state, wal commits included, is in the backup");
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().contains(".part")).toList());
        }
    }

    @Test
    void aDamagedFileIsKeptWithItsWalAndTheFileNameIsNeverEmpty() throws Exception {
        Path file = demo("guidance-desk.db");
        Path backup = dir.resolve("backup.db");
        Backups.copyVerified(file, backup);
        commitIntoTheWal(file, "wal-", 3);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(0);
            raf.write(new byte[100]);
        }
        byte[] damaged = Files.readAllBytes(file);
        byte[] wal = Files.readAllBytes(Path.of(file + "-wal"));
        Path journal = Files.write(Path.of(file + "-journal"), new byte[] {1, 2, 3}); // as another program might leave one

        List<Boolean> present = new ArrayList<>();
        List<Path> aside = Restore.restore(file, backup, backups(file), clock, step -> present.add(Files.exists(file)));

        assertEquals(List.of(true, true, true), present, "the file's name always holds a file");
        assertEquals(content(backup), content(file));
        assertArrayEquals(damaged, Files.readAllBytes(aside.get(0)), "the damaged file is kept as it was");
        assertEquals(aside.get(0) + "-wal", aside.get(1).toString());
        assertArrayEquals(wal, Files.readAllBytes(aside.get(1)), "and its -wal, commits and all");
        assertEquals(Path.of(aside.get(0) + "-journal"), aside.get(aside.size() - 1));
        assertFalse(Files.exists(journal), "no old journal meets the restored file");
    }

    @Test
    void aReaderKeepingTheWalBusyStopsTheRestoreBeforeAnythingChanges() throws Exception {
        Path file = demo("guidance-desk.db");
        Path backup = dir.resolve("backup.db");
        Backups.copyVerified(file, backup);
        commitIntoTheWal(file, "wal-", 3);
        Connection reader = Database.connect(file, true);
        try {
            reader.setAutoCommit(false);
            Sql.count(reader, "SELECT count(*) FROM rectification"); // an open read transaction
            byte[] before = Files.readAllBytes(file);
            long walBefore = walSize(file);
            StoreException e = assertThrows(StoreException.class, () -> Restore.restore(file, backup, backups(file), clock));
            assertEquals(StoreException.Reason.BUSY, e.reason());
            assertEquals(file, e.args()[0]);
            assertTrue(walSize(file) >= walBefore && walBefore > 0, "the -wal is still there");
            assertTrue(Files.size(file) >= before.length);
        } finally {
            reader.rollback();
            Database.closeQuietly(reader);
        }
        assertTrue(content(file).contains("wal-2"), "nothing committed was lost");
    }

    @Test
    void aMissingEmptyOrDamagedBackupIsRefusedByItsOwnName() throws Exception {
        Path file = demo("guidance-desk.db");
        byte[] before = Files.readAllBytes(file);
        Path missing = dir.resolve("no-such-backup.db");
        StoreException e = assertThrows(StoreException.class, () -> Restore.restore(file, missing, backups(file), clock));
        assertEquals(StoreException.Reason.BACKUP_MISSING, e.reason());
        assertEquals(missing, e.args()[0]);

        Path empty = Files.createFile(dir.resolve("empty.db"));
        e = assertThrows(StoreException.class, () -> Restore.restore(file, empty, backups(file), clock));
        assertEquals(StoreException.Reason.BACKUP_DAMAGED, e.reason());
        assertEquals(empty, e.args()[0]);

        Path torn = dir.resolve("torn.db");
        Files.write(torn, Arrays.copyOf(before, 3000));
        e = assertThrows(StoreException.class, () -> Restore.restore(file, torn, backups(file), clock));
        assertEquals(StoreException.Reason.BACKUP_DAMAGED, e.reason());
        assertEquals(torn, e.args()[0]);

        assertArrayEquals(before, Files.readAllBytes(file), "the database was not touched");
        assertFalse(Files.exists(backups(file).folder()), "nor backed up for nothing");
    }

    @Test
    void aBackupIntoAMissingFolderNamesTheFolderNotTheDatabase() throws Exception {
        Path file = demo("guidance-desk.db");
        Path out = dir.resolve("missing").resolve("dir").resolve("b.db");
        StoreException e = assertThrows(StoreException.class, () -> Backups.copyVerified(file, out));
        assertEquals(StoreException.Reason.BACKUP_FOLDER_MISSING, e.reason());
        assertEquals(out, e.args()[0]);
        String text = org.guidancedesk.i18n.I18n.forLanguage("en").tr(e.reason().messageKey(), e.args());
        assertTrue(text.contains(out.toString()) && !text.contains(file.toString()), text);
    }
}
