package org.guidancedesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import org.guidancedesk.store.FilePermissions;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library kept in the data folder between starts, under the driver's version
 * and the platform ({@code native/3.54.1.0/Linux/x86_64/libsqlitejdbc.so}). The driver's own
 * way extracts it at every start into a file of a new name, checks it by MD5 and deletes it at
 * exit: a tenth of a second of every start. A kept copy is used only when it is, byte for byte,
 * the one in the jar (a damaged, truncated or replaced copy is written again); it is written
 * beside its place and moved in whole, so a start that is stopped halfway leaves no half file.
 */
final class KeptSqliteLibrary {
    private KeptSqliteLibrary() {}

    /**
     * The folder holding the library the jar carries, written there if missing or different;
     * empty when the jar carries none for this platform or it cannot be written.
     */
    static Optional<Path> ensure(Path nativeFolder) {
        String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
        String name = LibraryLoaderUtil.getNativeLibName();
        byte[] carried;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resourceFolder + "/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            carried = in.readAllBytes();
        } catch (IOException e) {
            return Optional.empty();
        }
        Path folder = nativeFolder.resolve(SQLiteJDBCLoader.getVersion()).resolve(resourceFolder.substring(resourceFolder
                .indexOf("/native/") + "/native/".length()));
        Path kept = folder.resolve(name);
        try {
            if (Files.isRegularFile(kept) && Files.size(kept) == carried.length
                    && Arrays.equals(Files.readAllBytes(kept), carried)) {
                return Optional.of(folder);
            }
            FilePermissions.createPrivateFolder(folder);
            Path part = Files.createTempFile(folder, name, ".part");
            try {
                Files.write(part, carried);
                try {
                    Files.move(part, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, kept, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
            return Optional.of(folder);
        } catch (IOException | RuntimeException e) {
            // Not writable, full, or in use (Windows keeps a loaded DLL): the driver extracts its own copy.
            return Optional.empty();
        }
    }
}
