package org.guidancedesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One program per database file: an operating-system lock on {@code <file>.lock} beside it,
 * held while the file is open. The system drops the lock when the process ends, however it
 * ends, so a crash never leaves a stale lock behind (the empty lock file stays; it holds
 * nothing by itself). SQLite's own file is not locked by us: its locks are SQLite's business.
 */
public final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** No lock: for a reader, which SQLite lets read beside the writer. */
    static InstanceLock none() {
        return new InstanceLock(null, null);
    }

    /**
     * Takes the file's lock, or refuses with {@code LOCKED} if another program (or window)
     * holds it. The lock sits beside the file's real path, so every name a symbolic link gives
     * the file shares one lock.
     */
    public static InstanceLock acquire(Path database) {
        Path file = DatabasePath.resolve(database);
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new StoreException(StoreException.Reason.LOCKED, file, null);
            }
            FilePermissions.restrictFile(lockFile);
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Reason.LOCKED, file, e);
        } catch (IOException e) {
            closeQuietly(channel);
            // A folder we cannot write to: the file opens read-only further on, or is refused there.
            if (!Files.isWritable(file.getParent())) {
                return none();
            }
            throw new StoreException(StoreException.Reason.IO, file, e, String.valueOf(e.getMessage()));
        } catch (StoreException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel releases it too.
        }
        // The lock file stays: deleting it would let a second program lock a file a third
        // one no longer sees, and two windows would hold "the" lock.
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing to do: the lock goes with the channel.
            }
        }
    }
}
