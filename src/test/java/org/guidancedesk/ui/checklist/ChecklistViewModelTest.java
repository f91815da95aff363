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
import org.guidancedesk.testing.TestPhases;
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
        assertTrue(vm.rows().get(0) instanceof MatrixRow.PhaseRow p && p.phase().code().equals("STUDY"));
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
        vm.phaseFilterProperty().set(TestPhases.of(vm.phases(), ActionScope.UNIT, "RESEARCH"));
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

    /** The first cells of a column in the given state, in matrix order. */
    private List<RecordKey> cellsIn(MatrixColumn col, CellState state, int count) {
        List<RecordKey> keys = new java.util.ArrayList<>();
        for (MatrixRow r : vm.rows()) {
            if (keys.size() < count && vm.cell(r, col).map(c -> c.state() == state).orElse(false)) {
                keys.add(vm.keyAt(r, col).orElseThrow());
            }
        }
        assertEquals(count, keys.size(), "cells " + state + " in " + col);
        return keys;
    }

    @Test
    void severalCellsAreMarkedDoneOnAPastDateInOneStepThatOneUndoTakesBack() {
        LocalDate september = LocalDate.of(2026, 10, 20);
        List<RecordKey> keys = new java.util.ArrayList<>(cellsIn(vm.columns().get(5), CellState.NOT_SCHEDULED, 2));
        keys.addAll(cellsIn(vm.columns().get(4), CellState.DONE, 1)); // a tick whose date was wrong
        ActionRecord doneBefore = ws.checklist().load().record(keys.get(2));
        assertEquals("其中 1 项已经完成：它们的完成日期也将改为此日期。", vm.doneDates().markDoneRedates(keys), "said before it is done");
        assertEquals("", vm.doneDates().markDoneRedates(keys.subList(0, 2)));

        vm.markDone(keys, september);

        for (RecordKey k : keys) {
            ActionRecord r = ws.checklist().load().record(k);
            assertEquals(ActionStatus.DONE, r.status(), k.toString());
            assertEquals(september, r.done(), k.toString());
        }
        assertEquals(doneBefore.attendeeIds(), ws.checklist().load().record(keys.get(2)).attendeeIds(), "attendance kept");
        assertTrue(tasks.statusProperty().get().contains("3"), tasks.statusProperty().get());
        MatrixRow row = vm.rows().stream().filter(r -> vm.keyAt(r, vm.columns().get(5)).map(keys.get(0)::equals)
                .orElse(false)).findFirst().orElseThrow();
        assertTrue(vm.cell(row, vm.columns().get(5)).orElseThrow().text().startsWith("✔ 10/20"), "the matrix shows it");

        ws.history().undo();

        assertEquals(ActionStatus.NOT_SCHEDULED, ws.checklist().load().record(keys.get(0)).status());
        assertEquals(ActionStatus.NOT_SCHEDULED, ws.checklist().load().record(keys.get(1)).status());
        assertEquals(doneBefore.done(), ws.checklist().load().record(keys.get(2)).done(), "one undo takes back all three");
    }

    @Test
    void theDonePromptStartsOnThePlannedDateThatHasComeOrTodayAndRefusesTheFuture() {
        MatrixColumn col = vm.columns().get(5);
        RecordKey empty = cellsIn(col, CellState.NOT_SCHEDULED, 1).get(0);
        vm.selectedProperty().set(empty);
        vm.details().setPlanned(TODAY.minusDays(4)); // held as planned, never ticked: overdue

        assertEquals(TODAY.minusDays(4), vm.doneDates().suggestedDoneDate(List.of(empty)));
        RecordKey other = cellsIn(col, CellState.NOT_SCHEDULED, 1).get(0);
        assertEquals(TODAY, vm.doneDates().suggestedDoneDate(List.of(other)));
        assertEquals(TODAY, vm.doneDates().suggestedDoneDate(List.of(empty, other)), "no shared date: today");
        assertEquals("南山县 · " + vm.cellName(empty).substring(6), vm.doneDates().markDoneSubject(List.of(empty)));
        assertEquals("已选 2 个单元格", vm.doneDates().markDoneSubject(List.of(empty, other)));
        assertTrue(vm.doneDates().doneDateProblem(TODAY.plusDays(1)).contains("完成日期"), vm.doneDates().doneDateProblem(TODAY.plusDays(1)));
        assertEquals("", vm.doneDates().doneDateProblem(TODAY));

        vm.markDone(List.of(other), TODAY.plusDays(1));
        assertEquals(ActionStatus.NOT_SCHEDULED, ws.checklist().load().record(other).status(), "nothing saved");
    }

    @Test
    void markingDoneLeavesNotApplicableCellsAsTheyAreAndSaysSo() {
        MatrixColumn col = vm.columns().get(5);
        List<RecordKey> keys = cellsIn(col, CellState.NOT_SCHEDULED, 2);
        vm.selectedProperty().set(keys.get(1));
        vm.details().setStatus(ActionStatus.NOT_APPLICABLE);

        vm.markDone(keys, TODAY.minusDays(1));

        assertEquals(ActionStatus.DONE, ws.checklist().load().record(keys.get(0)).status());
        assertEquals(ActionStatus.NOT_APPLICABLE, ws.checklist().load().record(keys.get(1)).status());
        assertTrue(tasks.statusProperty().get().contains("1 项不适用"), tasks.statusProperty().get());
    }

    @Test
    void unTickingACellWithAttendeesOrANoteAsksFirstAndAPlainTickGoesAtOnce() {
        List<String> asked = new java.util.ArrayList<>();
        boolean[] answerYes = {false};
        vm.setConfirmer((header, text, onYes) -> {
            asked.add(header + " " + text);
            if (answerYes[0]) {
                onYes.run();
            }
        });
        MatrixColumn col = vm.columns().get(5);
        List<RecordKey> keys = cellsIn(col, CellState.NOT_SCHEDULED, 2);
        RecordKey attended = keys.get(0);
        RecordKey plain = keys.get(1);
        vm.toggle(attended);
        vm.selectedProperty().set(attended);
        vm.details().setAttending(ws.groups().members().get(1).id(), true);
        vm.toggle(plain);

        vm.toggle(attended); // the stray click: answered no
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("南山县") && asked.get(0).contains("参加人员 1 名"), asked.get(0));
        assertEquals(ActionStatus.DONE, ws.checklist().load().record(attended).status(), "kept done");

        vm.toggle(plain);
        assertEquals(1, asked.size(), "nothing else to lose: no question");
        assertEquals(ActionStatus.NOT_SCHEDULED, ws.checklist().load().record(plain).status());

        answerYes[0] = true;
        vm.toggle(attended);
        assertEquals(2, asked.size());
        ActionRecord after = ws.checklist().load().record(attended);
        assertEquals(ActionStatus.NOT_SCHEDULED, after.status());
        assertEquals(1, after.attendeeIds().size(), "attendance kept, as the question says");
    }

    @Test
    void theProgressColourFollowsTheDatesNotThePercentage() {
        // Red where anything is overdue, yellow where something falls due soon, else green.
        for (MatrixColumn col : vm.columns()) {
            List<CellView> cells = vm.rows().stream().flatMap(r -> vm.cell(r, col).stream()).toList();
            org.guidancedesk.domain.TrafficLight expected =
                    cells.stream().anyMatch(c -> c.state() == CellState.OVERDUE) ? org.guidancedesk.domain.TrafficLight.RED
                    : cells.stream().anyMatch(CellView::dueSoon) ? org.guidancedesk.domain.TrafficLight.YELLOW
                    : org.guidancedesk.domain.TrafficLight.GREEN;
            assertEquals(expected, vm.figures().columnLight(col), col.title());
        }
        MatrixColumn county = vm.columns().get(5);
        assertEquals(org.guidancedesk.domain.TrafficLight.RED, vm.figures().columnLight(county), "南山县 has late cells");
        assertTrue(vm.figures().columnCompletionText(county).startsWith("● "), vm.figures().columnCompletionText(county));
        assertTrue(vm.figures().columnCompletionAccessible(county).contains("有逾期"), vm.figures().columnCompletionAccessible(county));
        assertEquals(org.guidancedesk.domain.TrafficLight.RED, vm.figures().overallLight());

        // Everything late marked done (or exempt): on track, though far from 100 %.
        List<RecordKey> late = new java.util.ArrayList<>();
        List<RecordKey> soon = new java.util.ArrayList<>();
        for (MatrixRow r : vm.rows()) {
            vm.cell(r, county).ifPresent(c -> {
                if (c.state() == CellState.OVERDUE) {
                    late.add(vm.keyAt(r, county).orElseThrow());
                } else if (c.dueSoon()) {
                    soon.add(vm.keyAt(r, county).orElseThrow());
                }
            });
        }
        vm.markDone(late, TODAY);
        assertEquals(soon.isEmpty() ? org.guidancedesk.domain.TrafficLight.GREEN
                : org.guidancedesk.domain.TrafficLight.YELLOW, vm.figures().columnLight(county));
        vm.markDone(soon, TODAY);
        assertEquals(org.guidancedesk.domain.TrafficLight.GREEN, vm.figures().columnLight(county));
        assertTrue(vm.figures().columnCompletion(county).compareTo("100%") != 0, "on track is not finished");
    }

    @Test
    void anOverdueCellShowsTheDateItFellDueByAndSaysIt() {
        MatrixColumn col = vm.columns().get(5);
        RecordKey key = cellsIn(col, CellState.NOT_SCHEDULED, 1).get(0);
        vm.selectedProperty().set(key);
        vm.details().setPlanned(LocalDate.of(2026, 11, 20));
        MatrixRow row = vm.rows().stream().filter(r -> vm.keyAt(r, col).map(key::equals).orElse(false))
                .findFirst().orElseThrow();

        CellView cell = vm.cell(row, col).orElseThrow();

        assertEquals(CellState.OVERDUE, cell.state());
        assertTrue(cell.text().startsWith("✘ 11/20"), cell.text());
        assertTrue(cell.accessibleText().contains("逾期") && cell.accessibleText().contains("11月20日"),
                cell.accessibleText());
    }
}
