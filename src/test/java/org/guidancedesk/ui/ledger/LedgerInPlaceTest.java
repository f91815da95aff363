package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.QueuedUiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.guidancedesk.ui.ledger.LedgerDetailModel.Form;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each ledger write applies what it changed in place — no whole read after it — and leaves
 * the screen as a whole read would; work held back by a queued executor shows that a save
 * arriving during a read, and an item removed while it is shown, come out right.
 */
class LedgerInPlaceTest {
    @TempDir
    Path dir;
    private DemoFixture demo;
    private final AtomicInteger snapshots = new AtomicInteger();
    private final List<Throwable> errors = new ArrayList<>();
    /** Holds the work back until told to run it. */
    private final QueuedUiExecutor queue = new QueuedUiExecutor();

    @BeforeEach
    void open() {
        demo = DemoFixture.open(dir);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private LedgerViewModel counted(UiTasks tasks) {
        var ws = demo.workspace();
        return new LedgerViewModel(tasks, ws, new LedgerData(ws, tasks.i18n(), () -> {
            snapshots.incrementAndGet();
            return ws.ledger().snapshot();
        }));
    }

    private static LedgerRow firstItem(LedgerViewModel vm) {
        return vm.list().rows().stream().filter(r -> !r.isHeading()).findFirst().orElseThrow();
    }

    private static Form withMeasures(Form f, String text) {
        return new Form(f.ledger(), f.category(), f.unitId(), f.problem(), text, f.standard(), f.leader(), f.owner(), f.node(),
                f.due(), f.status(), f.completedOn(), f.verifiedOn(), f.verifiedBy(), f.evidence(), f.remarks());
    }

    /** What the list shows, as texts, row by row. */
    private static List<String> shown(LedgerViewModel vm) {
        return vm.list().rows().stream().map(r -> r.isHeading() ? r.unitName() + r.headingText()
                : r.code() + "|" + r.item() + "|" + r.latestText() + "|" + r.warningsText() + "|" + r.lightText()).toList();
    }

    @Test
    void everyWriteIsAppliedInPlaceWithoutReadingTheWholeLedger() {
        LedgerViewModel vm = counted(demo.tasks());
        vm.reload();
        assertEquals(1, snapshots.get());
        LedgerRow row = firstItem(vm);
        vm.selection().selectItem(row.id());

        vm.details().save(withMeasures(vm.details().form(), "召开专题会议，逐项落实"));
        vm.details().addNote(null, "已完成第一阶段", () -> { });
        vm.selection().selectItems(List.of(row.id()));
        vm.setStatus(RectificationStatus.COMPLETED, null, "");
        assertEquals(1, snapshots.get(), "a save, a note and a bulk status read nothing whole");

        LedgerRow now = vm.data().row(row.id());
        assertEquals("召开专题会议，逐项落实", now.item().measures());
        assertEquals(RectificationStatus.COMPLETED, now.item().status());
        assertTrue(now.latestText().contains("已完成第一阶段"), now.latestText());

        LedgerViewModel fresh = new LedgerViewModel(demo.tasks(), demo.workspace());
        fresh.reload();
        assertEquals(shown(fresh), shown(vm), "the rows as a whole read shows them");
        assertEquals(fresh.list().countsProperty().get(), vm.list().countsProperty().get());
    }

    @Test
    void aDismissalAndTheProblemsWarningsFollowTheirUnitInPlace() {
        LedgerViewModel vm = counted(demo.tasks());
        vm.reload();
        LedgerRow warned = vm.list().rows().stream().filter(r -> !r.isHeading() && !r.warnings().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the demo has a warned item"));
        vm.selection().selectItem(warned.id());
        LedgerWarning.Kind kind = warned.warnings().get(0).kind();
        vm.details().dismiss(kind);
        assertTrue(vm.data().row(warned.id()).warnings().stream().noneMatch(w -> w.kind() == kind));
        vm.details().restoreDismissed();
        assertEquals(1, snapshots.get());

        LedgerViewModel fresh = new LedgerViewModel(demo.tasks(), demo.workspace());
        fresh.reload();
        assertEquals(shown(fresh), shown(vm));
    }

    @Test
    void aSaveThatArrivesDuringAReadIsNotUndoneByIt() {
        LedgerViewModel vm = counted(new UiTasks(queue, errors::add, I18n.forLanguage("zh"), demo.clock()));
        vm.reload();
        queue.runAll();
        LedgerRow row = firstItem(vm);
        vm.selection().selectItem(row.id());

        vm.reload();                    // a read is asked for (another section's change)…
        vm.details().save(withMeasures(vm.details().form(), "边查边改"));   // …and a save after it
        queue.runAll();                 // the read answers first, with the item as it was; then the save
        assertEquals("边查边改", vm.data().row(row.id()).item().measures());
        assertEquals("边查边改", vm.details().itemProperty().get().measures(), "the pane shows what was typed");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void anItemRemovedWhileItIsShownGivesWayToItsNeighbour() {
        LedgerViewModel vm = counted(new UiTasks(queue, errors::add, I18n.forLanguage("zh"), demo.clock()));
        vm.reload();
        queue.runAll();
        List<LedgerRow> items = vm.list().rows().stream().filter(r -> !r.isHeading()).toList();
        LedgerRow gone = items.get(1);
        vm.selection().selectItem(gone.id());
        LedgerRow next = items.get(2);
        vm.reload();                                             // a read asked for (an undo)…
        demo.workspace().ledger().remove(List.of(gone.id()));   // …after the item went behind the screen's back
        queue.runAll();

        assertNull(vm.data().row(gone.id()), "the item is gone");
        LedgerRow current = vm.selection().currentProperty().get();
        assertNotNull(current, "a neighbour is shown");
        assertNotEquals(gone.id(), current.id());
        assertEquals(next.id(), current.id(), "the row that took its place");
        assertEquals(List.of(next.id()), vm.selection().ids());
        assertTrue(vm.list().rows().stream().noneMatch(r -> r.id() == gone.id()));
        assertEquals(items.size() - 1, vm.list().total());
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(2, snapshots.get());
    }
}
