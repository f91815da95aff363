package org.guidancedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file is written with synchronous=NORMAL (a commit waits for no disk), and the commits are
 * forced to the disk soon after by a checkpoint of the WAL on a connection of its own: what a
 * sync leaves is in the file itself, its -wal not needed.
 */
class WalSyncTest {
    @TempDir
    Path dir;

    @Test
    void commitsWaitForNoDiskAndASyncPutsThemInTheFileItself() throws Exception {
        Path file = dir.resolve("sync.db");
        try (Database db = Database.open(file); WalSync sync = new WalSync(file)) {
            assertEquals(1L, db.<Long>read(c -> Sql.count(c, "PRAGMA synchronous")), "NORMAL");
            sync.syncNow(); // the new file's tables, made by the migrations, into the file itself
            db.write(c -> new UnitRepository().insert(c, new Unit(0, "某大学", UnitKind.UNIVERSITY, "", "", 0)));
            assertEquals(0, unitsInMainFileAlone(file), "the commit is in the -wal only until a sync");

            sync.written();
            sync.syncNow();
            assertEquals(1, unitsInMainFileAlone(file));
            db.write(c -> new UnitRepository().insert(c, new Unit(0, "某省", UnitKind.PROVINCE, "", "", 1)));
        }
        assertEquals(2, unitsInMainFileAlone(file), "closing forces the rest");
    }

    /** The units a copy of the main file holds without its -wal: what a power cut would leave if the WAL were lost. */
    private int unitsInMainFileAlone(Path file) throws Exception {
        Path copy = dir.resolve("copy-" + System.nanoTime() + ".db");
        Files.copy(file, copy);
        assertTrue(Files.notExists(Path.of(copy + "-wal")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM unit")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }
}
