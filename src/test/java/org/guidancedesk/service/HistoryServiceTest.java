package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.domain.Change;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.TrashEntry;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo, redo, the trash and each item's history, on the demo file. */
class HistoryServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        DemoCopies.copy(dir.resolve("demo.db"), TODAY, clock);
        ws = Workspace.open(dir.resolve("demo.db"), clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Rectification item(int index) {
        return ws.ledger().items().get(index);
    }

    @Test
    void theDemoWrittenBeforeThisSessionCannotBeUndone() {
        assertTrue(ws.history().undoable().isEmpty());
        assertTrue(ws.history().undo().isEmpty());
    }

    @Test
    void theHistoryIsDatedByTheProgramsClock() {
        ws.ledger().update(item(0).toBuilder().problem("按时钟记录").build());
        assertEquals(clock.instant(), ws.history().undoable().orElseThrow().at());
    }

    @Test
    void anEditIsUndoneAndRedoneExactly() {
        Rectification before = item(0);
        Rectification after = before.toBuilder().problem("改过的问题描述").status(RectificationStatus.IN_PROGRESS, TODAY).build();
        ws.ledger().update(after);
        assertEquals(after, item(0));

        assertEquals("rectification", ws.history().undo().orElseThrow().table());
        assertEquals(before, item(0));
        assertTrue(ws.history().undoable().isEmpty());

        ws.history().redo();
        assertEquals(after, item(0));
        assertTrue(ws.history().redoable().isEmpty());
    }

    @Test
    void undoGoesBackStepByStepAcrossKindsOfItem() {
        List<Rectification> ledger = ws.ledger().items();
        Checklist checklist = ws.checklist().load();
        List<Unit> units = ws.units().units();
        RecordKey cell = new RecordKey(checklist.unitActions().get(0).id(), units.get(0).id());
        var record = checklist.record(cell);

        ws.checklist().toggle(cell);
        ws.units().update(new Unit(units.get(1).id(), "国家水利发展部（改名）", units.get(1).kind(), "", "", 0));
        ws.units().remove(units.get(5).id()); // 南山县 with its records and ledger items
        assertTrue(ws.ledger().items().size() < ledger.size());

        ws.history().undo();
        assertEquals(ledger, ws.ledger().items(), "the unit and everything deleted with it are back");
        assertEquals(units.get(5), ws.units().units().get(5));
        ws.history().undo();
        assertEquals(units, ws.units().units());
        ws.history().undo();
        assertEquals(record, ws.checklist().load().record(cell));
        assertTrue(ws.history().undoable().isEmpty());

        ws.history().redo();
        ws.history().redo();
        assertEquals("国家水利发展部（改名）", ws.units().units().get(1).name());
        ws.ledger().addProgress(ledger.get(0).id(), TODAY, "新的编辑");
        assertTrue(ws.history().redoable().isEmpty(), "a new edit drops what could have been redone");
    }

    @Test
    void aDeletedItemWaitsInTheTrashAndComesBackWithItsNumberAndNotes() {
        Rectification gone = ws.ledger().items().stream().filter(r -> !ws.ledger().progress(r.id()).isEmpty())
                .findFirst().orElseThrow();
        var notes = ws.ledger().progress(gone.id());
        ws.ledger().add(Rectification.builder(Ledger.RECTIFY, gone.unitId(), TODAY).problem("新增一项").due(TODAY).build());
        ws.ledger().remove(List.of(gone.id()));

        List<TrashEntry> trash = ws.history().trash();
        assertEquals(1, trash.size());
        assertEquals("rectification", trash.get(0).table());
        assertEquals(gone.problem(), trash.get(0).label());
        assertEquals(1 + notes.size(), trash.get(0).rows());

        Rectification added = ws.ledger().add(Rectification.builder(gone.ledger(), gone.unitId(), TODAY)
                .problem("删除之后又新增的一项").due(TODAY).build()).item();
        assertTrue(added.id() > gone.id() && added.serial() != gone.serial(), "ids and serials are not reused");

        ws.history().restore(trash.get(0).setId());
        assertTrue(ws.ledger().items().contains(gone));
        assertEquals(notes, ws.ledger().progress(gone.id()));
        assertEquals(List.of(), ws.history().trash());

        ws.history().undo();
        assertFalse(ws.ledger().items().contains(gone), "bringing back is an edit that can be undone");
        assertEquals(1, ws.history().trash().size());
        ws.history().emptyTrash();
        assertEquals(List.of(), ws.history().trash());
    }

    @Test
    void anItemsHistorySaysWhenWhichFieldAndFromWhatToWhat() {
        Rectification r = ws.ledger().items().stream().filter(i -> i.status() == RectificationStatus.IN_PROGRESS)
                .findFirst().orElseThrow();
        ws.ledger().setStatus(List.of(r.id()), RectificationStatus.COMPLETED, TODAY, "");
        ws.ledger().addProgress(r.id(), TODAY, "已全部完成");
        ws.ledger().update(item(0)); // no change: nothing recorded

        List<Change> history = ws.history().ofLedgerItem(r.id());
        Change status = history.stream().filter(c -> c.table().equals("rectification") && c.op() == Change.Op.UPDATE)
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(status.changedColumns().containsAll(List.of("status", "completed_on")), status.changedColumns().toString());
        assertEquals("IN_PROGRESS", status.before().get("status"));
        assertEquals("COMPLETED", status.after().get("status"));
        Change note = history.get(history.size() - 1);
        assertEquals("rectification_progress", note.table());
        assertEquals(Change.Op.INSERT, note.op());
        assertEquals("已全部完成", note.after().get("text"));
    }

    @Test
    void undoneChangesLeaveTheHistoryAndASecondSessionCannotUndoTheFirst() {
        Rectification r = item(3);
        ws.ledger().update(r.toBuilder().leader("新领导").build());
        int recorded = ws.history().ofLedgerItem(r.id()).size();
        ws.history().undo();
        assertEquals(recorded - 1, ws.history().ofLedgerItem(r.id()).size());
        ws.ledger().update(r.toBuilder().leader("另一位领导").build());
        ws.close();
        ws = Workspace.open(dir.resolve("demo.db"), clock);
        assertTrue(ws.history().undoable().isEmpty());
        assertEquals("另一位领导", item(3).leader());
    }
}
