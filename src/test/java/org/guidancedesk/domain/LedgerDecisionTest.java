package org.guidancedesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 延期 and 退回 as rules of the item: what each takes, what it keeps, what it refuses. */
class LedgerDecisionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

    private static Rectification open() {
        return Rectification.builder(Ledger.RECTIFY, 1, TODAY.minusDays(20)).problem("报表过多").node(LedgerNode.DEADLINE)
                .due(DUE).status(RectificationStatus.IN_PROGRESS, TODAY).build();
    }

    private static Rectification completed() {
        return open().toBuilder().status(RectificationStatus.COMPLETED, TODAY.minusDays(2)).build();
    }

    private static void refused(String field, String key, Runnable r) {
        ValidationException e = assertThrows(ValidationException.class, r::run);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(key, e.messageKey(), e.getMessage());
    }

    @Test
    void anExtensionMovesTheDateInForceKeepsTheFirstAndTheLightFollowsTheNewDate() {
        Rectification r = open();
        assertEquals(TrafficLight.YELLOW, r.light(TODAY, 7), "due in six days");
        Rectification extended = r.extendedTo(LocalDate.of(2026, 12, 31));
        assertTrue(extended.extended());
        assertEquals(LocalDate.of(2026, 12, 31), extended.due());
        assertEquals(DUE, extended.originalDue());
        assertEquals(TrafficLight.GREEN, extended.light(TODAY, 7));
        assertFalse(extended.overdue(DUE.plusDays(1)), "past the first date, within the new one");

        Rectification again = extended.extendedTo(LocalDate.of(2027, 3, 31));
        assertEquals(DUE, again.originalDue(), "the first date stays the first");
        assertEquals(LocalDate.of(2027, 3, 31), again.due());
    }

    @Test
    void anExtensionIsToALaterDateOfAnOpenItemWithADueDate() {
        refused("extension.due", "validation.extensionNotLater", () -> open().extendedTo(DUE));
        refused("extension.due", "validation.extensionNotLater", () -> open().extendedTo(DUE.minusDays(1)));
        refused("rectification.status", "validation.extensionOfFinished", () -> completed().extendedTo(DUE.plusDays(30)));
        Rectification longTerm = open().toBuilder().node(LedgerNode.LONG_TERM).due(null).build();
        refused("extension.due", "validation.extensionNeedsDue", () -> longTerm.extendedTo(DUE.plusDays(30)));
    }

    @Test
    void anExtendedItemsDueDateIsNeverBackAtOrBeforeItsFirst() {
        Rectification extended = open().extendedTo(DUE.plusDays(31));
        refused("rectification.due", "validation.dueNotAfterOriginal", () -> extended.toBuilder().due(DUE).build());
        refused("rectification.due", "validation.dueNotAfterOriginal",
                () -> extended.toBuilder().node(LedgerNode.LONG_TERM).due(null).build());
        assertEquals(DUE.plusDays(10), extended.toBuilder().due(DUE.plusDays(10)).build().due(), "earlier, still after the first");
    }

    @Test
    void theDecisionsSayWhatTheyNeed() {
        refused("extension.approvedBy", "validation.required",
                () -> new LedgerDecision.Extension(DUE, DUE.plusDays(30), "  "));
        refused("extension.due", "validation.extensionNotLater", () -> new LedgerDecision.Extension(DUE, DUE, "组长 王建国"));
        refused("rectification.status", "validation.sendBackNeedsCompletion",
                () -> new LedgerDecision.SendBack(RectificationStatus.IN_PROGRESS, null, null, ""));
    }

    @Test
    void aSendBackTakesACompletionBackToInProgressAndRemembersIt() {
        Rectification closed = completed().toBuilder().status(RectificationStatus.CLOSED, TODAY)
                .verifiedOn(TODAY.minusDays(1)).verifiedBy("中央第十八指导组").build();
        Rectification back = closed.sentBack();
        assertEquals(RectificationStatus.IN_PROGRESS, back.status());
        assertNull(back.completedOn());
        assertNull(back.verifiedOn());
        assertEquals("", back.verifiedBy());
        assertEquals(TrafficLight.YELLOW, back.light(TODAY, 7), "open again, its light is its date's");

        LedgerDecision.SendBack took = LedgerDecision.SendBack.of(closed);
        assertEquals(RectificationStatus.CLOSED, took.status());
        assertEquals(TODAY.minusDays(2), took.completedOn());
        assertEquals(TODAY.minusDays(1), took.verifiedOn());
        assertEquals("中央第十八指导组", took.verifiedBy());

        refused("rectification.status", "validation.sendBackNeedsCompletion", () -> open().sentBack());
    }

    @Test
    void aHistoryLineSaysWhichDecisionItHolds() {
        ProgressNote note = new ProgressNote(1, 2, TODAY, "已建立台账");
        ProgressNote extension = new ProgressNote(1, 2, TODAY, "征地手续未办结",
                new LedgerDecision.Extension(DUE, DUE.plusDays(30), "组长 王建国"));
        ProgressNote sendBack = new ProgressNote(1, 2, TODAY, "佐证不全", LedgerDecision.SendBack.of(completed()));
        assertEquals(ProgressNote.Kind.NOTE, note.kind());
        assertEquals(ProgressNote.Kind.EXTENSION, extension.kind());
        assertEquals(ProgressNote.Kind.SENDBACK, sendBack.kind());
        assertEquals(DUE.plusDays(30), extension.extension().to());
        assertNull(extension.sendBack());
        assertEquals(7, sendBack.ofItem(7).itemId());
        assertEquals(sendBack.decision(), sendBack.ofItem(7).decision());
    }
}
