package org.guidancedesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.guidancedesk.domain.FileSummary;

/**
 * Putting a backup in place of a database file, and setting a damaged file aside. Nothing is
 * ever repaired in place or overwritten without a copy: a sound current file is backed up
 * first, a damaged one is renamed beside itself, then the backup's verified copy is renamed
 * over the file. The file must not be open.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private Restore() {}

    /** What the file holds, read without writing; a damaged or foreign file is refused. */
    public static FileSummary summarize(Path file) {
        int version = Database.checkHealthy(file);
        Connection c = Database.connect(file, true);
        try {
            if (version == 0) {
                return new FileSummary("", 0, 0, 0, 0, 0);
            }
            String group = Sql.queryOne(c, "SELECT name FROM group_info", rs -> rs.getString(1)).orElse("");
            int ledger = version >= 4 ? (int) Sql.count(c, "SELECT count(*) FROM rectification") : 0;
            int deadlines = version >= 3 ? (int) Sql.count(c, "SELECT count(*) FROM deadline") : 0;
            return new FileSummary(group, (int) Sql.count(c, "SELECT count(*) FROM unit"),
                    (int) Sql.count(c, "SELECT count(*) FROM action_record"), deadlines, ledger, version);
        } catch (SQLException e) {
            throw Database.damagedOrOther(file, e);
        } finally {
            Database.closeQuietly(c);
        }
    }

    /**
     * Replaces the database with the backup: the backup is checked first; a sound current file
     * is backed up (reason {@code BEFORE_RESTORE}), a damaged one set aside; then the copy is
     * renamed into place. Returns the files set aside (empty when the current file was sound).
     */
    public static List<Path> restore(Path database, Path backup, Backups backups, Clock clock) {
        Path file = database.toAbsolutePath().normalize();
        Database.checkHealthy(backup);
        try (InstanceLock lock = InstanceLock.acquire(file)) {
            List<Path> setAside = new ArrayList<>();
            if (Files.exists(file)) {
                boolean sound;
                try {
                    Database.checkHealthy(file);
                    sound = true;
                } catch (StoreException e) {
                    sound = false;
                }
                if (sound) {
                    backups.create(file, Backups.Reason.BEFORE_RESTORE);
                    removeJournals(file);
                } else {
                    setAside.addAll(setAside(file, clock));
                }
            }
            Path temp = file.resolveSibling("." + file.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".restore");
            try {
                Backups.copyVerified(backup, temp);
                moveReplacing(temp, file);
                FilePermissions.restrictFile(file);
                Backups.forceFolder(file.getParent());
            } finally {
                Files.deleteIfExists(temp);
            }
            return setAside;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, file, e, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Renames a damaged file (and its -wal and -shm) to {@code <name>.damaged-<stamp>} beside
     * it, so it is kept for whoever wants to rescue something from it, and never opened again
     * by mistake. Returns the new names.
     */
    public static List<Path> setAside(Path database, Clock clock) {
        Path file = database.toAbsolutePath().normalize();
        String stamp = LocalDateTime.now(clock).format(STAMP);
        List<Path> moved = new ArrayList<>();
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path part = Path.of(file + suffix);
                if (Files.exists(part)) {
                    Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + suffix);
                    moveReplacing(part, aside);
                    moved.add(aside);
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, file, e, String.valueOf(e.getMessage()));
        }
        return moved;
    }

    /** A closed, sound file's journals are empty or already in its backup: they must not meet the restored file. */
    private static void removeJournals(Path file) throws IOException {
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try (FileChannel ch = FileChannel.open(from, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
