package org.guidancedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one name a database file is used under. SQLite names its {@code -wal} and {@code -shm}
 * after the path it was given and our lock sits beside the file, so the same file reached
 * under two names would have two journals and two locks: two writers, and commits lost. A
 * symbolic link (of the file or of any folder above it) is therefore resolved to the real
 * file, and a file with more than one hard link (one file, several names that nothing can
 * tell apart) is refused.
 */
public final class DatabasePath {
    private DatabasePath() {}

    /**
     * The real path of the file: links resolved, for a missing file those of its folder. A
     * missing folder is left as given (opening refuses it further on).
     */
    public static Path resolve(Path path) {
        Path file = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(file)) {
                return file.toRealPath();
            }
            Path folder = file.getParent();
            if (folder != null && Files.isDirectory(folder)) {
                return folder.toRealPath().resolve(file.getFileName());
            }
        } catch (IOException e) {
            // Unreadable on the way: the open that follows names the problem.
        }
        return file;
    }

    /** Refuses a file that has other names (hard links); see the class comment. */
    public static void refuseOtherNames(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return; // not a file at all: refused as such further on
        }
        int names = linkCount(file);
        if (names > 1) {
            throw new StoreException(StoreException.Reason.HARD_LINKED, file, null, names);
        }
    }

    /** How many names (hard links) the file has; 1 where the platform cannot tell. */
    static int linkCount(Path file) {
        try {
            Object count = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return count instanceof Integer n ? n : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return 1;
        }
    }
}
