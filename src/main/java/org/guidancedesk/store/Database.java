package org.guidancedesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * One open database file: checked before anything is written, migrated in a transaction,
 * then used through {@link #read} and {@link #write}. Calls are serialised, so the single
 * connection is never used by two threads at once.
 */
public final class Database implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    private final InstanceLock lock;
    private final boolean readOnly;

    private Database(Path file, Connection connection, InstanceLock lock, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.readOnly = readOnly;
    }

    /**
     * Opens (creating if missing) the file: refuses a missing or read-only folder, a file that
     * is not SQLite, a damaged file and a file from a newer version, without writing to it.
     */
    public static Database open(Path path) {
        return open(path, null);
    }

    /**
     * Opens the file as {@link #open(Path)} does, holding its {@link InstanceLock} while open,
     * and with {@code backups} makes a verified backup before a migration and at the first
     * open of each day (before anything is written).
     */
    public static Database open(Path path, Backups backups) {
        Path file = path.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(StoreException.Reason.FOLDER_MISSING, file, null);
        }
        InstanceLock lock = InstanceLock.acquire(file);
        Connection connection = null;
        try {
            boolean exists = Files.exists(file);
            if (exists) {
                int version = checkHealthy(file);
                if (backups != null && version > 0) {
                    backUpIfDue(file, backups, version);
                }
            } else {
                createEmpty(file, folder);
            }
            if (exists && !Files.isWritable(file)) {
                return openReadOnly(file, lock);
            }
            connection = connect(file, false);
            Database db = new Database(file, connection, lock, false);
            db.migrate();
            FilePermissions.restrictFile(file);
            FilePermissions.restrictFile(Path.of(file + "-wal"));
            FilePermissions.restrictFile(Path.of(file + "-shm"));
            return db;
        } catch (RuntimeException e) {
            if (connection != null) {
                closeQuietly(connection);
            }
            lock.close();
            throw e;
        }
    }

    /**
     * Opens an existing, sound file for reading only (a backup to look at, say): the same
     * checks and lock as {@link #open(Path)}, every write refused.
     */
    public static Database openReadOnly(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new StoreException(StoreException.Reason.NOT_A_FILE, file, null);
        }
        InstanceLock lock = InstanceLock.acquire(file);
        try {
            checkHealthy(file);
            return openReadOnly(file, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * A file the user may read but not write (a read-only copy, a locked-down folder): shown
     * as it is, every edit refused with {@code READ_ONLY}; one that would need a migration is
     * refused, since it cannot be brought up to date.
     */
    private static Database openReadOnly(Path file, InstanceLock lock) {
        Connection c = connect(file, true);
        try {
            int version = Migrations.currentVersion(c);
            if (version < Migrations.latestVersion()) {
                throw new StoreException(StoreException.Reason.READ_ONLY, file, null);
            }
            return new Database(file, c, lock, true);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(file, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Whether the file was opened read-only: every write is refused. */
    public boolean readOnly() {
        return readOnly;
    }

    private static void backUpIfDue(Path file, Backups backups, int version) {
        if (version < Migrations.latestVersion()) {
            backups.create(file, Backups.Reason.MIGRATION);
        } else if (!backups.hasOneFrom(backups.today())) {
            backups.create(file, Backups.Reason.DAILY);
        }
    }

    /** The schema version this build writes. */
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    public Path file() {
        return file;
    }

    /** Runs read-only work on one consistent snapshot of the file. */
    public <T> T read(SqlWork<T> work) {
        return inTransaction("BEGIN DEFERRED", work);
    }

    /**
     * Runs work in one immediate transaction: all of it is saved, or none. It is one change
     * set of the history: every row it changes is recorded, and a change after an undo drops
     * what could have been redone.
     */
    public <T> T write(SqlWork<T> work) {
        refuseIfReadOnly();
        return inTransaction("BEGIN IMMEDIATE", c -> {
            long set = Sql.insert(c, "INSERT INTO change_set (at) VALUES (?)", java.time.Instant.now().toString());
            Sql.update(c, "UPDATE change_control SET current_set = ?", set);
            T result = work.run(c);
            Sql.update(c, "UPDATE change_control SET current_set = NULL");
            if (Sql.count(c, "SELECT count(*) FROM change_row WHERE set_id = ?", set) == 0) {
                Sql.update(c, "DELETE FROM change_set WHERE id = ?", set);
            } else {
                Sql.update(c, "UPDATE change_set SET state = 'DISCARDED' WHERE state = 'UNDONE'");
            }
            return result;
        });
    }

    /**
     * Runs work that replays recorded changes (undo, redo, restore from the trash): not itself
     * recorded, with foreign keys checked at the commit, since rows come back one by one.
     */
    public <T> T replay(SqlWork<T> work) {
        refuseIfReadOnly();
        return inTransaction("BEGIN IMMEDIATE", c -> {
            execute("PRAGMA defer_foreign_keys = ON");
            Sql.update(c, "UPDATE change_control SET replaying = 1");
            T result = work.run(c);
            Sql.update(c, "UPDATE change_control SET replaying = 0");
            return result;
        });
    }

    private void refuseIfReadOnly() {
        if (readOnly) {
            throw new StoreException(StoreException.Reason.READ_ONLY, file, null);
        }
    }

    private synchronized <T> T inTransaction(String begin, SqlWork<T> work) {
        try {
            execute(begin);
            T result;
            try {
                result = work.run(connection);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
            execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw translate(e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
        lock.close();
    }

    /**
     * Brings the file to the latest schema in one transaction, foreign keys off while tables
     * are rebuilt (SQLite's prescribed way) and checked before the commit; then installs the
     * triggers that record changes.
     */
    private void migrate() {
        try {
            execute("PRAGMA foreign_keys = OFF");
            execute("BEGIN IMMEDIATE");
            try {
                int version = Migrations.currentVersion(connection);
                if (version > Migrations.latestVersion()) {
                    throw newerSchema(file, version);
                }
                Migrations.apply(connection, version);
                if (Sql.count(connection, "SELECT count(*) FROM pragma_foreign_key_check") > 0) {
                    throw new SQLException("foreign keys broken by a migration");
                }
                execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                execute("PRAGMA foreign_keys = ON");
            }
            ChangeLog.install(connection);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Refuses a file that is not one of ours, damaged, or from a newer version: header,
     * schema version and {@code quick_check}, all on a read-only connection. Returns the
     * file's schema version (0 for an empty file).
     */
    static int checkHealthy(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.NOT_A_FILE, file, null);
        }
        try {
            if (Files.size(file) == 0) {
                return 0;
            }
            byte[] header = new byte[SQLITE_MAGIC.length];
            try (InputStream in = Files.newInputStream(file)) {
                int read = in.readNBytes(header, 0, header.length);
                if (read < header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
                    throw new StoreException(StoreException.Reason.NOT_OUR_FILE, file, null);
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, file, e);
        }
        // Checked on a read-only connection so a damaged or newer file is never written to.
        Connection check = connect(file, true);
        try {
            int version = Migrations.currentVersion(check);
            if (version > Migrations.latestVersion()) {
                throw newerSchema(file, version);
            }
            // Version 0 with tables in it: another program's SQLite file, never migrated into.
            if (version == 0 && Sql.count(check, "SELECT count(*) FROM sqlite_master") > 0) {
                throw new StoreException(StoreException.Reason.NOT_OUR_FILE, file, null);
            }
            String result = Sql.queryOne(check, "PRAGMA quick_check", rs -> rs.getString(1)).orElse("");
            if (!"ok".equals(result)) {
                throw new StoreException(StoreException.Reason.DAMAGED, file, null, result);
            }
            return version;
        } catch (SQLException e) {
            throw damagedOrOther(file, e);
        } finally {
            closeQuietly(check);
        }
    }

    private static void createEmpty(Path file, Path folder) {
        if (!Files.isWritable(folder)) {
            throw new StoreException(StoreException.Reason.FOLDER_READ_ONLY, file, null);
        }
        try {
            FilePermissions.createPrivateFile(file);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FOLDER_READ_ONLY, file, e);
        }
    }

    static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.enforceForeignKeys(true);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a commit the user saw acknowledged survives a crash or power loss.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw readOnly ? damagedOrOther(file, e) : translate(file, e);
        }
    }

    static StoreException damagedOrOther(Path file, SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                    || code.code == SQLiteErrorCode.SQLITE_CORRUPT.code
                    || code.code == SQLiteErrorCode.SQLITE_NOTADB.code) {
                return new StoreException(StoreException.Reason.DAMAGED, file, e, e.getMessage());
            }
        }
        return translate(file, e);
    }

    private static StoreException newerSchema(Path file, int version) {
        return new StoreException(StoreException.Reason.NEWER_SCHEMA, file, null, version, Migrations.latestVersion());
    }

    private StoreException translate(SQLException e) {
        return translate(file, e);
    }

    /** Maps SQLite's result codes to reasons the user can act on. */
    static StoreException translate(Path file, SQLException e) {
        StoreException.Reason reason = StoreException.Reason.IO;
        if (e instanceof SQLiteException se) {
            int primary = se.getResultCode().code & 0xff;
            if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                reason = StoreException.Reason.DISK_FULL;
            } else if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
                reason = StoreException.Reason.READ_ONLY;
            } else if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                reason = StoreException.Reason.BUSY;
            } else if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
                reason = StoreException.Reason.DAMAGED;
            } else if (primary == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
                reason = StoreException.Reason.CONSTRAINT;
            } else if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
                reason = StoreException.Reason.FOLDER_READ_ONLY;
            }
        }
        return new StoreException(reason, file, e, String.valueOf(e.getMessage()));
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction was open (BEGIN itself failed): nothing to undo.
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing is best effort; WAL content is already durable.
        }
    }
}
