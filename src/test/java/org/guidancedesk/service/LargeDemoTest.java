package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.FileSummary;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.store.Restore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The large demo at its full size, written once for the class (some seconds): its counts, and
 * the file opened as the program opens it — checked, backed up, verified — holding what the
 * benchmark counts on. Written twice with one seed at a tenth of the ledger and work log, the
 * main tables are the same, digest for digest; another seed gives others.
 */
class LargeDemoTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final long SEED = 7;
    /** The tables of the group's content, compared whole between two runs (the history's own are not: its session is random). */
    private static final List<String> TABLES = List.of("group_info", "member", "unit", "unit_person", "required_action",
            "action_record", "record_attendee", "rectification", "rectification_progress", "ledger_serial", "setting",
            "deadline", "submission", "dynamic_issue", "work_entry", "work_entry_unit", "work_entry_member",
            "work_person", "work_place", "work_line");

    @TempDir
    static Path dir;

    private static Path file;
    private static LargeDemo.Written written;

    private static Clock clock() {
        return Clock.fixed(ZonedDateTime.of(TODAY.atTime(9, 0), ZONE).toInstant(), ZONE);
    }

    @BeforeAll
    static void writeOnce() {
        file = dir.resolve("large.db");
        try (Workspace ws = Workspace.open(file, clock())) {
            written = LargeDemo.write(ws, TODAY, SEED, LargeDemo.Size.FULL);
        }
    }

    private static String digest(Workspace ws) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return ws.database().read(c -> {
            for (String table : TABLES) {
                sha.update(table.getBytes(StandardCharsets.UTF_8));
                // Rows in their own order (a table without rowid has none to sort by): as sorted text.
                List<String> rows = new java.util.ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('\u0000');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                for (String row : rows) {
                    sha.update((row + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        });
    }

    @Test
    void writesTheCountsTheBenchmarkAsksFor() {
        assertEquals(new LargeDemo.Written(40, 171, 6_000, 20_000, 2_043, 5_000), written);
        try (Workspace ws = Workspace.open(file, clock())) {
            List<Unit> units = ws.units().units();
            assertEquals(40, units.size());
            assertEquals(Set.of(UnitKind.PROVINCE, UnitKind.MINISTRY, UnitKind.ENTERPRISE, UnitKind.UNIVERSITY),
                    units.stream().map(Unit::kind).collect(Collectors.toSet()));
            assertEquals(40, units.stream().map(Unit::name).distinct().count());
            Checklist checklist = ws.checklist().load();
            assertEquals(156, checklist.unitActions().size());
            assertEquals(15, checklist.groupItems().size());
            assertEquals(6_000, checklist.records().size());
            assertEquals(20_000, ws.ledger().items().size());
            assertEquals(2_043, ws.deadlines().occurrences().size());
            assertEquals(5_000, ws.workLog().entries().size());
            assertEquals(10, ws.groups().members().size());
        }
    }

    /** At a tenth of the ledger and work log (the full size twice would cost some seconds more): the same code draws the same. */
    @Test
    void theSameSeedWritesTheSameFileAndAnotherSeedAnother() {
        LargeDemo.Size tenth = new LargeDemo.Size(6_000, 2_000, 500);
        LargeDemo.Written expected = new LargeDemo.Written(40, 171, 6_000, 2_000, 2_043, 500);
        String first;
        try (Workspace ws = Workspace.open(dir.resolve("first.db"), clock())) {
            assertEquals(expected, LargeDemo.write(ws, TODAY, SEED, tenth));
            first = digest(ws);
        }
        try (Workspace again = Workspace.open(dir.resolve("again.db"), clock())) {
            LargeDemo.write(again, TODAY, SEED, tenth);
            assertEquals(first, digest(again));
        }
        try (Workspace other = Workspace.open(dir.resolve("other.db"), clock())) {
            assertEquals(expected, LargeDemo.write(other, TODAY, SEED + 1, tenth));
            assertNotEquals(first, digest(other));
        }
    }

    @Test
    void opensAsTheProgramOpensItAndPassesItsChecks() {
        FileSummary summary = Restore.summarize(file);
        assertEquals(LargeDemo.GROUP_NAME, summary.groupName());
        assertEquals(40, summary.units());
        assertEquals(20_000, summary.ledgerItems());
        // The window's way: checked before the lock, the day's backup made and verified, migrations none.
        try (Workspace ws = Workspace.open(file, clock(), dir.resolve("backups"))) {
            assertEquals(1, ws.backups().orElseThrow().list().size());
            ws.database().read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                    assertTrue(rs.next());
                    assertEquals("ok", rs.getString(1));
                }
                try (ResultSet rs = c.createStatement().executeQuery("PRAGMA foreign_key_check")) {
                    assertFalse(rs.next(), "a row points at nothing");
                }
                return null;
            });
            // Written by an earlier opening: recorded in the history, but no undo reaches it.
            assertTrue(ws.history().undoable().isEmpty());
            Rectification first = ws.ledger().items().get(0);
            assertFalse(ws.history().ofLedgerItem(first.id()).isEmpty(), "the item's creation is in its history");
        }
    }

    @Test
    void holdsEveryStateWithDatesInsideTheCampaign() {
        try (Workspace ws = Workspace.open(file, clock())) {
            Checklist checklist = ws.checklist().load();
            Group group = checklist.group();
            assertEquals(14, group.campaignWeek(TODAY));
            assertEquals(26, group.lastWeek());
            Map<CellState, Integer> states = new EnumMap<>(CellState.class);
            for (RequiredAction a : checklist.unitActions()) {
                for (Unit u : checklist.units()) {
                    RecordKey key = new RecordKey(a.id(), u.id());
                    ActionRecord r = checklist.records().getOrDefault(key, ActionRecord.empty(key));
                    states.merge(r.state(a, TODAY), 1, Integer::sum);
                    assertTrue(r.warnings(group).isEmpty(), r.toString());
                    assertTrue(r.done() == null || !r.done().isAfter(TODAY), r.toString());
                }
            }
            for (CellState s : CellState.values()) {
                assertTrue(states.getOrDefault(s, 0) > 100, "states: " + states);
            }
            assertTrue(checklist.unitActions().stream().filter(RequiredAction::mustAttend).count() >= 10);

            List<Rectification> items = ws.ledger().items();
            for (RectificationStatus s : RectificationStatus.values()) {
                assertTrue(items.stream().filter(r -> r.status() == s).count() > 500, s.name());
            }
            for (Ledger l : Ledger.values()) {
                assertEquals(l.defaultCategories().size(), items.stream().filter(r -> r.ledger() == l)
                        .map(Rectification::category).distinct().count(), l.name());
            }
            long overdue = items.stream().filter(r -> r.overdue(TODAY)).count();
            assertTrue(overdue > 500 && overdue < 2_000, "overdue: " + overdue);
            assertTrue(items.stream().allMatch(r -> !r.createdOn().isBefore(group.start()) && r.createdOn().isBefore(TODAY)));
            assertTrue(items.stream().allMatch(r -> r.completedOn() == null || !r.completedOn().isAfter(TODAY)));
            assertTrue(ws.ledger().snapshot().latestProgress().size() > 15_000, "most items have progress notes");

            Map<Occurrence.State, Long> occurrences = ws.deadlines().occurrences().stream()
                    .collect(Collectors.groupingBy(o -> o.state(TODAY), () -> new EnumMap<>(Occurrence.State.class),
                            Collectors.counting()));
            assertTrue(occurrences.get(Occurrence.State.SUBMITTED) > 600, occurrences.toString());
            assertTrue(occurrences.get(Occurrence.State.OVERDUE) > 20, occurrences.toString());
            assertTrue(occurrences.get(Occurrence.State.PENDING) > 1_000, occurrences.toString());

            List<WorkEntry> entries = ws.workLog().entries();
            assertEquals(Set.of(WorkKind.values()), entries.stream().map(WorkEntry::kind).collect(Collectors.toSet()));
            assertTrue(entries.stream().anyMatch(e -> e.findings().stream().anyMatch(f -> f.turnedIntoItem())),
                    "some findings were filed in the ledger");
        }
    }
}
