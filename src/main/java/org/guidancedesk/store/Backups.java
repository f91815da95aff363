package org.guidancedesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Verified copies of one database file in the data folder's {@code backups/}: SQLite's
 * {@code VACUUM INTO} an owner-only temporary {@link PartFile}, forced to disk,
 * {@code quick_check}ed, then put in place under a new name, so a backup that exists is whole
 * and sound. Kept: the ten made last, and the last made on each of the last thirty days; a
 * backup is never overwritten. Names carry a serial number as well as the time, so "made last"
 * holds when the clock stands still or goes back.
 */
public final class Backups {
    public static final int KEEP_LATEST = 10;
    public static final int KEEP_DAILY_DAYS = 30;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    private static final String SUFFIX = ".db";
    /** The name the backups' parts are made beside (never a backup itself). */
    private static final String PART_STEM = "backup";
    /** Newest made first; before serial numbers existed (serial 0) by the time in the name. */
    private static final Comparator<Backup> MADE_LAST_FIRST = Comparator.comparingLong(Backup::serial)
            .thenComparing(Backup::at).thenComparing(b -> b.file().getFileName().toString()).reversed();

    /** Why a backup was made. */
    public enum Reason { DAILY, MIGRATION, IMPORT, MANUAL, BEFORE_RESTORE }

    /**
     * One backup file: when it was made by the clock and why, its size in bytes, and its serial
     * number in the folder (higher is made later; 0 for backups named before serials).
     */
    public record Backup(Path file, LocalDateTime at, Reason reason, long size, long serial) {}

    /** What a copy is for, so a failure to write it names the right thing. */
    enum Into {
        BACKUP(StoreException.Reason.BACKUP_DISK_FULL, StoreException.Reason.BACKUP_FOLDER_READ_ONLY,
                StoreException.Reason.BACKUP_FAILED),
        DATABASE(StoreException.Reason.DISK_FULL, StoreException.Reason.FOLDER_READ_ONLY, StoreException.Reason.IO);

        private final StoreException.Reason full;
        private final StoreException.Reason readOnly;
        private final StoreException.Reason other;

        Into(StoreException.Reason full, StoreException.Reason readOnly, StoreException.Reason other) {
            this.full = full;
            this.readOnly = readOnly;
            this.other = other;
        }

        StoreException failure(Path named, Exception cause) {
            return new StoreException(other, named, cause, String.valueOf(cause.getMessage()));
        }

        /** A failed {@code VACUUM INTO}: a damaged or busy source is the source's fault, the rest the target's. */
        StoreException vacuumFailure(Path source, Path named, SQLException e) {
            StoreException read = Database.damagedOrOther(source, e);
            return switch (read.reason()) {
                case DAMAGED, BUSY -> read;
                case DISK_FULL -> new StoreException(full, named, e, String.valueOf(e.getMessage()));
                case READ_ONLY, FOLDER_READ_ONLY -> new StoreException(readOnly, named, e, String.valueOf(e.getMessage()));
                default -> failure(named, e);
            };
        }

        StoreException ioFailure(Path named, IOException e) {
            if (e instanceof AccessDeniedException) {
                return new StoreException(readOnly, named, e, String.valueOf(e.getMessage()));
            }
            return failure(named, e);
        }
    }

    private final Path folder;
    private final Clock clock;

    private Backups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * The backups of one database file: a folder per file under {@code root}, named after the
     * file and a hash of its real path (links resolved), so two files called alike never share
     * backups and a file reached through a link keeps the backups it has.
     */
    public static Backups of(Path root, Path database, Clock clock) {
        Path file = DatabasePath.resolve(database);
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

    /**
     * Makes a verified backup of the file (which may be open elsewhere in this program) and
     * rotates; parts left by a backup that was killed are removed first.
     */
    public Backup create(Path database, Reason reason) {
        try {
            FilePermissions.createPrivateFolder(folder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.BACKUP_FAILED, folder, e, String.valueOf(e.getMessage()));
        }
        PartFile.removeStale(folder, "");
        LocalDateTime at = LocalDateTime.now(clock);
        Backup made;
        try (PartFile part = PartFile.beside(folder.resolve(PART_STEM))) {
            copyInto(database, part.path(), folder, Into.BACKUP);
            made = publish(part.path(), at, reason);
        } catch (IOException e) {
            throw Into.BACKUP.ioFailure(folder, e);
        }
        forceFolder(folder);
        rotate();
        return made;
    }

    /** Puts the part in place under the next serial; a name taken meanwhile by another program takes the next. */
    private Backup publish(Path part, LocalDateTime at, Reason reason) throws IOException {
        while (true) {
            long serial = list().stream().mapToLong(Backup::serial).max().orElse(0) + 1;
            Path target = folder.resolve(at.format(STAMP) + "-" + reason.name().toLowerCase(Locale.ROOT) + "-" + serial + SUFFIX);
            try {
                placeNew(part, target);
                return new Backup(target, at, reason, size(target), serial);
            } catch (FileAlreadyExistsException e) {
                // Made at the same moment by another program: this one takes the next serial.
            }
        }
    }

    /** Today by the backups' clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether a backup was made on the given day (the first open of a day makes one). */
    public boolean hasOneFrom(LocalDate day) {
        return list().stream().anyMatch(b -> b.at().toLocalDate().equals(day));
    }

    /** Every backup, the one made last first; unfinished temporary files are not backups and are left out. */
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
        found.sort(MADE_LAST_FIRST);
        return found;
    }

    private static Optional<Backup> parse(Path f) {
        String name = f.getFileName().toString();
        String[] parts = name.substring(0, name.length() - SUFFIX.length()).split("-");
        if (parts.length != 4 && parts.length != 5) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(parts[0] + "-" + parts[1] + "-" + parts[2], STAMP);
            Reason reason = Reason.valueOf(parts[3].toUpperCase(Locale.ROOT));
            long serial = parts.length == 5 ? Long.parseLong(parts[4]) : 0;
            if (serial < 0) {
                return Optional.empty();
            }
            return Optional.of(new Backup(f, at, reason, size(f), serial));
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

    /**
     * Keeps the {@value #KEEP_LATEST} made last and the last made on each of the last
     * {@value #KEEP_DAILY_DAYS} days by the clock (days after today, from a clock that went
     * back, are kept too): the order of making decides, never the time in a name alone.
     */
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
     * Copies a database into {@code target} (which must not exist) through an owner-only part
     * beside it: a failure leaves no target, a damaged source is refused, and a failure to
     * write names the target, not the database.
     */
    public static void copyVerified(Path source, Path target) {
        Path named = target.toAbsolutePath().normalize();
        Path folder = named.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(StoreException.Reason.BACKUP_FOLDER_MISSING, named, null);
        }
        PartFile.removeStale(folder, "." + named.getFileName() + ".");
        try (PartFile part = PartFile.beside(named)) {
            copyInto(source, part.path(), named, Into.BACKUP);
            placeNew(part.path(), named);
        } catch (IOException e) {
            throw Into.BACKUP.ioFailure(named, e);
        }
        forceFolder(folder);
    }

    /**
     * A verified copy of {@code source} in the (empty, owner-only) part: {@code VACUUM INTO} on
     * a read-only connection (it sees every committed change, WAL included), forced to disk,
     * then checked. Failures to write are reported on {@code named}, as {@code into} says.
     */
    static void copyInto(Path source, Path part, Path named, Into into) throws IOException {
        Connection c = Database.connect(source, true);
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, part.toString());
            ps.execute();
        } catch (SQLException e) {
            throw into.vacuumFailure(source, named, e);
        } finally {
            Database.closeQuietly(c);
        }
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Database.checkHealthy(part);
        } catch (StoreException e) {
            throw into.failure(named, e);
        }
    }

    /**
     * Gives the part the target's name without ever replacing a file: a hard link fails if the
     * name is taken (the part itself is deleted when it closes); where links are not supported,
     * a plain move that refuses an existing target.
     */
    private static void placeNew(Path part, Path target) throws IOException {
        try {
            Files.createLink(target, part);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.move(part, target);
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
