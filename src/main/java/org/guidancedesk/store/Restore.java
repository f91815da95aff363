package org.guidancedesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import org.guidancedesk.domain.FileSummary;

/**
 * Putting a backup in place of a database file, and setting a damaged file aside. Nothing is
 * ever repaired in place or overwritten without a copy, and no step deletes a {@code -wal} that
 * may hold commits: the backup's verified copy is made first beside the file; a sound current
 * file is backed up, then its WAL checkpointed into it (so the file alone holds every commit);
 * a damaged one is kept beside itself with its -wal and -shm; then the copy is renamed over the
 * file in one step. Killed at any moment, the file holds its old content (with its WAL) or the
 * backup's. The file must not be open.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /** The steps of a restore, in order, for a test that kills it at each one. */
    enum Step { COPIED, OLD_KEPT, WAL_EMPTIED, REPLACED }

    /** Told of each step as it is done (a test's way to stop there); a restore's own use ignores it. */
    interface Steps {
        void done(Step step);
    }

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
     * Replaces the database with the backup: the backup is checked first (a missing, empty or
     * damaged one is refused by its own name); a sound current file is backed up (reason
     * {@code BEFORE_RESTORE}), a damaged one set aside; then the copy is renamed into place.
     * Returns the files set aside (empty when the current file was sound).
     */
    public static List<Path> restore(Path database, Path backup, Backups backups, Clock clock) {
        return restore(database, backup, backups, clock, step -> { });
    }

    static List<Path> restore(Path database, Path backup, Backups backups, Clock clock, Steps steps) {
        Path file = DatabasePath.resolve(database);
        DatabasePath.refuseOtherNames(file);
        checkBackup(backup);
        try (InstanceLock lock = InstanceLock.acquire(file)) {
            PartFile.removeStale(file.getParent(), "." + file.getFileName() + ".");
            try (PartFile part = PartFile.beside(file)) {
                Backups.copyInto(backup, part.path(), file, Backups.Into.DATABASE);
                steps.done(Step.COPIED);
                List<Path> setAside = new ArrayList<>();
                if (Files.exists(file)) {
                    if (sound(file)) {
                        backups.create(file, Backups.Reason.BEFORE_RESTORE);
                        steps.done(Step.OLD_KEPT);
                        emptyWal(file);
                        steps.done(Step.WAL_EMPTIED);
                    } else {
                        setAside.addAll(keepAside(file, clock));
                        steps.done(Step.OLD_KEPT);
                    }
                }
                moveReplacing(part.path(), file);
                steps.done(Step.REPLACED);
                FilePermissions.restrictFile(file);
                Backups.forceFolder(file.getParent());
                return setAside;
            }
        } catch (IOException e) {
            throw Backups.Into.DATABASE.ioFailure(file, e);
        }
    }

    /** A backup to restore must exist and be sound and ours; refusals name the backup, not the database. */
    private static void checkBackup(Path backup) {
        if (!Files.exists(backup)) {
            throw new StoreException(StoreException.Reason.BACKUP_MISSING, backup, null);
        }
        int version;
        try {
            version = Database.checkHealthy(backup);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.DAMAGED) {
                throw new StoreException(StoreException.Reason.BACKUP_DAMAGED, backup, e, e.args().length > 1 ? e.args()[1] : "");
            }
            throw e;
        }
        // Every backup holds at least the schema: an empty file would restore nothing over the data.
        if (version == 0) {
            throw new StoreException(StoreException.Reason.BACKUP_DAMAGED, backup, null, "empty");
        }
    }

    /** Sound and holding something: an emptied file is kept aside like a damaged one, not backed up as if it were data. */
    private static boolean sound(Path file) {
        try {
            return Database.checkHealthy(file) != FileCheck.EMPTY;
        } catch (StoreException e) {
            return false;
        }
    }

    /**
     * Brings every commit in a sound file's {@code -wal} into the file itself, so the rename
     * that follows loses nothing and no stale WAL meets the restored file. Refused (nothing
     * changed, nothing deleted) while another program keeps the WAL from being emptied.
     */
    private static void emptyWal(Path file) throws IOException {
        Path wal = Path.of(file + "-wal");
        if (!hasContent(wal)) {
            return;
        }
        Connection c = Database.connect(file, false);
        try {
            int busy = Sql.queryOne(c, "PRAGMA wal_checkpoint(TRUNCATE)", rs -> rs.getInt(1)).orElse(1);
            if (busy != 0) {
                throw new StoreException(StoreException.Reason.BUSY, file, null);
            }
        } catch (SQLException e) {
            throw Database.translate(file, e);
        } finally {
            Database.closeQuietly(c);
        }
        if (hasContent(wal)) {
            throw new StoreException(StoreException.Reason.BUSY, file, null);
        }
    }

    private static boolean hasContent(Path wal) throws IOException {
        try {
            return Files.size(wal) > 0;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Keeps a damaged file (and its -wal, -shm or -journal) as {@code <name>.damaged-<stamp>} beside it,
     * for whoever wants to rescue something from it; the file itself is hard-linked (copied
     * where links are not supported), so its name is never empty until the restored copy
     * takes it. Returns the new names.
     */
    private static List<Path> keepAside(Path file, Clock clock) throws IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        List<Path> kept = new ArrayList<>();
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + "-" + n);
        }
        try {
            Files.createLink(aside, file);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(file, aside, StandardCopyOption.COPY_ATTRIBUTES);
        }
        kept.add(aside);
        // A rollback journal too: another program may have written the file outside WAL mode.
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            Path journal = Path.of(file + suffix);
            if (Files.exists(journal)) {
                Path journalAside = Path.of(aside + suffix);
                moveReplacing(journal, journalAside);
                kept.add(journalAside);
            }
        }
        return kept;
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
