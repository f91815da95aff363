package org.guidancedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill the writer, check the file: a child JVM writes through the program's store in a loop
 * and prints each acknowledged commit; it is killed with SIGKILL at a random moment (during
 * start-up, the daily backup, or a write). After every kill the file must pass
 * {@code integrity_check}, open again, and hold every acknowledged commit.
 *
 * <p>Restores and backups are killed too: a restore at each of its steps in turn or at a random
 * moment, after a killed writer left commits in the -wal, must leave exactly the old content
 * (those commits included) or exactly the backup's; a writer making a backup after every commit,
 * killed mostly mid-backup, must lose no acknowledged commit, and its parts must be gone after
 * the next backup.
 *
 * <p>Kills: {@code -Dcrash.kills=N} (default 30) for the writer; the restores and the backups get
 * {@code N/3} kills each unless {@code -Dcrash.restoreKills} / {@code -Dcrash.backupKills} say
 * otherwise. A longer run: {@code mvn -B test -Dtest=CrashTest -Dcrash.kills=300}.
 *
 * <p>Each test prints its random seed first, and a failure's message ends with the command that
 * replays it ({@code -Dcrash.seed=N}: the same kill moments; the child's own pace still varies
 * from run to run).
 */
class CrashTest {
    @TempDir
    Path dir;

    /** This test's seed, once drawn. */
    private Long seed;

    /** A failure names the seed that replays its kill moments, in the message the run ends with. */
    @RegisterExtension
    final TestExecutionExceptionHandler namesTheSeed = (context, thrown) -> {
        if (seed == null) {
            throw thrown;
        }
        AssertionError named = new AssertionError(thrown.getMessage() + " (replay: "
                + replay(context.getRequiredTestMethod().getName()) + ")", thrown);
        named.setStackTrace(thrown.getStackTrace()); // the report points at the failed line, not here
        throw named;
    };

    /** The command that runs this test again with the same seed and kill counts. */
    private String replay(String method) {
        StringBuilder command = new StringBuilder("mvn -B test -Dtest='CrashTest#" + method + "' -Dcrash.seed=" + seed);
        for (String property : List.of("crash.kills", "crash.restoreKills", "crash.backupKills")) {
            if (System.getProperty(property) != null) {
                command.append(" -D").append(property).append('=').append(System.getProperty(property));
            }
        }
        return command.toString();
    }

    @Test
    void everyAcknowledgedCommitSurvivesAKillAndTheFileStaysSound() throws Exception {
        int kills = Integer.getInteger("crash.kills", 30);
        Path db = dir.resolve("crash.db");
        Path backups = dir.resolve("backups");
        DemoCopies.asDemoCommand(db, LocalDate.now());
        Random random = seeded("writer");
        Set<Integer> acknowledged = new HashSet<>();
        int next = 0;
        int killedWhileWriting = 0;
        long started = System.nanoTime();
        for (int round = 0; round < kills; round++) {
            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", dir.toString()),
                    CrashWriter.class.getName(), db.toString(), backups.toString(), Integer.toString(next))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<Integer> acks = new ArrayList<>();
            Thread reader = new Thread(() -> read(child, acks));
            reader.start();
            // Mostly while writing; now and then during start-up or the first open.
            Thread.sleep(round % 5 == 0 ? random.nextInt(600) : 700 + random.nextInt(500));
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no flush
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child died");
            reader.join(5_000);
            synchronized (acks) {
                acknowledged.addAll(acks);
                if (!acks.isEmpty()) {
                    killedWhileWriting++;
                    next = acks.get(acks.size() - 1) + 1;
                }
            }
            Set<Integer> present = checkFile(db);
            Set<Integer> lost = new HashSet<>(acknowledged);
            lost.removeAll(present);
            assertEquals(Set.of(), lost, "acknowledged commits lost after kill " + (round + 1));
            next = Math.max(next, present.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1);
        }
        System.out.printf("crash test: %d kills (%d while writing), %d acknowledged commits, 0 lost, %.1f s%n",
                kills, killedWhileWriting, acknowledged.size(), (System.nanoTime() - started) / 1e9);
        assertTrue(acknowledged.size() > kills, "the writer got to write: " + acknowledged.size());
    }

    /**
     * The random kill moments: from {@code -Dcrash.seed} to replay a failed run, else a new seed.
     * Printed first, so a failure's output names the seed that replays its kill schedule.
     */
    private Random seeded(String test) {
        seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.printf("crash test (%s): seed %d, replay with -Dcrash.seed=%d%n", test, seed, seed);
        return new Random(seed);
    }

    private static int kills(String property) {
        return Integer.getInteger(property, Math.max(1, Integer.getInteger("crash.kills", 30) / 3));
    }

    private Process child(Class<?> main, String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", dir.toString()), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until the child has said {@code line} (or died, or the time ran out). */
    private static boolean awaitLine(List<Integer> lock, List<String> said, String line, long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < until) {
            synchronized (lock) {
                if (said.contains(line)) {
                    return true;
                }
            }
            Thread.sleep(2);
        }
        return false;
    }

    private record Killed(List<Integer> acks, List<String> said) {
        String last() {
            return said.isEmpty() ? "" : said.get(said.size() - 1);
        }
    }

    /** Starts the child, waits for {@code line}, lets it run {@code millis} more, then SIGKILLs it. */
    private Killed killAfter(Process child, String line, long millis) throws InterruptedException {
        List<Integer> acks = new ArrayList<>();
        List<String> said = new ArrayList<>();
        Thread reader = new Thread(() -> read(child, acks, said));
        reader.start();
        awaitLine(acks, said, line, 20_000);
        Thread.sleep(millis);
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child died");
        reader.join(5_000);
        synchronized (acks) {
            return new Killed(List.copyOf(acks), List.copyOf(said));
        }
    }

    private static long walSize(Path db) throws java.io.IOException {
        Path wal = Path.of(db + "-wal");
        return java.nio.file.Files.exists(wal) ? java.nio.file.Files.size(wal) : 0;
    }

    /** The content as a kill left it, read from a copy so the live file's -wal is left as it is. */
    private Path copyAsLeft(Path db, int round) throws java.io.IOException {
        Path into = java.nio.file.Files.createDirectories(dir.resolve("as-left-" + round));
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path part = Path.of(db + suffix);
            if (java.nio.file.Files.exists(part)) {
                java.nio.file.Files.copy(part, into.resolve(db.getFileName() + suffix));
            }
        }
        return into.resolve(db.getFileName());
    }

    private static List<String> parts(Path folder) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = java.nio.file.Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".part")).toList();
        }
    }

    @Test
    void aKilledRestoreLeavesExactlyTheOldContentWithItsWalOrExactlyTheBackup() throws Exception {
        int kills = kills("crash.restoreKills");
        Path db = dir.resolve("work").resolve("crash.db");
        java.nio.file.Files.createDirectories(db.getParent());
        Path backups = dir.resolve("backups");
        DemoCopies.asDemoCommand(db, LocalDate.now());
        Path backup = dir.resolve("the-backup.db");
        Backups.copyVerified(db, backup);
        List<String> restored = RestoreTest.content(backup);
        Random random = seeded("restore");
        Restore.Step[] steps = Restore.Step.values();
        int next = 0;
        int hotWal = 0;
        int keptOld = 0;
        long started = System.nanoTime();
        for (int round = 0; round < kills; round++) {
            // A writer killed mid-write: its last commits are only in the -wal.
            Killed writer = killAfter(child(CrashWriter.class, db.toString(), backups.toString(), Integer.toString(next)),
                    "open", 50 + random.nextInt(200));
            if (!writer.acks().isEmpty()) {
                next = writer.acks().get(writer.acks().size() - 1) + 1;
            }
            if (walSize(db) > 0) {
                hotWal++;
            }
            List<String> old = RestoreTest.content(copyAsLeft(db, round));
            assertTrue(writer.acks().stream().allMatch(n -> old.contains("crash-" + n)), "the writer's acknowledged commits");

            // Then a restore killed at one of its steps, or at a random moment.
            boolean atStep = round % 2 == 0;
            Restore.Step step = steps[(round / 2) % steps.length];
            Process restorer = child(CrashRestorer.class, db.toString(), backups.toString(), backup.toString(),
                    atStep ? step.name() : "-");
            Killed restore = atStep ? killAfter(restorer, "stopped", 0) : killAfter(restorer, "restoring", random.nextInt(250));
            if (atStep) {
                assertEquals(step.name(), restore.said().get(restore.said().size() - 2), restore.said().toString());
            }

            List<String> after = RestoreTest.content(db);
            String where = "after a kill " + (atStep ? "at " + step : "at random, last said " + restore.last()) + ", round " + (round + 1);
            assertTrue(after.equals(old) || after.equals(restored), where + ": neither the old content nor the backup's");
            if (atStep) {
                assertEquals(step == Restore.Step.REPLACED ? restored : old, after, where);
            }
            if (after.equals(old)) {
                keptOld++;
            }
            Database.open(db).close();
        }
        // The next restore and the next backup leave no part of the killed ones behind.
        Restore.restore(db, backup, Backups.of(backups, db, Clock.systemDefaultZone()), Clock.systemDefaultZone());
        assertEquals(List.of(), parts(db.getParent()), "parts beside the database after the next restore");
        Backups made = Backups.of(backups, db, Clock.systemDefaultZone());
        made.create(db, Backups.Reason.MANUAL);
        assertEquals(List.of(), parts(made.folder()), "parts in the backups after the next backup");
        System.out.printf("crash test (restore): %d kills, %d with commits only in the -wal, %d left the old content, %.1f s%n",
                kills, hotWal, keptOld, (System.nanoTime() - started) / 1e9);
        assertTrue(hotWal > 0, "the -wal held commits before some restore");
    }

    @Test
    void aKilledBackupLosesNoCommitAndItsPartsGoAtTheNextBackup() throws Exception {
        int kills = kills("crash.backupKills");
        Path db = dir.resolve("crash.db");
        Path backupsRoot = dir.resolve("backups");
        DemoCopies.asDemoCommand(db, LocalDate.now());
        Backups backups = Backups.of(backupsRoot, db, Clock.systemDefaultZone());
        Random random = seeded("backup");
        Set<Integer> acknowledged = new HashSet<>();
        int next = 0;
        int inBackup = 0;
        int partsLeft = 0;
        long started = System.nanoTime();
        for (int round = 0; round < kills; round++) {
            Killed writer = killAfter(child(CrashWriter.class, db.toString(), backupsRoot.toString(), Integer.toString(next), "backup"),
                    "open", 100 + random.nextInt(400));
            acknowledged.addAll(writer.acks());
            if (writer.last().equals("backup")) {
                inBackup++;
            }
            Set<Integer> present = checkFile(db);
            Set<Integer> lost = new HashSet<>(acknowledged);
            lost.removeAll(present);
            assertEquals(Set.of(), lost, "acknowledged commits lost after kill " + (round + 1));
            next = Math.max(next, present.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1);

            partsLeft += parts(backups.folder()).size();
            backups.create(db, Backups.Reason.MANUAL);
            assertEquals(List.of(), parts(backups.folder()), "parts survived the next backup, round " + (round + 1));
            for (Backups.Backup b : backups.list()) {
                Database.checkHealthy(b.file());
            }
        }
        System.out.printf("crash test (backup): %d kills (%d mid-backup), %d part files left and cleaned, %d commits, 0 lost, %.1f s%n",
                kills, inBackup, partsLeft, acknowledged.size(), (System.nanoTime() - started) / 1e9);
        assertTrue(inBackup > 0, "some kill landed in a backup");
    }

    @Test
    void aSecondProgramOnTheSameFileIsRefusedAndAKilledOneLeavesNoStaleLock() throws Exception {
        Path db = dir.resolve("locked.db");
        DemoCopies.asDemoCommand(db, LocalDate.now());
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), db.toString(), dir.resolve("backups").toString(), "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("open", in.readLine());
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> Database.open(db));
            assertEquals(StoreException.Reason.LOCKED, e.reason());
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        Database.open(db).close();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void read(Process child, List<Integer> acks) {
        read(child, acks, new ArrayList<>());
    }

    /** Collects the acknowledged numbers, and every line said (the last one tells where the kill landed). */
    private static void read(Process child, List<Integer> acks, List<String> said) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (acks) {
                    said.add(line);
                    if (line.chars().allMatch(Character::isDigit) && !line.isEmpty()) {
                        acks.add(Integer.parseInt(line));
                    }
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // The pipe breaks when the child is killed mid-line; what was read counts.
        }
    }

    /** integrity_check on the file as the kill left it, then the program's own open; the numbers written. */
    private static Set<Integer> checkFile(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
        Set<Integer> present = new HashSet<>();
        try (Database database = Database.open(db)) {
            database.read(c -> Sql.query(c, "SELECT problem FROM rectification WHERE problem LIKE 'crash-%'",
                    rs -> present.add(Integer.parseInt(rs.getString(1).substring(6)))));
        }
        return present;
    }
}
