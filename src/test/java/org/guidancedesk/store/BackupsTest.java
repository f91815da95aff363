package org.guidancedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.guidancedesk.domain.FileSummary;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verified backups on real files: when they are made, what they hold, rotation, and restoring damaged files. */
class BackupsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now = TODAY.atTime(9, 0).atZone(ZONE).toInstant();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();

    private Path demo() {
        Path file = dir.resolve("work").resolve("guidance-desk.db");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DemoCopies.copy(file, TODAY, clock);
        return file;
    }

    private Backups backups(Path file) {
        return Backups.of(dir.resolve("backups"), file, clock);
    }

    private void openWithBackups(Path file) {
        Workspace.open(file, clock, dir.resolve("backups")).close();
    }

    @Test
    void theFirstOpenOfEachDayMakesOneVerifiedBackupHoldingTheFile() {
        Path file = demo();
        FileSummary before = Restore.summarize(file);
        openWithBackups(file);
        clock.advance(Duration.ofHours(3));
        openWithBackups(file);
        List<Backups.Backup> list = backups(file).list();
        assertEquals(1, list.size(), "one a day");
        assertEquals(Backups.Reason.DAILY, list.get(0).reason());
        assertEquals(before, Restore.summarize(list.get(0).file()));
        assertTrue(before.ledgerItems() > 0 && before.actionRecords() > 0);

        clock.advance(Duration.ofDays(1));
        openWithBackups(file);
        assertEquals(2, backups(file).list().size());
    }

    @Test
    void anOlderFileIsBackedUpBeforeItIsMigrated() throws SQLException {
        Path file = demo();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            // Migration 14 made the phases rows: the catalogue goes back to naming its phase.
            st.execute("CREATE TABLE required_action__old (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                    + "phase TEXT NOT NULL, must_attend INTEGER NOT NULL DEFAULT 0, due_from TEXT, due_to TEXT, "
                    + "scope TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0)");
            st.execute("INSERT INTO required_action__old SELECT a.id, a.title, p.code, a.must_attend, a.due_from, "
                    + "a.due_to, a.scope, a.sort_order FROM required_action a JOIN phase p ON p.id = a.phase_id");
            st.execute("DROP TABLE work_occurrence"); // added by migration 16 (with required_action's owner and rule)
            st.execute("DROP TABLE action_unit_kind"); // added by migration 15
            st.execute("DROP TABLE required_action");
            st.execute("ALTER TABLE required_action__old RENAME TO required_action");
            st.execute("DROP TABLE phase");
            st.execute("ALTER TABLE sheet_archive DROP COLUMN report"); // added by migration 10
            for (String t : List.of("review_point", "review_round", "review", "review_kind", // added by migration 11
                    "dynamic_text", "dynamic_issue", // added by migration 10
                    "work_line", "work_place", "work_person", "work_entry_member", "work_entry_unit",
                    "work_entry", "unit_person", "internal_export", // added by migration 9
                    "change_row", "change_set", "change_control", "trash_emptied", "ledger_serial",
                    "rectification_dismissed", "rectification_progress", "rectification", "ledger_import",
                    "ledger_category", "ledger_filter")) {
                st.execute("DROP TABLE " + t);
            }
            st.execute("ALTER TABLE member DROP COLUMN phone"); // added by migration 8
            st.execute("PRAGMA user_version = 3");
            st.execute("PRAGMA application_id = 0"); // files of version 3 carry no application id yet
        }
        openWithBackups(file);
        List<Backups.Backup> list = backups(file).list();
        assertEquals(List.of(Backups.Reason.MIGRATION), list.stream().map(Backups.Backup::reason).toList());
        assertEquals(3, Restore.summarize(list.get(0).file()).schemaVersion(), "the backup is the file as it was");
        assertEquals(Database.latestSchemaVersion(), Restore.summarize(file).schemaVersion());
    }

    @Test
    void rotationKeepsTheNewestTenAndOneADayForThirtyDays() {
        Path file = demo();
        Backups backups = backups(file);
        for (int day = 0; day < 40; day++) {
            for (int i = 0; i < 3; i++) {
                backups.create(file, Backups.Reason.MANUAL);
                clock.advance(Duration.ofHours(1));
            }
            clock.advance(Duration.ofHours(21));
        }
        List<Backups.Backup> kept = backups.list();
        LocalDate last = kept.get(0).at().toLocalDate();
        long days = kept.stream().map(b -> b.at().toLocalDate()).distinct().count();
        assertEquals(30, days, "one for each of the last thirty days");
        assertTrue(kept.stream().allMatch(b -> !b.at().toLocalDate().isBefore(last.minusDays(29))));
        assertEquals(10 + 30 - 4, kept.size(), "ten newest (four days' worth) plus the newest of each other day");
    }

    private static List<Long> serials(List<Backups.Backup> backups) {
        return backups.stream().map(Backups.Backup::serial).toList();
    }

    @Test
    void aClockThatStandsStillNeverCostsTheNewestBackup() {
        Path file = demo();
        Backups backups = backups(file);
        List<Path> made = new java.util.ArrayList<>();
        for (int i = 0; i < KEEP_PLUS; i++) {
            made.add(backups.create(file, Backups.Reason.MANUAL).file());
        }
        List<Backups.Backup> kept = backups.list();
        List<Path> lastTen = new java.util.ArrayList<>(made.subList(KEEP_PLUS - Backups.KEEP_LATEST, KEEP_PLUS));
        java.util.Collections.reverse(lastTen);
        assertEquals(lastTen, kept.stream().map(Backups.Backup::file).toList(), "the ten made last, the last first");
    }

    private static final int KEEP_PLUS = Backups.KEEP_LATEST + 5;

    @Test
    void aClockThatGoesBackNeverCostsTheBackupsMadeLast() {
        Path file = demo();
        Backups backups = backups(file);
        clock.advance(Duration.ofHours(3));
        for (int i = 0; i < 12; i++) {
            backups.create(file, Backups.Reason.MANUAL);
            clock.advance(Duration.ofMinutes(1));
        }
        clock.advance(Duration.ofHours(-2)); // the clock is put back: later backups are named "earlier"
        List<Backups.Backup> afterStep = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            afterStep.add(backups.create(file, Backups.Reason.MANUAL));
            clock.advance(Duration.ofMinutes(1));
        }
        List<Backups.Backup> kept = backups.list();
        assertEquals(afterStep.get(2).file(), kept.get(0).file(), "the one made last is listed (and offered) first");
        assertEquals(List.of(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L), serials(kept), "the ten made last are kept");
        assertTrue(afterStep.stream().allMatch(b -> Files.exists(b.file())));

        // Back by days: each "past" day keeps the backup made last on it, and the ten made last stay.
        clock.advance(Duration.ofDays(-3));
        Backups.Backup threeDaysBack = backups.create(file, Backups.Reason.DAILY);
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(1));
            backups.create(file, Backups.Reason.MANUAL);
        }
        kept = backups.list();
        assertEquals(16L + 12, kept.get(0).serial());
        assertTrue(kept.stream().anyMatch(b -> b.serial() == 15), "the newest of the later day survives: " + serials(kept));
        assertFalse(Files.exists(threeDaysBack.file()), "not the last made on its day, not among the ten: rotated out");
        assertEquals(Backups.KEEP_LATEST + 1, kept.size(), serials(kept).toString());
    }

    @Test
    void backupsNamedBeforeSerialNumbersAreListedAfterTheNewOnes() throws IOException {
        Path file = demo();
        Backups backups = backups(file);
        Backups.Backup made = backups.create(file, Backups.Reason.MANUAL);
        Path legacy = backups.folder().resolve("20991231-235959-999-manual.db");
        Files.copy(made.file(), legacy);
        List<Backups.Backup> list = backups.list();
        assertEquals(List.of(made.file(), legacy), list.stream().map(Backups.Backup::file).toList());
        assertEquals(0, list.get(1).serial());
        assertEquals(2, backups.create(file, Backups.Reason.MANUAL).serial());
    }

    private static void overwrite(Path file, long from, int length) throws IOException {
        byte[] garbage = new byte[length];
        Arrays.fill(garbage, (byte) 0x55);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(from);
            raf.write(garbage);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"header", "page", "truncated"})
    void aDamagedFileIsRefusedSetAsideAndTheNewestBackupBringsTheDataBack(String damage) throws IOException {
        Path file = demo();
        FileSummary healthy = Restore.summarize(file);
        openWithBackups(file);
        Consumer<Path> harm = switch (damage) {
            case "header" -> f -> run(() -> overwrite(f, 0, 100));
            case "page" -> f -> run(() -> overwrite(f, 4096 * 2, 4096));
            default -> f -> run(() -> {
                try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                    raf.setLength(raf.length() / 2 / 4096 * 4096);
                }
            });
        };
        harm.accept(file);
        StoreException refused = assertThrows(StoreException.class, () -> openWithBackups(file));
        assertTrue(refused.reason() == StoreException.Reason.DAMAGED || refused.reason() == StoreException.Reason.NOT_OUR_FILE,
                refused.reason().toString());
        byte[] damaged = Files.readAllBytes(file);

        Backups.Backup newest = backups(file).list().get(0);
        List<Path> aside = Restore.restore(file, newest.file(), backups(file), clock);

        assertEquals(healthy, Restore.summarize(file));
        assertTrue(aside.get(0).getFileName().toString().startsWith("guidance-desk.db.damaged-"), aside.toString());
        assertTrue(Arrays.equals(damaged, Files.readAllBytes(aside.get(0))), "the damaged file is kept as it was");
        openWithBackups(file);
    }

    @Test
    void restoringOverASoundFileBacksItUpFirst() {
        Path file = demo();
        openWithBackups(file);
        Path daily = backups(file).list().get(0).file();
        try (Workspace ws = Workspace.open(file, clock)) {
            ws.ledger().remove(ws.ledger().items().stream().map(r -> r.id()).toList());
        }
        assertEquals(0, Restore.summarize(file).ledgerItems());
        clock.advance(Duration.ofMinutes(5));

        assertEquals(List.of(), Restore.restore(file, daily, backups(file), clock));

        assertTrue(Restore.summarize(file).ledgerItems() > 0);
        Backups.Backup before = backups(file).list().get(0);
        assertEquals(Backups.Reason.BEFORE_RESTORE, before.reason());
        assertEquals(0, Restore.summarize(before.file()).ledgerItems(), "the state it replaced is kept");
    }

    @Test
    void aDamagedBackupIsNeitherMadeNorRestored() throws IOException {
        Path file = demo();
        Path copy = dir.resolve("copy.db");
        Backups.copyVerified(file, copy);
        overwrite(copy, 4096, 4096);
        Path target = dir.resolve("work").resolve("other.db");
        assertThrows(StoreException.class, () -> Restore.restore(target, copy, backups(target), clock));
        assertFalse(Files.exists(target));
        assertThrows(StoreException.class, () -> Backups.copyVerified(copy, dir.resolve("copy2.db")));
        assertFalse(Files.exists(dir.resolve("copy2.db")));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary left");
        }
    }

    @Test
    void aSecondOpenOfTheSameFileIsRefusedUntilTheFirstCloses() {
        Path file = demo();
        try (Database first = Database.open(file)) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertEquals(StoreException.Reason.LOCKED, e.reason());
        }
        Database.open(file).close();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void run(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
