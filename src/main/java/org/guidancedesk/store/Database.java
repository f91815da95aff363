package org.guidancedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    private final InstanceLock lock;
    private final boolean readOnly;
    /** Forces this opening's commits to the disk soon after each (see {@link WalSync}). */
    private final WalSync sync;
    /** This opening's name in the change log: undo takes back only its own writes. */
    private final String session = java.util.UUID.randomUUID().toString();
    /** The session of records no undo reaches: no opening's random session is ever this word. */
    private static final String RECORDS = "records";

    private Database(Path file, Connection connection, InstanceLock lock, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.readOnly = readOnly;
        this.sync = new WalSync(file);
    }

    /** When each change set was made: the program's clock, so a test's fixed day is the history's too. */
    private volatile java.time.Clock clock = java.time.Clock.systemUTC();

    /** The instant by the program's clock (what a record's updated_at holds). */
    public java.time.Instant now() {
        return clock.instant();
    }

    /** Dates the change log by {@code clock} from now on; returns this file. */
    public Database clockedBy(java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock);
        return this;
    }

    /** This opening's session, as recorded with each of its change sets. */
    public String session() {
        return session;
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
     * open of each day (before anything is written). An empty file that has backups is taken
     * for our file emptied by accident, not for a new one: refused as damaged, so the newest
     * backup is offered instead of a new group written over it.
     */
    public static Database open(Path path, Backups backups) {
        Path file = DatabasePath.resolve(path);
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(StoreException.Reason.FOLDER_MISSING, file, null);
        }
        boolean exists = Files.exists(file);
        // Checked before the lock, so nothing is made beside a file that is refused; what
        // the check saw was committed, and a writer still at work holds the lock we then ask for.
        int version = exists ? checkBeforeLocking(file, backups) : FileCheck.EMPTY;
        InstanceLock lock = InstanceLock.acquire(file);
        Connection connection = null;
        try {
            if (exists) {
                if (backups != null && version > 0) {
                    backUpIfDue(file, backups, version);
                }
            } else {
                createEmpty(file, folder);
            }
            if (exists && (!Files.isWritable(file) || !Files.isWritable(folder))) {
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
     * Refuses a file with other names, not ours, damaged or newer, and an empty one that has
     * backups (taken for our file emptied by accident); returns the file's schema version.
     */
    private static int checkBeforeLocking(Path file, Backups backups) {
        DatabasePath.refuseOtherNames(file);
        int version = FileCheck.check(file);
        if (version == FileCheck.EMPTY && backups != null && !backups.list().isEmpty()) {
            throw new StoreException(StoreException.Reason.EMPTIED, file, null);
        }
        return version;
    }

    /**
     * Opens an existing, sound file for reading only (a backup to look at, say): the same
     * checks and lock as {@link #open(Path)}, every write refused.
     */
    public static Database openReadOnly(Path path) {
        Path file = existing(path);
        checkHealthy(file);
        InstanceLock lock = InstanceLock.acquire(file);
        try {
            return openReadOnly(file, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens an existing file to read it beside whoever writes it (a command printing the agenda
     * while the window is open): no lock, since SQLite's WAL lets readers read alongside the
     * writer, every write refused. A file that needs a migration is opened for writing instead
     * (lock, backup, migration), since this build reads only its own schema; an empty file is
     * refused, since there is nothing to read.
     */
    public static Database openForReading(Path path, Backups backups) {
        Path file = existing(path);
        int version = checkHealthy(file);
        if (version == FileCheck.EMPTY) {
            throw new StoreException(StoreException.Reason.EMPTY, file, null);
        }
        if (version < Migrations.latestVersion()) {
            return open(file, backups);
        }
        return openReadOnly(file, InstanceLock.none());
    }

    private static Path existing(Path path) {
        Path file = DatabasePath.resolve(path);
        if (!Files.exists(file)) {
            throw new StoreException(StoreException.Reason.NOT_A_FILE, file, null);
        }
        DatabasePath.refuseOtherNames(file);
        return file;
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

    /** Writes committed through this opening (guarded by this). */
    private long commits;

    /**
     * The file's contents as this opening sees them, for a cache of rows: two versions are equal
     * only if nothing was committed in between, here or by another connection. Inside a write it
     * is the version the write began from; {@link Version#next} the one it makes once committed.
     */
    public synchronized Version version() {
        try {
            return new Version(commits, Sql.count(connection, "PRAGMA data_version"));
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** See {@link #version()}: {@code others} is SQLite's {@code data_version}, which other connections' commits change. */
    public record Version(long commits, long others) {
        public Version next() {
            return new Version(commits + 1, others);
        }
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
        return write(session, work);
    }

    /**
     * Writes a record of something done outside the file (an export of internal texts): in the
     * history like any write, but under no opening's session, so no undo can take it back.
     */
    public <T> T writeRecord(SqlWork<T> work) {
        return write(RECORDS, work);
    }

    private <T> T write(String session, SqlWork<T> work) {
        refuseIfReadOnly();
        return inTransaction("BEGIN IMMEDIATE", c -> {
            long set = Sql.insert(c, "INSERT INTO change_set (at, session) VALUES (?, ?)",
                    clock.instant().toString(), session);
            Sql.update(c, "UPDATE change_control SET current_set = ?", set);
            T result = work.run(c);
            Sql.update(c, "UPDATE change_control SET current_set = NULL");
            if (Sql.count(c, "SELECT count(*) FROM change_row WHERE set_id = ?", set) == 0) {
                Sql.update(c, "DELETE FROM change_set WHERE id = ?", set);
            } else {
                Sql.update(c, "UPDATE change_set SET state = 'DISCARDED' WHERE state = 'UNDONE' AND session = ?", session);
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
            if (!begin.equals("BEGIN DEFERRED")) {
                commits++;
                sync.written();
            }
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw translate(e);
        }
    }

    /**
     * Copies the WAL into the file and empties it, so that pages overwritten by a secure delete
     * linger in no -wal either. Best effort: a reader beside us may hold the WAL; then the next
     * checkpoint does it.
     */
    public synchronized void checkpoint() {
        refuseIfReadOnly();
        try {
            execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Closes the file, its commits forced to the disk first: SQLite's own checkpoint at the last
     * close does it too, but not while a reader beside us (a command) still holds the WAL.
     */
    @Override
    public synchronized void close() {
        sync.close();
        if (!readOnly && commits > 0) {
            try {
                execute("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (SQLException e) {
                // Best effort: the commits are in the -wal, which the next opening reads.
            }
        }
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
     * Refuses a file that is not one of ours, damaged, or from a newer version, without
     * writing to it (see {@link FileCheck}). Returns the file's schema version (0 for an empty file).
     */
    static int checkHealthy(Path file) {
        return FileCheck.check(file);
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
        String name = file.toString();
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
            if (unchangeable(file)) {
                // SQLite cannot make the -shm index in a read-only place; with no WAL there is
                // nothing it would hold, and nobody can write here, so the file is read as it is.
                name = file.toUri().toASCIIString() + "?immutable=1";
            }
        } else {
            config.enforceForeignKeys(true);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // NORMAL: a commit is in the -wal when acknowledged, so it survives the program's crash;
            // WalSync forces it to the disk within two seconds (a power cut loses at most those).
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            // Deleted content is overwritten, not left in free pages: an emptied trash must leave
            // the internal texts of the work log nowhere in the file.
            config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        }
        try {
            return config.createConnection("jdbc:sqlite:" + name);
        } catch (SQLException e) {
            throw readOnly ? damagedOrOther(file, e) : translate(file, e);
        }
    }

    /** A file in a folder nobody here can write, with no WAL beside it. */
    private static boolean unchangeable(Path file) {
        Path folder = file.getParent();
        if (folder == null || Files.isWritable(folder)) {
            return false;
        }
        try {
            Path wal = Path.of(file + "-wal");
            return !Files.exists(wal) || Files.size(wal) == 0;
        } catch (java.io.IOException e) {
            return false;
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
        if (e instanceof Sql.DamagedValueException) {
            reason = StoreException.Reason.DAMAGED;
        } else if (e instanceof SQLiteException se) {
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
