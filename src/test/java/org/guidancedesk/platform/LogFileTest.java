package org.guidancedesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log goes to the data folder's logs/, owner-only, a few megabytes at most. */
class LogFileTest {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @TempDir
    Path dir;

    @Test
    void recordsGoToAnOwnerOnlyFileThatRotatesWithinAFewMegabytes() throws Exception {
        Path log = LogFile.install(dir).orElseThrow();
        assertEquals(LogFile.of(dir), log);
        System.Logger logger = System.getLogger("org.guidancedesk.test");
        logger.log(System.Logger.Level.ERROR, "something unexpected", new IllegalStateException("the cause"));
        String text = Files.readString(log);
        assertTrue(text.contains("something unexpected") && text.contains("IllegalStateException: the cause")
                && text.contains("LogFileTest"), text);
        if (POSIX) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent())));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
        }
        String line = "x".repeat(1000);
        for (int i = 0; i < 5000; i++) {
            logger.log(System.Logger.Level.INFO, line);
        }
        try (Stream<Path> files = Files.list(log.getParent())) {
            long total = files.filter(f -> f.getFileName().toString().endsWith(".log")).mapToLong(f -> f.toFile().length()).sum();
            assertTrue(total <= 3L * 1024 * 1024 + 4096, "at most three files of 1 MB: " + total);
        }
    }
}
