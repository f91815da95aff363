package org.guidancedesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only file stays readable; a full disk refuses the write and corrupts nothing. */
class ResilienceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    private Path demo() {
        Path file = dir.resolve("demo.db");
        DemoCopies.copy(file, TODAY, clock);
        return file;
    }

    @Test
    void aFileOpenedReadOnlyShowsEverythingAndRefusesEveryEditUntouched() throws IOException {
        Path file = demo();
        byte[] before = Files.readAllBytes(file);
        try (Workspace ws = Workspace.openReadOnly(file, clock)) {
            assertTrue(ws.readOnly());
            int items = ws.ledger().items().size();
            assertTrue(items > 0);
            assertTrue(ws.ledger().snapshot().items().size() == items && ws.checklist().load() != null);
            StoreException e = assertThrows(StoreException.class, () -> ws.ledger().remove(List.of(ws.ledger().items().get(0).id())));
            assertEquals(StoreException.Reason.READ_ONLY, e.reason());
            assertThrows(StoreException.class, () -> ws.history().undo());
            assertEquals(items, ws.ledger().items().size());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileWithoutWritePermissionOpensReadOnly() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root may write any file");
        Path file = demo();
        file.toFile().setWritable(false);
        try (Workspace ws = Workspace.open(file, clock)) {
            assertTrue(ws.readOnly());
            assertTrue(ws.ledger().items().size() > 0);
        } finally {
            file.toFile().setWritable(true);
        }
    }

    @Test
    void aFullDiskRefusesTheWriteKeepsTheFileSoundAndLaterWritesWork() {
        Path file = demo();
        try (Database db = Database.open(file)) {
            long pages = db.read(c -> Sql.count(c, "PRAGMA page_count"));
            db.read(c -> Sql.count(c, "PRAGMA max_page_count = " + pages));
            int before = db.<Integer>read(c -> (int) Sql.count(c, "SELECT count(*) FROM rectification"));
            RectificationRepository repo = new RectificationRepository();
            Rectification big = Rectification.builder(Ledger.RECTIFY, 1, TODAY).problem("很长的问题".repeat(900))
                    .measures("很长的措施".repeat(900)).due(TODAY).build();
            StoreException full = assertThrows(StoreException.class, () -> db.write(c -> {
                for (int i = 0; i < 200; i++) {
                    repo.insert(c, big, java.time.Instant.now());
                }
                return null;
            }));
            assertEquals(StoreException.Reason.DISK_FULL, full.reason());
            assertEquals((Integer) before, db.<Integer>read(c -> (int) Sql.count(c, "SELECT count(*) FROM rectification")), "nothing half-saved");
            assertEquals("ok", db.read(c -> Sql.queryOne(c, "PRAGMA integrity_check", rs -> rs.getString(1)).orElse("")));

            db.read(c -> Sql.count(c, "PRAGMA max_page_count = 1000000"));
            db.write(c -> repo.insert(c, big, java.time.Instant.now()));
            assertEquals((Integer) (before + 1), db.<Integer>read(c -> (int) Sql.count(c, "SELECT count(*) FROM rectification")));
        }
    }
}
