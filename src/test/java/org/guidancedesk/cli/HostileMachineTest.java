package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program in a fresh JVM on a hostile machine: SQLite's native library cannot be
 * extracted where it is told to (a noexec mount, a full disk, a file in the way), or the umask
 * is 000. A child process, because the library loads once per JVM and the umask is the
 * process's.
 */
class HostileMachineTest {
    @TempDir
    Path dir;

    private Path db;

    /** A standing-in file where a folder should be: nothing can be extracted "into" it. */
    private Path blocked;

    private record Result(int code, String out, List<String> err) {}

    @BeforeEach
    void demoFile() throws Exception {
        // Written here, not by a child's demo command: the demo is only the starting file.
        db = DemoCopies.asDemoCommand(dir.resolve("demo.db"), java.time.LocalDate.of(2026, 11, 24));
        blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
    }

    private Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dguidancedesk.data=" + dir.resolve("data"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.guidancedesk.Main");
        command.addAll(List.of(args));
        return start(new ProcessBuilder(command));
    }

    private static Result start(ProcessBuilder builder) throws IOException, InterruptedException {
        Process p = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child did not end (did a window open?)");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                // The test class path has slf4j-api without a provider (the jar has neither): its notice is not ours.
                .filter(l -> !l.isBlank() && !l.startsWith("SLF4J(")).toList();
        return new Result(p.exitValue(), out, err);
    }

    @Test
    void theWindowStartsAndShowsTheChecklistInAFreshProcess() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/ui-state.properties"), "section=CHECKLIST\n");
        // Headless, as the window tests run; the probe quits after the first frame with the matrix.
        Result r = run(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dguidancedesk.startupProbe=true"), "--db", db.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("file opened") && r.out().contains("startup-ms: "), r.out());
    }

    @Test
    void aFailureBeforeTheDataFolderIsUsedIsStillOneLineWithNoStackTrace() throws Exception {
        Result r = run(List.of(), "check", "--db", dir.resolve("missing.db").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().size(), String.join("\n", r.err()));
        assertTrue(r.err().get(0).contains("missing.db"), r.err().get(0));
    }

    @Test
    void whenTheChosenFolderCannotHoldTheLibraryTheJvmTemporaryFolderIsUsedQuietly() throws Exception {
        Result r = run(List.of("-Dorg.sqlite.tmpdir=" + blocked), "check", "--db", db.toString());

        assertEquals(0, r.code(), r.err().toString());
        assertEquals(List.of(), r.err());
        assertTrue(r.out().startsWith("完好："), r.out());
    }

    @Test
    void aDataFolderThatCannotBeMadeDoesNotStopAReader() throws Exception {
        Result r = run(List.of("-Dguidancedesk.data=" + blocked.resolve("data")), "check", "--db", db.toString());

        assertEquals(0, r.code(), r.err().toString());
        assertEquals(List.of(), r.err());
    }

    @Test
    void whenNoFolderWorksEveryCommandAndTheWindowSayOneLineAndExitOne() throws Exception {
        List<String> nowhere = List.of("-Dorg.sqlite.tmpdir=" + blocked, "-Djava.io.tmpdir=" + blocked);

        Result check = run(nowhere, "check", "--db", db.toString(), "--lang", "en");
        Result agenda = run(nowhere, "agenda", "--db", db.toString());
        Result window = run(nowhere, "--db", db.toString());

        for (Result r : List.of(check, agenda, window)) {
            assertEquals(1, r.code(), r.err().toString());
            assertEquals(1, r.err().size(), r.err().toString());
            assertTrue(r.err().get(0).contains(blocked.toString()), r.err().get(0));
        }
        assertTrue(check.err().get(0).startsWith("cannot start: SQLite's native library could not be loaded"),
                check.err().get(0));
        assertTrue(agenda.err().get(0).startsWith("无法启动：无法加载 SQLite 的本机库"), agenda.err().get(0));
    }

    @Test
    void exportsArePrivateEvenUnderUmask000() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        Path csv = dir.resolve("台账.csv");
        Path pdf = dir.resolve("周报.pdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String base = "umask 000 && exec \"$0\" -Dguidancedesk.data=\"$1\" -cp \"$2\" org.guidancedesk.Main ";
        for (String[] args : List.of(new String[] {"export rectifications --db \"$3\" --out \"$4\"", csv.toString()},
                new String[] {"report weekly --today 2026-11-24 --db \"$3\" --out \"$4\"", pdf.toString()})) {
            Result r = start(new ProcessBuilder("/bin/sh", "-c", base + args[0], java, dir.resolve("data").toString(),
                    System.getProperty("java.class.path"), db.toString(), args[1]));
            assertEquals(0, r.code(), r.err().toString());
        }
        for (Path p : List.of(csv, pdf)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
        }
    }
}
