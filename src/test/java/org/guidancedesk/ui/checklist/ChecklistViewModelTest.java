package org.guidancedesk.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.UiTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix's view model on a real demo file, with no JavaFX toolkit. */
class ChecklistViewModelTest {
    private static final LocalDate TODAY = DemoFixture.TODAY;

    @TempDir
    Path dir;
    private DemoFixture demo;
    private Workspace ws;
    private ChecklistViewModel vm;
    private UiTasks tasks;

    @BeforeEach
    void openDemo() {
        demo = DemoFixture.open(dir);
        ws = demo.workspace();
        tasks = demo.tasks();
        vm = new ChecklistViewModel(tasks, ws.checklist());
        vm.reload();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private MatrixRow firstNotScheduledRow(MatrixColumn col) {
        for (MatrixRow r : vm.rows()) {
            if (vm.cell(r, col).map(c -> c.state() == CellState.NOT_SCHEDULED).orElse(false)) {
                return r;
            }
        }
        throw new AssertionError("no empty cell in " + col);
    }

    @Test
    void matrixHasOneColumnPerUnitAndPhaseHeadingsBeforeTheirActions() {
        assertEquals(6, vm.columns().size());
        assertEquals("东江省", vm.columns().get(0).title());
        assertTrue(vm.rows().get(0) instanceof MatrixRow.PhaseRow p && p.phase() == Phase.STUDY);
        assertTrue(vm.rows().get(vm.rows().size() - 1) instanceof MatrixRow.TotalRow);
        long actionRows = vm.rows().stream().filter(r -> r instanceof MatrixRow.ActionRow).count();
        assertEquals(14, actionRows);
    }

    @Test
    void tickingACellStoresTodayAsDoneDateAndTickingAgainUndoesIt() {
        MatrixColumn col = vm.columns().get(0);
        MatrixRow row = firstNotScheduledRow(col);
        RecordKey key = vm.keyAt(row, col).orElseThrow();
        String before = vm.overallProperty().get();

        vm.toggle(key);

        ActionRecord stored = ws.checklist().load().record(key);
        assertEquals(ActionStatus.DONE, stored.status());
        assertEquals(TODAY, stored.done());
        assertEquals(CellState.DONE, vm.cell(row, col).orElseThrow().state());
        assertTrue(vm.cell(row, col).orElseThrow().text().startsWith("✔ 11/24"));
        assertFalse(before.equals(vm.overallProperty().get()), "overall completion moves");
        assertTrue(tasks.statusProperty().get().startsWith("已保存"));

        vm.toggle(key);
        assertEquals(ActionStatus.NOT_SCHEDULED, ws.checklist().load().record(key).status());
        assertEquals(before, vm.overallProperty().get());
    }

    @Test
    void cellsReadWithoutColourAndSayTheirStateToScreenReaders() {
        MatrixColumn col = vm.columns().get(0);
        MatrixRow row = vm.rows().get(1);
        CellView cell = vm.cell(row, col).orElseThrow();
        assertEquals(CellState.DONE, cell.state());
        assertTrue(cell.text().startsWith("✔ "));
        assertTrue(cell.accessibleText().contains("东江省"));
        assertTrue(cell.accessibleText().contains("已完成"));
    }

    @Test
    void filtersNarrowRowsAndColumns() {
        vm.phaseFilterProperty().set(Phase.RESEARCH);
        assertEquals(2, vm.rows().stream().filter(r -> r instanceof MatrixRow.ActionRow).count());

        vm.phaseFilterProperty().set(null);
        vm.stateFilterProperty().set(CellState.OVERDUE);
        List<MatrixRow> overdueRows = vm.rows().stream().filter(r -> r instanceof MatrixRow.ActionRow).toList();
        assertFalse(overdueRows.isEmpty());
        for (MatrixRow r : overdueRows) {
            assertTrue(vm.columns().stream().anyMatch(c -> vm.cell(r, c).orElseThrow().state() == CellState.OVERDUE));
        }

        vm.stateFilterProperty().set(null);
        vm.unitFilterProperty().set(vm.units().get(2));
        assertEquals(1, vm.columns().size());
        assertEquals(vm.units().get(2).name(), vm.columns().get(0).title());
    }

    @Test
    void groupWorkItemsAreTickedTheSameWay() {
        vm.scopeProperty().set(ActionScope.GROUP);
        assertEquals(1, vm.columns().size());
        MatrixColumn col = vm.columns().get(0);
        MatrixRow row = firstNotScheduledRow(col);
        RecordKey key = vm.keyAt(row, col).orElseThrow();
        assertTrue(key.isGroupItem());

        vm.toggle(key);

        assertEquals(ActionStatus.DONE, ws.checklist().load().record(key).status());
        assertTrue(vm.overallProperty().get().startsWith("本组工作事项完成率"));
    }

    @Test
    void sidePanelEditsPlannedDateAttendanceAndNoteAndRefusesAFutureDoneDate() {
        MatrixColumn col = vm.columns().get(0);
        MatrixRow row = firstNotScheduledRow(col);
        RecordKey key = vm.keyAt(row, col).orElseThrow();
        vm.selectedProperty().set(key);
        CellDetailsViewModel details = vm.details();
        assertTrue(details.visibleProperty().get());

        details.setPlanned(TODAY.plusDays(3));
        details.setAttending(ws.groups().members().get(0).id(), true);
        details.setNote("一把手主持，班子成员逐一发言 ✅");

        ActionRecord stored = ws.checklist().load().record(key);
        assertEquals(ActionStatus.SCHEDULED, stored.status(), "a planned date schedules the cell");
        assertEquals(TODAY.plusDays(3), stored.planned());
        assertEquals(1, stored.attendeeIds().size());
        assertEquals("一把手主持，班子成员逐一发言 ✅", stored.note());

        details.setDone(TODAY.plusDays(1));
        assertTrue(details.errorProperty().get().contains("完成日期"), details.errorProperty().get());
        assertEquals(ActionStatus.SCHEDULED, ws.checklist().load().record(key).status(), "nothing saved");

        details.setStatus(ActionStatus.DONE);
        assertEquals("", details.errorProperty().get());
        assertEquals(TODAY, ws.checklist().load().record(key).done());
    }

    @Test
    void aDateOutsideTheCampaignWarnsButIsSaved() {
        MatrixColumn col = vm.columns().get(0);
        RecordKey key = vm.keyAt(firstNotScheduledRow(col), col).orElseThrow();
        vm.selectedProperty().set(key);
        LocalDate afterCampaign = ws.groups().group().orElseThrow().end().plusDays(10);

        vm.details().setPlanned(afterCampaign);

        assertEquals(afterCampaign, ws.checklist().load().record(key).planned());
        assertFalse(vm.details().warningsProperty().get().isEmpty());
    }

    @Test
    void aTenThousandCharacterNoteIsKept() {
        MatrixColumn col = vm.columns().get(0);
        RecordKey key = vm.keyAt(firstNotScheduledRow(col), col).orElseThrow();
        vm.selectedProperty().set(key);
        String note = "党".repeat(10_000);

        vm.details().setNote(note);

        assertEquals(note, ws.checklist().load().record(key).note());
    }

    @Test
    void aCellDueWithinTheWarningDaysIsMarkedDueSoon() {
        MatrixColumn col = vm.columns().get(0);
        MatrixRow row = firstNotScheduledRow(col);
        RecordKey key = vm.keyAt(row, col).orElseThrow();
        vm.selectedProperty().set(key);

        vm.details().setPlanned(TODAY.plusDays(3));
        CellView soon = vm.cell(row, col).orElseThrow();
        assertTrue(soon.dueSoon());
        assertTrue(soon.text().startsWith(CellView.DUE_SOON_SYMBOL), soon.text());
        assertTrue(soon.accessibleText().contains("即将到期"), soon.accessibleText());

        vm.details().setPlanned(TODAY.plusDays(4));
        assertFalse(vm.cell(row, col).orElseThrow().dueSoon(), "beyond the three default days");
    }
}
