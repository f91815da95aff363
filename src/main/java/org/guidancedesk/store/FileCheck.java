package org.guidancedesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, without writing a byte, whether a file is ours, sound and of a version this build
 * reads: the SQLite header, the application id and schema version, the tables and columns
 * that version has, and {@code PRAGMA quick_check}, on a read-only connection. Our own file
 * that fails any of these is {@code DAMAGED} (a backup is offered); another program's file is
 * {@code NOT_OUR_FILE} and is never written to.
 */
final class FileCheck {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int APPLICATION_ID_OFFSET = 68;

    /** An empty file (no bytes, or SQLite with no tables yet): a new file to create the schema in. */
    static final int EMPTY = 0;

    private FileCheck() {}

    /**
     * Refuses from the header alone what is plainly not ours (not SQLite, or SQLite with
     * another program's application id), before a lock file is made beside it or SQLite
     * opens it. The header may be older than a WAL beside it, so a zero id proves nothing.
     */
    static void refuseForeignHeader(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.NOT_A_FILE, file, null);
        }
        byte[] header = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, file, e, String.valueOf(e.getMessage()));
        }
        if (read == 0) {
            return;
        }
        if (read < SQLITE_MAGIC.length || !Arrays.equals(Arrays.copyOf(header, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
            throw new StoreException(StoreException.Reason.NOT_OUR_FILE, file, null);
        }
        if (read == HEADER_SIZE) {
            int id = ByteBuffer.wrap(header, APPLICATION_ID_OFFSET, 4).getInt();
            if (id != 0 && id != Schema.APPLICATION_ID) {
                throw new StoreException(StoreException.Reason.NOT_OUR_FILE, file, null);
            }
        }
    }

    /** Checks the file as the class comment says; returns its schema version ({@link #EMPTY} for a new file). */
    static int check(Path file) {
        refuseForeignHeader(file);
        try {
            if (Files.size(file) == 0) {
                return EMPTY;
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, file, e, String.valueOf(e.getMessage()));
        }
        Connection c = Database.connect(file, true);
        try {
            int version = recognise(file, c);
            if (version != EMPTY) {
                String result = Sql.queryOne(c, "PRAGMA quick_check", rs -> rs.getString(1)).orElse("");
                if (!"ok".equals(result)) {
                    throw damaged(file, result);
                }
            }
            return version;
        } catch (SQLException e) {
            throw Database.damagedOrOther(file, e);
        } finally {
            Database.closeQuietly(c);
        }
    }

    /**
     * Whose file it is and which version, from what SQLite reads (the WAL included): ours by
     * the application id, or before migration 7 by having its version's whole schema.
     */
    private static int recognise(Path file, Connection c) throws SQLException {
        int id = (int) Sql.count(c, "PRAGMA application_id");
        int version = (int) Sql.count(c, "PRAGMA user_version");
        Map<String, Set<String>> tables = Schema.tables(c);
        if (id != 0 && id != Schema.APPLICATION_ID) {
            throw new StoreException(StoreException.Reason.NOT_OUR_FILE, file, null);
        }
        boolean ours = id == Schema.APPLICATION_ID;
        if (!ours && version == 0) {
            if (!tables.isEmpty()) {
                throw new StoreException(StoreException.Reason.NOT_OUR_FILE, file, null);
            }
            return EMPTY;
        }
        if (version > Migrations.latestVersion() && ours) {
            throw new StoreException(StoreException.Reason.NEWER_SCHEMA, file, null, version, Migrations.latestVersion());
        }
        boolean possible = ours ? version >= Schema.FIRST_WITH_ID && version <= Migrations.latestVersion()
                : version > 0 && version < Schema.FIRST_WITH_ID;
        if (!possible) {
            throw ours || Schema.looksLikeOurs(tables) ? damaged(file, "schema version " + version)
                    : new StoreException(StoreException.Reason.NOT_OUR_FILE, file, null);
        }
        Optional<String> missing = Schema.missing(tables, version);
        if (missing.isPresent()) {
            throw ours || Schema.looksLikeOurs(tables) ? damaged(file, "missing " + missing.get())
                    : new StoreException(StoreException.Reason.NOT_OUR_FILE, file, null);
        }
        return version;
    }

    static StoreException damaged(Path file, String detail) {
        return new StoreException(StoreException.Reason.DAMAGED, file, null, detail);
    }
}
