package org.guidancedesk.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports appear whole, private, and a failure names the file asked for. */
class WholeFileTest {
    @TempDir
    Path dir;

    @Test
    void theFileIsOwnerOnlyFromTheStartAndReplacesAnOlderOne() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = Files.writeString(dir.resolve("周报.pdf"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-rw-"));

        WholeFile.write(target, new byte[] {1, 2, 3});

        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void aMissingFolderIsReportedForTheTargetNotTheTemporaryFile() {
        Path target = dir.resolve("missing").resolve("台账.xlsx");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> WholeFile.write(target, new byte[1]));

        assertEquals(target.toString(), e.getFile());
        assertFalse(String.valueOf(e.getMessage()).contains(".part"), e.getMessage());
        assertTrue(Files.notExists(target.getParent()));
    }
}
