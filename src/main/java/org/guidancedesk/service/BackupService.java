package org.guidancedesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.BackupFile;
import org.guidancedesk.domain.FileSummary;
import org.guidancedesk.store.Backups;
import org.guidancedesk.store.Restore;

/**
 * The database file's backups in the data folder, as the window offers them: made on demand,
 * listed with what they hold, restored in place of the file (which must not be open), and the
 * newest one that is sound when the file itself is damaged.
 */
public final class BackupService {
    private final Path root;
    private final Clock clock;

    /** @param root the data folder's {@code backups} folder */
    public BackupService(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    private Backups of(Path database) {
        return Backups.of(root, database, clock);
    }

    /** A verified backup now; the file may be open. */
    public BackupFile create(Path database) {
        return info(of(database).create(database, Backups.Reason.MANUAL));
    }

    /** The folder where the file's own backups are kept (it may not exist before the first one). */
    public Path folderOf(Path database) {
        return of(database).folder();
    }

    /**
     * A verified copy of the (possibly open) file in a folder the user chose, a USB stick say,
     * named after the file and the time ("工作台-20261202-0931.db"); an existing file is never
     * replaced (a second copy in the same minute is "-2"). Returns the copy.
     */
    public Path copyTo(Path database, Path folder) {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String suffix = dot > 0 ? name.substring(dot) : ".db";
        String stamp = java.time.LocalDateTime.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        Path target = folder.resolve(stem + "-" + stamp + suffix);
        for (int n = 2; java.nio.file.Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(stem + "-" + stamp + "-" + n + suffix);
        }
        return copyAs(database, target);
    }

    /** A verified copy of the (possibly open) file at exactly {@code target}, which must not exist. */
    public Path copyAs(Path database, Path target) {
        Backups.copyVerified(database, target);
        return target;
    }

    /** The file's backups, newest first. */
    public List<BackupFile> list(Path database) {
        return of(database).list().stream().map(BackupService::info).toList();
    }

    /** What a backup (or any database file) holds; refused if it is damaged. */
    public FileSummary summarize(Path file) {
        return Restore.summarize(file);
    }

    /** The newest backup that is sound, with what it holds, or empty. */
    public Optional<Sound> newestSound(Path database) {
        for (BackupFile b : list(database)) {
            try {
                return Optional.of(new Sound(b, Restore.summarize(b.file())));
            } catch (RuntimeException e) {
                // A backup damaged after it was made is passed over for an older one.
            }
        }
        return Optional.empty();
    }

    /** A backup checked sound, and what it holds. */
    public record Sound(BackupFile backup, FileSummary summary) {}

    /**
     * Puts the backup in place of the (closed) file: a sound file is backed up first, a damaged
     * one set aside beside itself. Returns the files set aside.
     */
    public List<Path> restore(Path database, Path backup) {
        return Restore.restore(database, backup, of(database), clock);
    }

    private static BackupFile info(Backups.Backup b) {
        return new BackupFile(b.file(), b.at(), b.reason().name(), b.size());
    }
}
