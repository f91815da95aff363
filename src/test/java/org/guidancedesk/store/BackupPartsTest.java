package org.guidancedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup's temporary parts: private from the first byte, and cleaned only when no live copy owns them. */
class BackupPartsTest {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @TempDir
    Path dir;

    private final BackupsTest.MovableClock clock = new BackupsTest.MovableClock();

    private Path demo() throws IOException {
        Path file = Files.createDirectories(dir.resolve("work")).resolve("guidance-desk.db");
        DemoCopies.copy(file, LocalDate.of(2026, 11, 24), clock);
        return file;
    }

    private Backups backups(Path file) {
        return Backups.of(dir.resolve("backups"), file, clock);
    }

    private static List<String> partsIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".part")).sorted().toList();
        }
    }

    @Test
    void aPartIsOwnerOnlyWhileTheCopyIsBeingWritten() throws Exception {
        Assumptions.assumeTrue(POSIX, "POSIX permissions");
        Path file = demo();
        // Some bulk, so the copy takes long enough to be watched.
        try (Connection c = Database.connect(file, false); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE filler (x BLOB)");
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
                    + "INSERT INTO filler SELECT randomblob(500) FROM n");
        }
        Path out = Files.createDirectories(dir.resolve("shared")).resolve("copy.db");
        Set<String> modes = ConcurrentHashMap.newKeySet();
        AtomicBoolean copying = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (copying.get()) {
                try (var files = Files.list(out.getParent())) {
                    files.filter(p -> p.getFileName().toString().contains(".part")).forEach(p -> {
                        try {
                            modes.add(p.getFileName().toString().replaceAll("[0-9a-f]{16}", "*") + " "
                                    + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                        } catch (IOException gone) {
                            // Renamed or deleted between the listing and the look.
                        }
                    });
                } catch (IOException ignored) {
                    // Try again.
                }
            }
        });
        watcher.start();
        try {
            Backups.copyVerified(file, out);
        } finally {
            copying.set(false);
            watcher.join();
        }
        assertTrue(modes.stream().anyMatch(m -> m.startsWith(".copy.db.*.part ")), "the copy was seen while written: " + modes);
        assertTrue(modes.stream().allMatch(m -> m.endsWith(" rw-------")), modes.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals(List.of(), partsIn(out.getParent()));
    }

    @Test
    void aPartExistsOwnerOnlyBeforeAnythingIsWrittenIntoIt() throws IOException {
        Assumptions.assumeTrue(POSIX, "POSIX permissions");
        try (PartFile part = PartFile.beside(dir.resolve("b.db"))) {
            assertEquals(0, Files.size(part.path()));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(part.path())));
        }
        assertEquals(List.of(), partsIn(dir));
    }

    /** What a backup killed mid-copy leaves: a part, its journal and its (no longer locked) lock file. */
    private static void leaveKilledPart(Path folder, String stem, String random) throws IOException {
        Path part = folder.resolve("." + stem + "." + random + ".part");
        Files.write(part, new byte[64 * 1024]);
        Files.write(Path.of(part + "-journal"), new byte[512]);
        Files.createFile(Path.of(part + ".lock"));
    }

    @Test
    void partsLeftByKilledBackupsGoAtTheNextBackupAndLivePartsStay() throws Exception {
        Path file = demo();
        Backups backups = backups(file);
        backups.create(file, Backups.Reason.MANUAL);
        Path folder = backups.folder();
        leaveKilledPart(folder, "backup", "00000000000000aa");
        leaveKilledPart(folder, "backup", "00000000000000bb");
        Files.write(folder.resolve(".backup.00000000000000cc.part"), new byte[10]); // from before lock files
        try (PartFile live = PartFile.beside(folder.resolve("backup"))) {
            Process other = holdPartInAnotherProgram(folder);
            try {
                String othersPart = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8)).readLine();
                assertTrue(othersPart != null && Files.exists(Path.of(othersPart)), "the other program holds a part");

                backups.create(file, Backups.Reason.MANUAL);

                String mine = live.path().getFileName().toString();
                String theirs = Path.of(othersPart).getFileName().toString();
                assertEquals(List.of(mine, mine + ".lock", theirs, theirs + ".lock").stream().sorted().toList(), partsIn(folder),
                        "the killed ones are gone, the live ones (this program's and another's) stay");
            } finally {
                other.destroyForcibly();
                assertTrue(other.waitFor(10, TimeUnit.SECONDS));
            }
        }
        backups.create(file, Backups.Reason.MANUAL);
        assertEquals(List.of(), partsIn(folder), "a killed program's part goes at the next backup");
    }

    private Process holdPartInAnotherProgram(Path folder) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), PartHolder.class.getName(), folder.resolve("backup").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void twoBackupsOfTheSameFileAtOnceBothSucceedUnderTheirOwnNames() throws Exception {
        Path file = demo();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Backups.Backup>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    List<Backups.Backup> made = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        made.add(backups(file).create(file, Backups.Reason.MANUAL));
                    }
                    return made;
                }));
            }
            Set<Path> names = new java.util.HashSet<>();
            for (Future<List<Backups.Backup>> run : runs) {
                for (Backups.Backup b : run.get(60, TimeUnit.SECONDS)) {
                    assertTrue(names.add(b.file()), "a name used twice: " + b.file());
                    assertEquals(Restore.summarize(file), Restore.summarize(b.file()));
                }
            }
            assertEquals(8, backups(file).list().size());
            assertEquals(List.of(), partsIn(backups(file).folder()));
            assertFalse(Files.exists(backups(file).folder().resolve("backup")));
        } finally {
            pool.shutdownNow();
        }
    }
}
