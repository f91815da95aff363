package org.guidancedesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guidancedesk.store.FilePermissions;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Loads SQLite's native library before any file is opened. sqlite-jdbc extracts it into
 * {@code org.sqlite.tmpdir} and loads it from there, which fails on a folder mounted noexec, on
 * a full disk or where a file stands in the way. The data folder's {@code native} is tried
 * first (/tmp is often noexec) — where the copy of an earlier start is kept and used again
 * ({@link KeptSqliteLibrary}) —, then the JVM's temporary folder; if neither works the program
 * stops with one sentence naming both, not a stack trace.
 */
final class SqliteLibrary {
    /** Held so the level set on it is not lost when the logger is collected. */
    private static final Logger SQLITE_LOG = Logger.getLogger("org.sqlite");
    private static final String LIB_PATH = "org.sqlite.lib.path";
    private static final String LIB_NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {}

    /** Loads the library (once); {@code dataFolder} may be null when it cannot be used. */
    static synchronized void load(Path dataFolder) {
        // Its own SEVERE log of each failed try is dozens of lines; the outcome is said below.
        SQLITE_LOG.setLevel(Level.OFF);
        Set<Path> places = new LinkedHashSet<>();
        String chosen = System.getProperty("org.sqlite.tmpdir");
        if (chosen != null) {
            places.add(Path.of(chosen));
        } else if (dataFolder != null) {
            places.add(dataFolder.resolve("native"));
            if (loadKept(dataFolder.resolve("native"))) {
                return;
            }
        }
        places.add(Path.of(System.getProperty("java.io.tmpdir")));
        List<String> failures = new ArrayList<>();
        for (Path place : places) {
            try {
                if (!Files.isDirectory(place)) {
                    FilePermissions.createPrivateFolder(place);
                }
                System.setProperty("org.sqlite.tmpdir", place.toString());
                SQLiteJDBCLoader.initialize();
                return;
            } catch (Exception | LinkageError e) {
                failures.add(place.toString());
            }
        }
        throw new CliFailure("cli.error.native", String.join(", ", failures));
    }

    /** The copy kept in the data folder from an earlier start, if it is sound and loads (not on a noexec mount). */
    private static boolean loadKept(Path nativeFolder) {
        java.util.Optional<Path> kept = KeptSqliteLibrary.ensure(nativeFolder);
        if (kept.isEmpty()) {
            return false;
        }
        try {
            System.setProperty(LIB_PATH, kept.get().toString());
            System.setProperty(LIB_NAME, org.sqlite.util.LibraryLoaderUtil.getNativeLibName());
            System.setProperty("org.sqlite.tmpdir", nativeFolder.toString());
            SQLiteJDBCLoader.initialize();
            return true;
        } catch (Exception | LinkageError e) {
            return false;
        } finally {
            System.clearProperty(LIB_PATH);
            System.clearProperty(LIB_NAME);
        }
    }
}
