package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerDecision;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.testing.ChangeSets;
import org.guidancedesk.testing.ReviewFiles;
import org.guidancedesk.ui.history.StepText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** 延期 and 退回 on a real file: the light before and after, the first date kept, the history, undo, refusals. */
class LedgerDecisionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final String APPROVER = "组长 王建国";

    @TempDir
    Path dir;
    private Path file;
    private Workspace ws;
    private long unit;

    @BeforeEach
    void open() {
        file = dir.resolve("ledger.db");
        ws = ReviewFiles.create(file, TODAY);
        unit = ReviewFiles.unit(ws, 0);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Rectification add(LocalDate due, RectificationStatus status) {
        Rectification.Builder b = Rectification.builder(Ledger.RECTIFY, unit, TODAY).problem("村级组织挂牌过多")
                .node(LedgerNode.DEADLINE).due(due).status(status, TODAY);
        if (status.completed()) {
            b.completedOn(TODAY.minusDays(1));
        }
        return ws.ledger().add(b.build()).item();
    }

    private Rectification stored(long id) {
        return ws.ledger().items().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private TrafficLight light(Rectification r) {
        return r.light(TODAY, ws.ledger().snapshot().warnDays());
    }

    private String lastStep() throws Exception {
        long set = Long.parseLong(ChangeSets.text(file, "SELECT max(id) FROM change_set"));
        return new StepText(I18n.forLanguage("zh")).label(ws.history().ofStep(set));
    }

    @Test
    void anExtensionMovesTheDateKeepsTheFirstAndTheLightFollows() throws Exception {
        Rectification late = add(TODAY.minusDays(3), RectificationStatus.IN_PROGRESS);
        assertEquals(TrafficLight.RED, light(late));

        LedgerPatch patch = ws.ledger().extend(late.id(), TODAY.plusDays(36), "征地手续尚未办结", APPROVER, TODAY.minusDays(1));
        Rectification extended = patch.item();
        assertEquals(extended, stored(late.id()), "the patch holds the item as stored");
        assertEquals(TODAY.plusDays(36), extended.due());
        assertEquals(TODAY.minusDays(3), extended.originalDue());
        assertEquals(TrafficLight.GREEN, light(extended));
        assertEquals(RectificationStatus.IN_PROGRESS, extended.status());

        ProgressNote line = ws.ledger().progress(late.id()).get(0);
        assertEquals(ProgressNote.Kind.EXTENSION, line.kind());
        assertEquals(TODAY.minusDays(1), line.on(), "dated the day it was approved");
        assertEquals("征地手续尚未办结", line.text());
        assertEquals(new LedgerDecision.Extension(TODAY.minusDays(3), TODAY.plusDays(36), APPROVER), line.decision());
        assertEquals(line, patch.latest().get(late.id()), "the table's 最新进展 is the 延期");
        assertEquals("延期 整改-001", lastStep());

        Rectification again = ws.ledger().extend(late.id(), TODAY.plusDays(60), "需待省级审批", APPROVER, null).item();
        assertEquals(TODAY.minusDays(3), again.originalDue(), "the first date stays the first");
        List<ProgressNote> history = ws.ledger().progress(late.id());
        assertEquals(2, history.size());
        assertEquals(TODAY, history.get(1).on(), "no date given: today");
        assertEquals(TODAY.plusDays(36), history.get(1).extension().from());
    }

    @Test
    void aSendBackReopensTheItemAndRecordsWhatItTookBack() throws Exception {
        Rectification done = add(TODAY.plusDays(2), RectificationStatus.COMPLETED);
        assertEquals(TrafficLight.GREEN, light(done), "settled");

        Rectification back = ws.ledger().sendBack(done.id(), "佐证材料不全，群众反映问题仍然存在", null).item();
        assertEquals(RectificationStatus.IN_PROGRESS, back.status());
        assertNull(back.completedOn());
        assertEquals(TrafficLight.YELLOW, light(back), "open again and due in two days");
        assertEquals(back, stored(done.id()));

        ProgressNote line = ws.ledger().progress(done.id()).get(0);
        assertEquals(ProgressNote.Kind.SENDBACK, line.kind());
        assertEquals("佐证材料不全，群众反映问题仍然存在", line.text());
        assertEquals(RectificationStatus.COMPLETED, line.sendBack().status());
        assertEquals(TODAY.minusDays(1), line.sendBack().completedOn());
        assertEquals("退回整改 整改-001", lastStep());

        ValidationException stays = assertThrows(ValidationException.class, () -> ws.ledger().removeProgress(line.id()));
        assertEquals("validation.decisionStays", stays.messageKey());
        assertEquals(1, ws.ledger().progress(done.id()).size());
    }

    @Test
    void oneUndoTakesAnExtensionOrASendBackBackWhole() throws Exception {
        Rectification open = add(TODAY.plusDays(5), RectificationStatus.IN_PROGRESS);
        Rectification done = add(TODAY.plusDays(5), RectificationStatus.COMPLETED);
        long sets = ChangeSets.count(file);

        ws.ledger().extend(open.id(), TODAY.plusDays(40), "汛期无法施工", APPROVER, TODAY);
        assertEquals(sets + 1, ChangeSets.count(file), "one write");
        ws.history().undo();
        assertEquals(open, stored(open.id()));
        assertTrue(ws.ledger().progress(open.id()).isEmpty());

        ws.ledger().sendBack(done.id(), "整改不到位", TODAY);
        ws.history().undo();
        assertEquals(done, stored(done.id()));
        assertTrue(ws.ledger().progress(done.id()).isEmpty());

        ws.history().redo();
        assertEquals(RectificationStatus.IN_PROGRESS, stored(done.id()).status());
        assertEquals(1, ws.ledger().progress(done.id()).size());
    }

    private void refused(String field, String key, Executable write) throws Exception {
        long sets = ChangeSets.count(file);
        List<Rectification> items = ws.ledger().items();
        ValidationException e = assertThrows(ValidationException.class, write);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(key, e.messageKey(), e.getMessage());
        assertEquals(sets, ChangeSets.count(file), "nothing written: " + e.getMessage());
        assertEquals(items, ws.ledger().items());
    }

    @Test
    void badInputIsRefusedByItsFieldAndWritesNothing() throws Exception {
        Rectification open = add(TODAY.plusDays(5), RectificationStatus.IN_PROGRESS);
        Rectification done = add(TODAY.plusDays(5), RectificationStatus.COMPLETED);
        long id = open.id();
        refused("extension.due", "validation.extensionNotLater",
                () -> ws.ledger().extend(id, TODAY.plusDays(5), "理由", APPROVER, TODAY));
        refused("extension.due", "validation.extensionNotLater",
                () -> ws.ledger().extend(id, TODAY.plusDays(1), "理由", APPROVER, TODAY));
        refused("extension.due", "validation.required", () -> ws.ledger().extend(id, null, "理由", APPROVER, TODAY));
        refused("extension.reason", "validation.required",
                () -> ws.ledger().extend(id, TODAY.plusDays(30), "  ", APPROVER, TODAY));
        refused("extension.approvedBy", "validation.required",
                () -> ws.ledger().extend(id, TODAY.plusDays(30), "理由", "", TODAY));
        refused("extension.approvedOn", "validation.notInFuture",
                () -> ws.ledger().extend(id, TODAY.plusDays(30), "理由", APPROVER, TODAY.plusDays(1)));
        refused("rectification.status", "validation.extensionOfFinished",
                () -> ws.ledger().extend(done.id(), TODAY.plusDays(30), "理由", APPROVER, TODAY));

        refused("rectification.status", "validation.sendBackNeedsCompletion", () -> ws.ledger().sendBack(id, "理由", TODAY));
        refused("sendBack.reason", "validation.required", () -> ws.ledger().sendBack(done.id(), "", TODAY));
        refused("sendBack.on", "validation.sendBackBeforeCompletion",
                () -> ws.ledger().sendBack(done.id(), "理由", TODAY.minusDays(2)));
        refused("sendBack.on", "validation.notInFuture", () -> ws.ledger().sendBack(done.id(), "理由", TODAY.plusDays(1)));
    }

    @Test
    void theDetailPaneCannotPutAnExtendedItemsDateBackBeforeItsFirst() throws Exception {
        Rectification open = add(TODAY.plusDays(5), RectificationStatus.IN_PROGRESS);
        Rectification extended = ws.ledger().extend(open.id(), TODAY.plusDays(40), "汛期", APPROVER, TODAY).item();
        refused("rectification.due", "validation.dueNotAfterOriginal",
                () -> ws.ledger().update(extended.toBuilder().due(TODAY.plusDays(5)).build()));
        assertEquals(TODAY.plusDays(20), ws.ledger().update(extended.toBuilder().due(TODAY.plusDays(20)).build()).item().due());
    }
}
