package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.ChangeSets;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the 延期… and 退回… dialogs do, without a toolkit: what they offer, refusals by field, the screen in place. */
class ItemDecisionsTest {
    private static final LocalDate TODAY = DemoFixture.TODAY;

    @TempDir
    Path dir;
    private DemoFixture demo;
    private Workspace ws;
    private LedgerViewModel vm;
    private final List<ValidationException> refused = new ArrayList<>();
    private int done;

    @BeforeEach
    void openDemo() {
        demo = DemoFixture.open(dir);
        ws = demo.workspace();
        vm = new LedgerViewModel(demo.tasks(), ws);
        vm.reload();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private LedgerRow row(String problemStart) {
        return vm.list().rows().stream().filter(r -> !r.isHeading() && r.item().problem().startsWith(problemStart))
                .findFirst().orElseThrow();
    }

    private void select(LedgerRow... rows) {
        vm.selection().select(List.of(rows), rows[rows.length - 1]);
    }

    private void extend(LocalDate to, String reason, String approver) {
        vm.decisions().extend(new ItemDecisions.ExtensionForm(to, reason, approver, TODAY), () -> done++, refused::add);
    }

    @Test
    void anOpenItemOffersExtensionToItsNextNodeApprovedByTheLeader() {
        select(row("调研检视发现：基层反映报表多"));
        ItemDecisions d = vm.decisions();
        assertTrue(d.canExtend());
        assertFalse(d.canSendBack());
        ItemDecisions.ExtensionForm start = d.newExtension();
        assertEquals(LocalDate.of(2027, 6, 30), start.to(), "the first of the 三个节点 after its 11月30日");
        assertEquals("组长 王建国", start.approvedBy());
        assertEquals(TODAY, start.approvedOn());
        assertEquals("", start.reason());
    }

    @Test
    void aRefusalNamesItsFieldKeepsTheDialogOpenAndWritesNothing() throws Exception {
        LedgerRow before = row("调研检视发现：基层反映报表多");
        select(before);
        long sets = ChangeSets.count(dir.resolve("demo.db"));

        extend(TODAY.plusDays(30), "  ", "组长 王建国");
        extend(before.item().due(), "汛期无法施工", "组长 王建国");
        extend(TODAY.plusDays(30), "汛期无法施工", "");

        assertEquals(0, done, "the dialog stays open");
        assertEquals(List.of("延期原因：不能为空", "延期至：须晚于现在的整改时限（" + before.item().due() + "）", "批准人：不能为空"),
                refused.stream().map(e -> Messages.of(demo.tasks().i18n(), e)).toList());
        assertEquals(sets, ChangeSets.count(dir.resolve("demo.db")));
        assertEquals(before.item(), row("调研检视发现：基层反映报表多").item());
    }

    @Test
    void anExtensionShowsAtOnceInTheRowThePaneAndTheFooter() {
        LedgerRow before = row("调研检视发现：基层反映报表多");
        select(before);
        extend(TODAY.plusDays(30), "需与年度考核衔接", "组长 王建国");

        assertEquals(1, done);
        LedgerRow after = row("调研检视发现：基层反映报表多");
        assertEquals("12月24日 延", after.dueText());
        Rectification shown = vm.details().itemProperty().get();
        assertEquals(before.item().due(), shown.originalDue());
        assertEquals("已延期：原定完成时限 11月30日，现延至 12月24日", vm.texts().extension(shown));
        ProgressNote last = vm.details().notes().get(vm.details().notes().size() - 1);
        assertEquals(ProgressNote.Kind.EXTENSION, last.kind());
        assertEquals("延期至12月24日（原定11月30日，组长 王建国批准）：需与年度考核衔接", vm.texts().history(last));
        assertEquals(vm.texts().code(shown) + " 已延期至 12月24日", vm.noticeProperty().get());
        assertEquals(vm.texts().history(last), after.latestText().substring(after.latestText().indexOf(' ') + 1));
    }

    @Test
    void onlyExtendedItemsAreListedWhenAskedAndTheFilterIsKeptByName() {
        vm.criteria().extendedOnlyProperty().set(true);
        List<LedgerRow> rows = vm.list().rows().stream().filter(r -> !r.isHeading()).toList();
        assertEquals(3, rows.size(), "the demo's three 延期");
        assertTrue(rows.stream().allMatch(r -> r.item().extended() && r.dueText().endsWith(" 延")));
        assertTrue(vm.criteria().describe(vm.criteria().filter()).contains("只看已延期"));
        assertEquals(vm.criteria().filter(), org.guidancedesk.domain.LedgerFilter.decode(vm.criteria().filter().encode()));
    }

    @Test
    void aCompletedItemIsSentBackAndSeveralSelectedTakeNoDecision() {
        LedgerRow completed = vm.list().rows().stream().filter(r -> !r.isHeading()
                && r.item().status() == RectificationStatus.COMPLETED).findFirst().orElseThrow();
        LedgerRow other = row("调研检视发现：基层反映报表多");
        select(other, completed);
        assertFalse(vm.decisions().canSendBack(), "one item at a time");
        assertFalse(vm.decisions().canExtend());

        select(completed);
        assertTrue(vm.decisions().canSendBack());
        assertFalse(vm.decisions().canExtend(), "a completion is sent back, not extended");
        assertTrue(vm.decisions().sendBackHeader().endsWith("现为“已完成”，退回后为“整改中”"), vm.decisions().sendBackHeader());
        vm.decisions().sendBack(new ItemDecisions.SendBackForm("", TODAY), () -> done++, refused::add);
        assertEquals("退回原因：不能为空", Messages.of(demo.tasks().i18n(), refused.get(0)));
        vm.decisions().sendBack(new ItemDecisions.SendBackForm("佐证材料不全", TODAY), () -> done++, refused::add);
        assertEquals(1, done);
        Rectification back = vm.details().itemProperty().get();
        assertEquals(RectificationStatus.IN_PROGRESS, back.status());
        assertNull(back.completedOn());
        assertEquals("整改中", vm.details().form().status() == null ? "" : vm.texts().status(vm.details().form().status()));
        assertTrue(vm.decisions().canExtend(), "open again: it can now be extended");
    }
}
