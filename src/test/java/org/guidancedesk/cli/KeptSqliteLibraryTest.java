package org.guidancedesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library kept in the data folder: written once, used again only when it is the jar's own. */
class KeptSqliteLibraryTest {
    @TempDir
    Path dir;

    private static byte[] carried() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    private Path kept() {
        return KeptSqliteLibrary.ensure(dir).orElseThrow().resolve(LibraryLoaderUtil.getNativeLibName());
    }

    @Test
    void theFirstStartWritesTheJarsLibraryUnderItsVersionAndTheNextOneUsesItAsItIs() throws IOException {
        Path lib = kept();
        assertTrue(lib.startsWith(dir.resolve(SQLiteJDBCLoader.getVersion())), lib.toString());
        assertArrayEquals(carried(), Files.readAllBytes(lib));
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(lib, written);

        assertEquals(lib, kept());
        assertEquals(written, Files.getLastModifiedTime(lib), "not written again");
        try (Stream<Path> files = Files.list(lib.getParent())) {
            assertEquals(1, files.count(), "no part file left beside it");
        }
    }

    @Test
    void aDamagedOrTruncatedCopyIsWrittenAgain() throws IOException {
        Path lib = kept();
        byte[] damaged = carried();
        damaged[damaged.length / 2] ^= 1;
        Files.write(lib, damaged);
        assertArrayEquals(carried(), Files.readAllBytes(kept()));

        Files.write(lib, new byte[] {0x7f, 'E', 'L', 'F'});
        assertArrayEquals(carried(), Files.readAllBytes(kept()));
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesItToTheDriver() throws IOException {
        Path blocked = dir.resolve("file-in-the-way");
        Files.writeString(blocked, "not a folder");
        assertTrue(KeptSqliteLibrary.ensure(blocked).isEmpty());
    }
}
