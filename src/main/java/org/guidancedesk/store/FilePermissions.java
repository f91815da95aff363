package org.guidancedesk.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Owner-only permissions on POSIX systems (folder 0700, files 0600); a no-op elsewhere. */
public final class FilePermissions {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private FilePermissions() {}

    /** Creates the folder (and parents) if missing, owner-only. */
    public static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            restrictFolder(folder);
            return;
        }
        if (POSIX) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            restrictFolder(folder);
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates an empty owner-only file, so SQLite (and its -wal, -shm) inherit the mode. */
    static void createPrivateFile(Path file) throws IOException {
        Files.createFile(file, privateFile());
    }

    /** Owner-only from the moment of creation (no window in which others could open it). */
    static FileAttribute<?>[] privateFile() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Narrows an existing file to owner-only; files we do not own are left as they are. */
    static void restrictFile(Path file) {
        if (POSIX && Files.isRegularFile(file)) {
            try {
                Files.setPosixFilePermissions(file, FILE);
            } catch (IOException | SecurityException e) {
                // Not our file to change (e.g. another owner): leave it, the data is still usable.
            }
        }
    }

    private static void restrictFolder(Path folder) {
        if (POSIX) {
            try {
                Files.setPosixFilePermissions(folder, FOLDER);
            } catch (IOException | SecurityException e) {
                // A shared folder we do not own: keep using it as it is.
            }
        }
    }
}
