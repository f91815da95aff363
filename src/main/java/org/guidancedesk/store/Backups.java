package org.guidancedesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Verified copies of one database file in the data folder's {@code backups/}: SQLite's
 * {@code VACUUM INTO} a temporary file, forced to disk, {@code quick_check}ed, then renamed into
 * place, so a backup that exists is whole and sound. Kept: the newest ten, and the newest of
 * each of the last thirty days; a backup is never overwritten.
 */
public final class Backups {
    public static final int KEEP_LATEST = 10;
    public static final int KEEP_DAILY_DAYS = 30;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    private static final String SUFFIX = ".db";

    /** Why a backup was made. */
    public enum Reason { DAILY, MIGRATION, IMPORT, MANUAL, BEFORE_RESTORE }

    /** One backup file: when it was made and why, and its size in bytes. */
    public record Backup(Path file, LocalDateTime at, Reason reason, long size) {}

    private final Path folder;
    private final Clock clock;

    private Backups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * The backups of one database file: a folder per file under {@code root}, named after the
     * file and a hash of its full path, so two files called alike never share backups.
     */
    public static Backups of(Path root, Path database, Clock clock) {
        Path file = database.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        String stem = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        return new Backups(root.resolve(stem + "-" + pathHash(file)), clock);
    }

    private static String pathHash(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(file.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Makes a verified backup of the file (which may be open elsewhere in this program) and rotates. */
    public Backup create(Path database, Reason reason) {
        try {
            FilePermissions.createPrivateFolder(folder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.BACKUP_FAILED, folder, e, String.valueOf(e.getMessage()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = folder.resolve(now.format(STAMP) + "-" + reason.name().toLowerCase(Locale.ROOT) + SUFFIX);
        while (Files.exists(target)) {
            now = now.plusNanos(1_000_000);
            target = folder.resolve(now.format(STAMP) + "-" + reason.name().toLowerCase(Locale.ROOT) + SUFFIX);
        }
        copyVerified(database, target);
        rotate();
        return new Backup(target, now, reason, size(target));
    }

    /** Today by the backups' clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether a backup was made on the given day (the first open of a day makes one). */
    public boolean hasOneFrom(LocalDate day) {
        return list().stream().anyMatch(b -> b.at().toLocalDate().equals(day));
    }

    /** Every backup, newest first; unfinished temporary files are not backups and are left out. */
    public List<Backup> list() {
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path f : files) {
                parse(f).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, folder, e, String.valueOf(e.getMessage()));
        }
        found.sort(Comparator.comparing(Backup::at).reversed());
        return found;
    }

    private static Optional<Backup> parse(Path f) {
        String name = f.getFileName().toString();
        String[] parts = name.substring(0, name.length() - SUFFIX.length()).split("-");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(parts[0] + "-" + parts[1] + "-" + parts[2], STAMP);
            Reason reason = Reason.valueOf(parts[3].toUpperCase(Locale.ROOT));
            return Optional.of(new Backup(f, at, reason, size(f)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Keeps the newest {@value #KEEP_LATEST} and the newest of each of the last {@value #KEEP_DAILY_DAYS} days. */
    void rotate() {
        List<Backup> all = list();
        Set<Path> keep = new HashSet<>();
        Set<LocalDate> daysSeen = new HashSet<>();
        LocalDate oldestDay = LocalDate.now(clock).minusDays(KEEP_DAILY_DAYS - 1L);
        for (int i = 0; i < all.size(); i++) {
            Backup b = all.get(i);
            LocalDate day = b.at().toLocalDate();
            if (i < KEEP_LATEST || (!day.isBefore(oldestDay) && daysSeen.add(day))) {
                keep.add(b.file());
            }
            daysSeen.add(day);
        }
        for (Backup b : all) {
            if (!keep.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                } catch (IOException e) {
                    // An old backup that cannot be removed now is removed at the next rotation.
                }
            }
        }
    }

    /**
     * Copies a database into {@code target} through a temporary file: {@code VACUUM INTO} on a
     * read-only connection (it sees every committed change, WAL included), forced to disk,
     * checked, then renamed; a failure leaves no target and a damaged source is refused.
     */
    public static void copyVerified(Path source, Path target) {
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
        try {
            Connection c = Database.connect(source, true);
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, temp.toString());
                ps.execute();
            } catch (SQLException e) {
                throw Database.damagedOrOther(source, e);
            } finally {
                Database.closeQuietly(c);
            }
            FilePermissions.restrictFile(temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Database.checkHealthy(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            forceFolder(target.getParent());
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.BACKUP_FAILED, target, e, String.valueOf(e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A leftover .part file is never taken for a backup.
            }
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder. */
    static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; NTFS journals the rename itself.
        }
    }
}
