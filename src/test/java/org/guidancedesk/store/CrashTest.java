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
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill the writer, check the file: a child JVM writes through the program's store in a loop
 * and prints each acknowledged commit; it is killed with SIGKILL at a random moment (during
 * start-up, the daily backup, or a write). After every kill the file must pass
 * {@code integrity_check}, open again, and hold every acknowledged commit.
 *
 * <p>Kills: {@code -Dcrash.kills=N} (default 30). A longer run:
 * {@code mvn -B test -Dtest=CrashTest -Dcrash.kills=300}.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommitSurvivesAKillAndTheFileStaysSound() throws Exception {
        int kills = Integer.getInteger("crash.kills", 30);
        Path db = dir.resolve("crash.db");
        Path backups = dir.resolve("backups");
        try (Workspace ws = Workspace.open(db, Clock.systemDefaultZone())) {
            DemoData.write(ws, LocalDate.now());
        }
        Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
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

    @Test
    void aSecondProgramOnTheSameFileIsRefusedAndAKilledOneLeavesNoStaleLock() throws Exception {
        Path db = dir.resolve("locked.db");
        try (Workspace ws = Workspace.open(db, Clock.systemDefaultZone())) {
            DemoData.write(ws, LocalDate.now());
        }
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
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.equals("open")) {
                    synchronized (acks) {
                        acks.add(Integer.parseInt(line.strip()));
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
