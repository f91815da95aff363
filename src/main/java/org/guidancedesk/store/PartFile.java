package org.guidancedesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A temporary {@code .<name>.<random>.part} file beside the file it will become: created empty
 * and owner-only before anything is written into it (so a partial copy of the database is never
 * readable by others), and marked in use by an operating-system lock on its {@code .lock}
 * companion for as long as it is open. The lock, not the file's age, tells a live copy from one
 * a killed program left behind: {@link #removeStale} deletes only parts whose lock is free, so
 * two programs backing up the same file at once leave each other's parts alone, and the system
 * frees the lock of a killed one.
 *
 * <p>The companion is locked, not the part itself: SQLite opens and closes the part, and on
 * POSIX closing any descriptor of a file drops every lock the process holds on it.
 */
final class PartFile implements AutoCloseable {
    private static final Pattern NAME = Pattern.compile("(\\..+\\.[0-9a-f]{16}\\.part)(\\.lock|-journal)?");
    /** Parts this program is writing: never opened by the cleaner (closing its channel would drop our lock). */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private final Path part;
    private final Path lockFile;
    private final FileChannel channel;

    private PartFile(Path part, Path lockFile, FileChannel channel) {
        this.part = part;
        this.lockFile = lockFile;
        this.channel = channel;
    }

    /** Reserves, locks and creates (empty, owner-only) a new part beside {@code target}. */
    static PartFile beside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().normalize().getParent();
        while (true) {
            String random = String.format("%016x", ThreadLocalRandom.current().nextLong());
            Path part = folder.resolve("." + target.getFileName() + "." + random + ".part");
            PartFile taken = take(part);
            if (taken != null) {
                return taken;
            }
        }
    }

    /**
     * Creates and locks the lock file, then the part; empty if a cleaner took the fresh lock
     * file for a dead one's before it was locked (and deleted it): then another name is taken.
     */
    private static PartFile take(Path part) throws IOException {
        Path lockFile = companion(part, ".lock");
        LIVE.add(part);
        FileChannel channel = null;
        try {
            // created owner-only, not narrowed afterwards: no moment in which it is readable by others
            channel = FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    FilePermissions.privateFile());
            channel.lock();
            if (!Files.exists(lockFile)) {
                channel.close();
                LIVE.remove(part);
                return null;
            }
            FilePermissions.createPrivateFile(part);
            return new PartFile(part, lockFile, channel);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
                Files.deleteIfExists(lockFile);
            }
            LIVE.remove(part);
            throw e;
        }
    }

    Path path() {
        return part;
    }

    /** Deletes the part (if it was not moved into place) and its journal, then lets the lock go. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(part);
            Files.deleteIfExists(companion(part, "-journal"));
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // Left behind, a part is never taken for a backup, and the next copy removes it.
        } finally {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing the channel frees the lock; the process ending would too.
            }
            LIVE.remove(part);
        }
    }

    /**
     * Deletes the parts (with their journals and locks) in {@code folder} whose names start with
     * {@code prefix} and that no live copy holds: left by a program killed mid-copy. Returns how
     * many parts were removed; a part that cannot be removed now is tried again next time.
     */
    static int removeStale(Path folder, String prefix) {
        Set<String> parts = new TreeSet<>();
        Set<String> lockOnly = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                Matcher m = NAME.matcher(name);
                if (m.matches() && name.startsWith(prefix)) {
                    (".lock".equals(m.group(2)) ? lockOnly : parts).add(m.group(1));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        lockOnly.removeAll(parts);
        int removed = 0;
        for (String name : parts) {
            if (removeIfUnowned(folder.resolve(name))) {
                removed++;
            }
        }
        for (String name : lockOnly) {
            removeIfUnowned(folder.resolve(name));
        }
        return removed;
    }

    private static boolean removeIfUnowned(Path part) {
        if (LIVE.contains(part)) {
            return false;
        }
        Path lockFile = companion(part, ".lock");
        try {
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                FileLock lock = ch.tryLock();
                if (lock == null) {
                    return false;
                }
                delete(part);
                Files.deleteIfExists(lockFile);
                return true;
            } catch (NoSuchFileException e) {
                // A part without a lock file: from a program killed mid-cleanup, or from before locks.
                delete(part);
                return true;
            }
        } catch (OverlappingFileLockException | IOException e) {
            return false;
        }
    }

    private static void delete(Path part) throws IOException {
        Files.deleteIfExists(part);
        Files.deleteIfExists(companion(part, "-journal"));
    }

    private static Path companion(Path part, String suffix) {
        return part.resolveSibling(part.getFileName() + suffix);
    }
}
