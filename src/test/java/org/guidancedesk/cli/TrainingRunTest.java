package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run the packaged program's AOT cache is made from: it must do real work (a
 * cache trained on a failing command would hold the error path) and end by itself without a
 * display, leaving nothing behind.
 */
class TrainingRunTest {
    @TempDir
    Path dir;

    private final Map<String, String> saved = new java.util.HashMap<>();

    @BeforeEach
    void keepProperties() {
        for (String key : List.of("guidancedesk.data", "org.sqlite.tmpdir")) {
            saved.put(key, System.getProperty(key));
        }
    }

    @AfterEach
    void restoreProperties() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    void theCommandsWriteEveryFileAUserAsksFor() throws Exception {
        Path db = TrainingRun.commands(dir);

        assertTrue(Files.size(db) > 0);
        assertStartsWith("%PDF-", dir.resolve("sheet.pdf"));
        assertStartsWith("%PDF-", dir.resolve("ledger.pdf"));
        assertStartsWith("PK", dir.resolve("dynamic.docx"));
        assertStartsWith("PK", dir.resolve("ledger.xlsx"));
        assertTrue(Files.readString(dir.resolve("checklist.csv"), StandardCharsets.UTF_8).contains("规定动作"),
                "the matrix's header row");
        // The data folder the commands used is the training's own, not the user's.
        assertTrue(Files.isDirectory(dir.resolve("data/logs")));
    }

    @Test
    void everySectionIsReadFromTheDemo() throws Exception {
        Path db = TrainingRun.commands(dir);

        Map<String, Object> read = TrainingRun.readSections(db);

        assertEquals(22, read.size());
        for (String filled : List.of("members", "units", "actions", "deadlines", "milestones", "worklog", "coverage",
                "roster", "reviewKinds", "reviews")) {
            assertFalse(((Collection<?>) read.get(filled)).isEmpty(), filled + " came back empty: the demo has some");
        }
    }

    @Test
    void theWholeTrainingEndsByItselfWithoutADisplayAndLeavesNothingBehind() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), TrainingRun.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().remove("DISPLAY"); // Monocle, on the test class path, stands in for one
        Process p = builder.start();
        p.getOutputStream().close();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the training did not end");
        }
        String out = Files.readString(dir.resolve("out.txt"));

        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("file opened") && out.contains("startup-ms: "), "the window reached its first screen: " + out);
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith("guidance-desk-training")).toList());
        }
    }

    private static void assertStartsWith(String magic, Path file) throws IOException {
        byte[] head = new byte[magic.length()];
        try (var in = Files.newInputStream(file)) {
            assertEquals(magic.length(), in.read(head));
        }
        assertEquals(magic, new String(head, StandardCharsets.ISO_8859_1), file.toString());
    }
}
