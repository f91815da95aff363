package org.guidancedesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forces committed writes to the disk soon after they are made, off the writer's path. The file
 * is written with {@code synchronous=NORMAL}: a commit is in the -wal, in the system's hands (it
 * survives the program being killed, since the system writes it out), but not yet forced to the
 * disk, so a power cut could take back the last commits. This checkpoints the WAL — SQLite forces
 * the WAL to the disk first, then the file — at most {@link #DELAY_MS} after the first write not
 * yet forced, on a connection of its own, so a tick never waits for the disk and a power cut loses
 * at most the last two seconds.
 */
final class WalSync implements AutoCloseable {
    /** How long a commit may stay unforced: long enough that a run of ticks shares one sync. */
    static final long DELAY_MS = 2_000;

    private static final Logger LOG = Logger.getLogger(WalSync.class.getName());
    /** One thread for every open file: a sync is a few milliseconds of waiting for the disk. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "db-sync");
        t.setDaemon(true);
        return t;
    });

    private final Path file;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}: the sync waiting to run, the connection it uses, and whether the file closed. */
    private ScheduledFuture<?> pending;
    private Connection connection;
    private boolean closed;

    WalSync(Path file) {
        this.file = file;
    }

    /** A write was committed: forces it within {@link #DELAY_MS}, together with whatever follows it. */
    void written() {
        synchronized (lock) {
            if (!closed && pending == null) {
                pending = TIMER.schedule(this::sync, DELAY_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Forces now what is committed, as the timer would (for a test: no test waits for the timer). */
    void syncNow() {
        synchronized (lock) {
            if (pending != null) {
                pending.cancel(false);
            }
            sync();
        }
    }

    private void sync() {
        synchronized (lock) {
            pending = null;
            if (closed) {
                return;
            }
            try {
                if (connection == null) {
                    connection = Database.connect(file, false);
                }
                // PASSIVE: never waits for the writer or a reader; whatever it copies, it forces the WAL first.
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                }
            } catch (SQLException | RuntimeException e) {
                // The next write asks again, and closing the file forces everything in any case.
                LOG.log(Level.WARNING, "could not force the committed writes of " + file + " to the disk", e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
            if (connection != null) {
                Database.closeQuietly(connection);
                connection = null;
            }
        }
    }
}
