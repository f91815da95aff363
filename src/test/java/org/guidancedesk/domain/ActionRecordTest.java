package org.guidancedesk.domain;

import org.guidancedesk.testing.TestPhases;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionRecordTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final RecordKey KEY = new RecordKey(3, 5L);
    private static final RequiredAction NO_WINDOW = action(null, null);
    private static final Group GROUP = new Group("中央第十八指导组", "主题教育",
            LocalDate.of(2026, 10, 19), LocalDate.of(2027, 1, 31), null);

    private static RequiredAction action(LocalDate from, LocalDate to) {
        return new RequiredAction(3, "讲专题党课", TestPhases.STUDY, true, from, to, ActionScope.UNIT, 1);
    }

    private static ActionRecord record(ActionStatus status, LocalDate planned, LocalDate done) {
        return new ActionRecord(KEY, status, planned, done, Set.of(), "");
    }

    @Test
    void tickingAnUntouchedCellMarksItDoneToday() {
        ActionRecord done = ActionRecord.empty(KEY).toggled(TODAY);
        assertEquals(ActionStatus.DONE, done.status());
        assertEquals(TODAY, done.done());
        assertNull(done.planned());
        assertEquals(KEY, done.key());
    }

    @Test
    void tickingAScheduledCellMarksItDoneTodayAndKeepsThePlannedDate() {
        LocalDate planned = TODAY.plusDays(3);
        ActionRecord done = record(ActionStatus.SCHEDULED, planned, null).toggled(TODAY);
        assertEquals(ActionStatus.DONE, done.status());
        assertEquals(TODAY, done.done());
        assertEquals(planned, done.planned());
    }

    @Test
    void tickingADoneCellWithAPlannedDateTakesItBackToScheduled() {
        LocalDate planned = TODAY.minusDays(2);
        ActionRecord undone = record(ActionStatus.DONE, planned, TODAY.minusDays(1)).toggled(TODAY);
        assertEquals(ActionStatus.SCHEDULED, undone.status());
        assertEquals(planned, undone.planned());
        assertNull(undone.done());
    }

    @Test
    void tickingADoneCellWithoutAPlannedDateUndoesItToNotScheduled() {
        ActionRecord undone = record(ActionStatus.DONE, null, TODAY).toggled(TODAY);
        assertEquals(ActionStatus.NOT_SCHEDULED, undone.status());
        assertNull(undone.done());
        assertTrue(undone.isEmpty());
    }

    @Test
    void tickingTwiceKeepsAttendanceAndNote() {
        ActionRecord r = new ActionRecord(KEY, ActionStatus.NOT_SCHEDULED, null, null, Set.of(1L, 2L), "列席读书班");
        ActionRecord done = r.toggled(TODAY);
        assertEquals(Set.of(1L, 2L), done.attendeeIds());
        assertEquals("列席读书班", done.note());
        ActionRecord back = done.toggled(TODAY);
        assertEquals(Set.of(1L, 2L), back.attendeeIds());
        assertEquals("列席读书班", back.note());
        assertEquals(ActionStatus.NOT_SCHEDULED, back.status());
        assertFalse(back.isEmpty(), "attendance and note make it worth keeping");
    }

    @Test
    void tickingANotApplicableCellMarksItDone() {
        ActionRecord done = record(ActionStatus.NOT_APPLICABLE, null, null).toggled(TODAY);
        assertEquals(ActionStatus.DONE, done.status());
        assertEquals(TODAY, done.done());
    }

    @Test
    void aDoneRecordNeedsADoneDate() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> record(ActionStatus.DONE, null, null));
        assertEquals("record.done", e.field());
        assertEquals("validation.doneDateRequired", e.messageKey());
    }

    @Test
    void aDoneDateIsDroppedWhenTheRecordIsNotDone() {
        assertNull(record(ActionStatus.SCHEDULED, TODAY, TODAY).done());
    }

    @Test
    void aDoneDateInTheFutureIsRefusedByCheckAgainstToday() {
        ActionRecord tomorrow = record(ActionStatus.DONE, null, TODAY.plusDays(1));
        ValidationException e = assertThrows(ValidationException.class, () -> tomorrow.checkAgainst(TODAY));
        assertEquals("record.done", e.field());
        assertEquals("validation.doneInFuture", e.messageKey());
        assertDoesNotThrow(() -> record(ActionStatus.DONE, null, TODAY).checkAgainst(TODAY));
        assertDoesNotThrow(() -> record(ActionStatus.DONE, null, TODAY.minusDays(30)).checkAgainst(TODAY));
    }

    @Test
    void plannedYesterdayAndNotDoneIsOverdue() {
        ActionRecord r = record(ActionStatus.SCHEDULED, TODAY.minusDays(1), null);
        assertTrue(r.isOverdue(NO_WINDOW, TODAY));
        assertEquals(CellState.OVERDUE, r.state(NO_WINDOW, TODAY));
    }

    @Test
    void plannedTodayIsStillScheduled() {
        ActionRecord r = record(ActionStatus.SCHEDULED, TODAY, null);
        assertFalse(r.isOverdue(NO_WINDOW, TODAY));
        assertEquals(CellState.SCHEDULED, r.state(NO_WINDOW, TODAY));
    }

    @Test
    void aDueWindowThatEndedYesterdayMakesAnUntouchedCellOverdue() {
        RequiredAction endedYesterday = action(TODAY.minusDays(10), TODAY.minusDays(1));
        ActionRecord r = ActionRecord.empty(KEY);
        assertTrue(r.isOverdue(endedYesterday, TODAY));
        assertEquals(CellState.OVERDUE, r.state(endedYesterday, TODAY));
    }

    @Test
    void aDueWindowEndingTodayIsNotYetOverdue() {
        RequiredAction endsToday = action(TODAY.minusDays(10), TODAY);
        ActionRecord r = ActionRecord.empty(KEY);
        assertFalse(r.isOverdue(endsToday, TODAY));
        assertEquals(CellState.NOT_SCHEDULED, r.state(endsToday, TODAY));
    }

    @Test
    void aWindowThatEndedMakesEvenAFuturePlanOverdue() {
        RequiredAction endedYesterday = action(null, TODAY.minusDays(1));
        ActionRecord r = record(ActionStatus.SCHEDULED, TODAY.plusDays(2), null);
        assertEquals(CellState.OVERDUE, r.state(endedYesterday, TODAY));
    }

    @Test
    void doneOrNotApplicableIsNeverOverdue() {
        RequiredAction longPast = action(TODAY.minusDays(60), TODAY.minusDays(30));
        ActionRecord done = record(ActionStatus.DONE, TODAY.minusDays(40), TODAY.minusDays(1));
        ActionRecord exempt = record(ActionStatus.NOT_APPLICABLE, TODAY.minusDays(40), null);
        assertFalse(done.isOverdue(longPast, TODAY));
        assertFalse(exempt.isOverdue(longPast, TODAY));
        assertEquals(CellState.DONE, done.state(longPast, TODAY));
        assertEquals(CellState.NOT_APPLICABLE, exempt.state(longPast, TODAY));
    }

    @Test
    void anUntouchedCellWithoutWindowIsNotScheduled() {
        assertEquals(CellState.NOT_SCHEDULED, ActionRecord.empty(KEY).state(NO_WINDOW, TODAY));
    }

    @Test
    void datesInsideTheCampaignGiveNoWarnings() {
        ActionRecord r = record(ActionStatus.DONE, GROUP.start(), GROUP.end());
        assertEquals(List.of(), r.warnings(GROUP));
    }

    @Test
    void datesOutsideTheCampaignAreWarnedAboutWithoutBlocking() {
        ActionRecord plannedBefore = record(ActionStatus.SCHEDULED, GROUP.start().minusDays(1), null);
        assertEquals(List.of("warning.plannedOutsideCampaign"), plannedBefore.warnings(GROUP));

        ActionRecord doneAfter = record(ActionStatus.DONE, null, GROUP.end().plusDays(1));
        assertEquals(List.of("warning.doneOutsideCampaign"), doneAfter.warnings(GROUP));

        ActionRecord both = record(ActionStatus.DONE, GROUP.start().minusDays(7), GROUP.end().plusDays(1));
        assertEquals(List.of("warning.plannedOutsideCampaign", "warning.doneOutsideCampaign"), both.warnings(GROUP));
    }

    @Test
    void anOverlongNoteIsRefusedOnTheNoteField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new ActionRecord(KEY, ActionStatus.SCHEDULED, TODAY, null, Set.of(), "x".repeat(20_001)));
        assertEquals("record.note", e.field());
    }

    @Test
    void aRecordWithOnlyANoteOrAttendeesIsNotEmpty() {
        assertTrue(ActionRecord.empty(KEY).isEmpty());
        assertFalse(new ActionRecord(KEY, ActionStatus.NOT_SCHEDULED, null, null, Set.of(), "待联系").isEmpty());
        assertFalse(new ActionRecord(KEY, ActionStatus.NOT_SCHEDULED, null, null, Set.of(4L), "").isEmpty());
        assertFalse(record(ActionStatus.NOT_SCHEDULED, TODAY, null).isEmpty());
        assertFalse(record(ActionStatus.NOT_APPLICABLE, null, null).isEmpty());
    }
}
