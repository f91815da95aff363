package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.ledger.LedgerDetailModel.Form;
import org.guidancedesk.ui.ledger.LedgerViewModel.QuickForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 整改台账's view model on the demo file (2026-11-24), with no JavaFX toolkit. */
class LedgerViewModelTest {
    private static final LocalDate TODAY = DemoFixture.TODAY;

    @TempDir
    Path dir;
    private DemoFixture demo;
    private Workspace ws;
    private LedgerViewModel vm;

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

    private List<LedgerRow> items() {
        return vm.list().rows().stream().filter(r -> !r.isHeading()).toList();
    }

    private Unit unit(String name) {
        return vm.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private LedgerRow row(String problemStart) {
        return vm.list().rows().stream().filter(r -> !r.isHeading() && r.item().problem().startsWith(problemStart))
                .findFirst().orElseThrow();
    }

    private void select(LedgerRow... rows) {
        vm.selection().select(List.of(rows), rows[rows.length - 1]);
    }

    private Rectification stored(long id) {
        return ws.ledger().items().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void listsEveryItemInUnitThenLedgerThenSerialOrderWithItsTexts() {
        int total = ws.ledger().items().size();
        assertTrue(total >= 30, "demo items: " + total);
        assertEquals(total, items().size());
        assertEquals(total, vm.list().total());
        List<LedgerRow> rows = items();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(LedgerList.DEFAULT_ORDER.compare(rows.get(i - 1), rows.get(i)) < 0, "order at " + i);
        }
        assertEquals(vm.units().get(0).name(), rows.get(0).unitName());

        LedgerRow overdue = row("督查考核发现：部分直属单位党建与业务");
        assertEquals(LedgerRow.Light.OVERDUE, overdue.light());
        assertEquals("✘ 逾期", overdue.lightText());
        assertTrue(overdue.code().matches("整改-\\d{3}"), overdue.code());
        assertEquals("整改中", overdue.statusText());
        assertEquals("限期整改", overdue.nodeText());
        assertEquals("11月21日", overdue.dueText());
        assertEquals("11月12日 考核办法已起草，正在征求意见", overdue.latestText());

        LedgerRow soon = row("调研检视发现：安全生产责任");
        assertEquals("◐ 即将到期", soon.lightText());
        LedgerRow ongoing = row("部分干部担当精神不足");
        assertEquals("✔", ongoing.lightText());
        assertEquals("长期", ongoing.dueText());
        assertTrue(ongoing.code().startsWith("整治-"));
        assertTrue(vm.list().countsProperty().get().startsWith("共 " + total + " 项"), vm.list().countsProperty().get());
    }

    @Test
    void eachCriterionFilters() {
        int total = vm.list().total();
        Unit xiling = unit("西岭市");
        vm.criteria().unitProperty().set(xiling.id());
        assertFalse(items().isEmpty());
        assertTrue(items().stream().allMatch(r -> r.unitId() == xiling.id()));
        assertTrue(vm.list().countsProperty().get().contains("筛选后 " + items().size() + " 项"), vm.list().countsProperty().get());
        vm.criteria().clear();
        assertEquals(total, items().size());

        vm.criteria().ledgerProperty().set(Ledger.SPECIAL);
        assertTrue(items().stream().allMatch(r -> r.item().ledger() == Ledger.SPECIAL));
        assertEquals(Ledger.SPECIAL.defaultCategories(), vm.criteria().categories());
        String category = Ledger.SPECIAL.defaultCategories().get(6);
        vm.criteria().categoryProperty().set(category);
        assertFalse(items().isEmpty());
        assertTrue(items().stream().allMatch(r -> r.item().category().equals(category)));
        vm.criteria().ledgerProperty().set(Ledger.RECTIFY);
        assertNull(vm.criteria().categoryProperty().get(), "a category of the other ledger is dropped");
        assertTrue(items().stream().allMatch(r -> r.item().ledger() == Ledger.RECTIFY));
        vm.criteria().clear();

        vm.criteria().statusProperty().set(RectificationStatus.CLOSED);
        assertEquals(3, items().size());
        vm.criteria().statusProperty().set(null);
        vm.criteria().nodeProperty().set(LedgerNode.LONG_TERM);
        assertTrue(items().stream().allMatch(r -> r.item().node() == LedgerNode.LONG_TERM));
        vm.criteria().nodeProperty().set(null);

        vm.criteria().overdueOnlyProperty().set(true);
        long overdue = ws.ledger().items().stream().filter(r -> r.overdue(TODAY)).count();
        assertEquals(overdue, items().size());
        assertTrue(items().stream().allMatch(r -> r.light() == LedgerRow.Light.OVERDUE));
        assertTrue(vm.list().countsProperty().get().endsWith("逾期 " + overdue + " 项"), vm.list().countsProperty().get());
        vm.criteria().overdueOnlyProperty().set(false);

        vm.criteria().warningsOnlyProperty().set(true);
        assertFalse(items().isEmpty());
        assertTrue(items().stream().allMatch(r -> !r.warnings().isEmpty()));
        assertTrue(items().stream().anyMatch(r -> r.warnings().stream()
                .anyMatch(w -> w.kind() == LedgerWarning.Kind.NEAR_DUPLICATE)));
        vm.criteria().warningsOnlyProperty().set(false);

        vm.criteria().textProperty().set("电梯");
        assertEquals(2, items().size());
        vm.criteria().textProperty().set("电梯 审批手续");
        assertEquals(1, items().size(), "every word must be found");
        vm.criteria().textProperty().set(items().get(0).code());
        assertEquals(1, items().size(), "the code is searched");
        vm.criteria().textProperty().set("南山");
        assertTrue(items().stream().allMatch(r -> r.unitName().equals("南山县")), "the unit's name is searched");
        vm.criteria().clear();
        assertFalse(vm.criteria().isSet());
        assertEquals(total, items().size());
    }

    @Test
    void savedFiltersAreSavedAppliedAndDeleted() {
        vm.criteria().unitProperty().set(unit("南山县").id());
        vm.criteria().overdueOnlyProperty().set(true);
        LedgerFilter wanted = vm.criteria().filter();
        vm.saveFilter("南山逾期", e -> { throw e; });
        assertTrue(vm.saved().names().contains("南山逾期"));
        assertEquals("南山县 · 只看逾期", vm.saved().describe("南山逾期"));

        vm.criteria().clear();
        assertEquals(LedgerFilter.ALL, vm.criteria().filter());
        vm.saved().apply("南山逾期");
        assertEquals(wanted, vm.criteria().filter());
        assertTrue(items().stream().allMatch(r -> r.unitName().equals("南山县") && r.light() == LedgerRow.Light.OVERDUE));

        List<String> refused = new ArrayList<>();
        vm.saveFilter("  ", e -> refused.add(e.messageKey()));
        assertEquals(List.of("validation.required"), refused);

        vm.deleteFilter("南山逾期");
        assertFalse(vm.saved().names().contains("南山逾期"));
    }

    @Test
    void bulkStatusChangesTheSelectedItemsAndKeepsThemListed() {
        vm.criteria().statusProperty().set(RectificationStatus.NOT_STARTED);
        List<LedgerRow> open = items().subList(0, 2);
        select(open.get(0), open.get(1));
        LocalDate on = TODAY.minusDays(1);
        vm.setStatus(RectificationStatus.COMPLETED, on, "");
        for (LedgerRow r : open) {
            Rectification s = stored(r.id());
            assertEquals(RectificationStatus.COMPLETED, s.status());
            assertEquals(on, s.completedOn());
        }
        assertEquals("", vm.messageProperty().get());
        assertTrue(vm.noticeProperty().get().contains("2 项"), vm.noticeProperty().get());
        assertTrue(items().stream().anyMatch(r -> r.id() == open.get(0).id()), "changed items stay listed");
        assertEquals(List.of(open.get(0).id(), open.get(1).id()), vm.selection().ids());
        assertEquals("已完成", vm.selection().currentProperty().get().statusText());

        // 销号 with the verifier.
        vm.setStatus(RectificationStatus.CLOSED, TODAY, "中央第十八指导组");
        assertEquals(RectificationStatus.CLOSED, stored(open.get(1).id()).status());
        assertEquals("中央第十八指导组", stored(open.get(1).id()).verifiedBy());
        assertEquals(on, stored(open.get(1).id()).completedOn(), "the completion date stays");
    }

    @Test
    void aRefusedBulkChangeChangesNothingAndNamesTheItem() {
        LedgerRow dated = row("巡视反馈：水利工程项目审批环节多");
        LedgerRow longTerm = row("部分干部担当精神不足");
        select(longTerm, dated);
        vm.setStatus(RectificationStatus.ONGOING, TODAY, "");
        String message = vm.messageProperty().get();
        assertTrue(message.contains("第 " + dated.item().serial() + " 号"), message);
        assertTrue(message.contains("长期坚持"), message);
        assertEquals(RectificationStatus.IN_PROGRESS, stored(dated.id()).status());
        assertEquals(RectificationStatus.ONGOING, stored(longTerm.id()).status());

        vm.setStatus(RectificationStatus.COMPLETED, TODAY.plusDays(2), "");
        assertTrue(vm.messageProperty().get().contains("不能晚于今天"), vm.messageProperty().get());
        assertEquals(RectificationStatus.IN_PROGRESS, stored(dated.id()).status());
    }

    @Test
    void removalAsksWithTheCodesThenRemoves() {
        LedgerRow a = items().get(0);
        LedgerRow b = items().get(1);
        select(a, b);
        String question = vm.removalQuestion();
        assertTrue(question.contains("2 项") && question.contains(a.code()) && question.contains(b.code()), question);
        int before = vm.list().total();
        vm.removeSelected();
        assertEquals(before - 2, vm.list().total());
        assertNull(vm.selection().currentProperty().get());
        assertTrue(vm.selection().ids().isEmpty());
    }

    @Test
    void quickAddTakesItsDefaultsFromTheFilterAndShowsTheNewItem() {
        Unit nanshan = unit("南山县");
        vm.criteria().unitProperty().set(nanshan.id());
        vm.criteria().ledgerProperty().set(Ledger.SPECIAL);
        String category = Ledger.SPECIAL.defaultCategories().get(3);
        vm.criteria().categoryProperty().set(category);
        vm.criteria().textProperty().set("不会匹配新事项的词");

        QuickForm f = vm.newForm();
        assertEquals(nanshan.id(), f.unitId());
        assertEquals(Ledger.SPECIAL, f.ledger());
        assertEquals(category, f.category());
        assertEquals(LedgerNode.DEADLINE, f.node());
        assertEquals(LocalDate.of(2026, 11, 30), f.due(), "the nearest of the three nodes");
        assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 12, 31)),
                vm.details().milestones());
        assertEquals("11月30日", vm.texts().milestone(vm.details().milestones().get(0)));
        assertEquals("2027年6月30日", vm.texts().milestone(vm.details().milestones().get(1)));

        List<String> refused = new ArrayList<>();
        vm.add(f, r -> { }, e -> refused.add(e.field()));
        assertEquals(List.of("rectification.problem"), refused);

        Rectification[] added = new Rectification[1];
        vm.add(new QuickForm(f.unitId(), f.ledger(), f.category(), "会议室超标准装修", f.node(), f.due(), "林涛", "县委办公室"),
                r -> added[0] = r, e -> { throw e; });
        assertNotNull(added[0]);
        Rectification s = stored(added[0].id());
        assertEquals("会议室超标准装修", s.problem());
        assertEquals(category, s.category());
        assertEquals(TODAY, s.createdOn());
        LedgerRow current = vm.selection().currentProperty().get();
        assertEquals(added[0].id(), current.id(), "the new item is selected");
        assertTrue(vm.list().rows().contains(current), "and listed although the search does not match it");
        assertEquals(List.of(added[0].id()), vm.selection().ids());
        assertTrue(vm.noticeProperty().get().contains(current.code()));
    }

    @Test
    void aDetailEditIsSavedAndARefusalSavesNothing() {
        LedgerRow r = row("群众反映：农村饮水工程维修响应慢");
        select(r);
        LedgerDetailModel d = vm.details();
        assertEquals(r.item(), d.itemProperty().get());
        Form f = d.form();
        assertTrue(d.save(new Form(f.ledger(), f.category(), f.unitId(), f.problem(), "新增维修队伍3支", f.standard(), f.leader(),
                "农村水利司／王伟", f.node(), f.due(), f.status(), f.completedOn(), f.verifiedOn(), f.verifiedBy(),
                "水利发〔2026〕12号", f.remarks())));
        Rectification s = stored(r.id());
        assertEquals("农村水利司／王伟", s.owner());
        assertEquals("新增维修队伍3支", s.measures());
        assertEquals("水利发〔2026〕12号", s.evidence());
        assertEquals("农村水利司／王伟", vm.selection().currentProperty().get().item().owner(), "the row follows");
        assertEquals("", d.errorProperty().get());

        // 限期 without a date is refused by its field; nothing is saved.
        assertFalse(d.save(d.form().withNode(LedgerNode.DEADLINE, null)));
        assertTrue(d.errorProperty().get().startsWith("整改时限："), d.errorProperty().get());
        assertEquals(LedgerNode.IMMEDIATE, stored(r.id()).node());

        // 销号 from the pane: today and the group as verifier by default.
        assertTrue(d.save(d.form().withStatus(RectificationStatus.CLOSED)));
        s = stored(r.id());
        assertEquals(RectificationStatus.CLOSED, s.status());
        assertEquals(TODAY, s.verifiedOn());
        assertEquals(TODAY, s.completedOn());
        assertEquals("中央第十八指导组", s.verifiedBy());
        assertEquals("✔", vm.selection().currentProperty().get().lightText());
    }

    @Test
    void progressNotesAreAddedAndRemovedAndTheLatestFollows() {
        LedgerRow r = row("群众反映：老旧小区加装电梯推进慢");
        select(r);
        LedgerDetailModel d = vm.details();
        assertEquals(2, d.notes().size());
        assertTrue(d.notes().get(0).on().isBefore(d.notes().get(1).on()), "oldest first, newest at the bottom");

        boolean[] cleared = {false};
        d.addNote(TODAY, "已完成审批57部", () -> cleared[0] = true);
        assertTrue(cleared[0]);
        assertEquals(3, d.notes().size());
        assertEquals("已完成审批57部", d.notes().get(2).text());
        assertEquals("11月24日 已完成审批57部", vm.selection().currentProperty().get().latestText());

        d.addNote(TODAY.plusDays(1), "明天的进展", () -> { });
        assertTrue(d.noteErrorProperty().get().contains("不能晚于今天"), d.noteErrorProperty().get());
        d.addNote(TODAY, "  ", () -> { });
        assertTrue(d.noteErrorProperty().get().startsWith("进展情况"), d.noteErrorProperty().get());
        assertEquals(3, ws.ledger().progress(r.id()).size());

        ProgressNote newest = d.notes().get(2);
        d.removeNote(newest);
        assertEquals(2, d.notes().size());
        assertEquals(2, ws.ledger().progress(r.id()).size());
        assertTrue(vm.selection().currentProperty().get().latestText().startsWith("11月20日"), vm.selection().currentProperty().get().latestText());
    }

    @Test
    void aWarningIsDismissedAndRestored() {
        LedgerRow r = items().stream().filter(x -> x.warnings().stream()
                .anyMatch(w -> w.kind() == LedgerWarning.Kind.NEAR_DUPLICATE)).findFirst().orElseThrow();
        select(r);
        LedgerDetailModel d = vm.details();
        LedgerWarning w = d.warnings().get(0);
        String text = vm.texts().warning(w);
        assertTrue(text.matches(".*与本单位 整改-\\d{3} 的问题描述几乎相同.*"), text);
        assertTrue(vm.selection().currentProperty().get().warningsText().contains("几乎相同"));
        Long other = d.otherItem(w);
        assertNotNull(vm.data().row(other), "the other item can be shown");

        d.dismiss(w.kind());
        assertTrue(d.warnings().isEmpty());
        assertEquals(List.of(LedgerWarning.Kind.NEAR_DUPLICATE), d.dismissed());
        assertTrue(vm.selection().currentProperty().get().warnings().isEmpty(), "the ⚠ column follows");

        // Read afresh (another selection and back): the dismissed kind is found again.
        select(items().get(0));
        select(vm.data().row(r.id()));
        assertEquals(List.of(LedgerWarning.Kind.NEAR_DUPLICATE), d.dismissed());

        d.restoreDismissed();
        assertTrue(d.dismissed().isEmpty());
        assertEquals(1, vm.selection().currentProperty().get().warnings().size());
    }

    // --- undo and redo: reload() brings the selected item's pane up to date ----------------------------------

    /** As the window does after 编辑 › 撤销: the file's change taken back, then the section re-read. */
    private void undo() {
        assertTrue(ws.history().undo().isPresent(), "something to undo");
        vm.reload();
    }

    private void redo() {
        assertTrue(ws.history().redo().isPresent(), "something to redo");
        vm.reload();
    }

    @Test
    void undoingADismissBringsTheWarningBackAndTheDismissedCountDown() {
        LedgerRow r = items().stream().filter(x -> x.warnings().stream()
                .anyMatch(w -> w.kind() == LedgerWarning.Kind.NEAR_DUPLICATE)).findFirst().orElseThrow();
        select(r);
        LedgerDetailModel d = vm.details();
        d.dismiss(LedgerWarning.Kind.NEAR_DUPLICATE);
        assertEquals(List.of(LedgerWarning.Kind.NEAR_DUPLICATE), d.dismissed());

        undo();
        assertEquals(r.id(), vm.selection().currentProperty().get().id(), "the selection stays");
        assertEquals(List.of(r.id()), vm.selection().ids());
        assertTrue(d.dismissed().isEmpty(), "no 恢复已忽略的提示（1） left: " + d.dismissed());
        assertTrue(d.warnings().stream().anyMatch(w -> w.kind() == LedgerWarning.Kind.NEAR_DUPLICATE), "the warning is back");

        redo();
        assertEquals(List.of(LedgerWarning.Kind.NEAR_DUPLICATE), d.dismissed());
        assertTrue(d.warnings().stream().noneMatch(w -> w.kind() == LedgerWarning.Kind.NEAR_DUPLICATE));
    }

    @Test
    void undoingANoteAddedOrRemovedChangesTheNoteListAtOnce() {
        LedgerRow r = row("群众反映：老旧小区加装电梯推进慢");
        select(r);
        LedgerDetailModel d = vm.details();
        List<ProgressNote> before = List.copyOf(d.notes());
        assertEquals(2, before.size());

        d.addNote(TODAY, "已完成审批57部", () -> { });
        assertEquals(3, d.notes().size());
        undo();
        assertEquals(before, List.copyOf(d.notes()), "the added note is gone from the pane");
        redo();
        assertEquals(3, d.notes().size());
        assertEquals("已完成审批57部", d.notes().get(2).text());

        // The older note (not the latest: the row itself does not change) removed, then brought back.
        d.removeNote(d.notes().get(0));
        assertEquals(2, d.notes().size());
        undo();
        assertEquals(3, d.notes().size(), "the removed note is back in the pane");
        assertEquals(before.get(0).text(), d.notes().get(0).text());
    }

    @Test
    void undoingAnEditPutsTheFieldsBack() {
        LedgerRow r = row("群众反映：农村饮水工程维修响应慢");
        select(r);
        LedgerDetailModel d = vm.details();
        String measures = d.form().measures();
        Form f = d.form();
        d.save(new Form(f.ledger(), f.category(), f.unitId(), f.problem(), "新增维修队伍3支", f.standard(), f.leader(), f.owner(),
                f.node(), f.due(), f.status(), f.completedOn(), f.verifiedOn(), f.verifiedBy(), f.evidence(), f.remarks()));
        assertEquals("新增维修队伍3支", d.form().measures());
        undo();
        assertEquals(measures, d.form().measures());
        assertEquals(measures, vm.selection().currentProperty().get().item().measures());
        redo();
        assertEquals("新增维修队伍3支", d.form().measures());
    }

    @Test
    void undoingAnAddLeavesNoGhostInThePane() {
        LedgerRow neighbour = items().get(3);
        select(neighbour);
        QuickForm f = vm.newForm();
        Rectification[] added = new Rectification[1];
        vm.add(new QuickForm(f.unitId(), f.ledger(), f.category(), "会议室超标准装修", f.node(), f.due(), "", ""),
                r -> added[0] = r, e -> { throw e; });
        assertEquals(added[0].id(), vm.selection().currentProperty().get().id());

        undo();
        assertNull(vm.data().row(added[0].id()), "the item is gone");
        LedgerRow now = vm.selection().currentProperty().get();
        assertNotNull(now, "the row now in its place is selected");
        assertTrue(now.id() != added[0].id());
        assertNotNull(vm.data().row(now.id()), "a neighbour that exists");
        assertEquals(now.item(), vm.details().itemProperty().get(), "the pane shows the neighbour, not a ghost");
        assertEquals(List.of(now.id()), vm.selection().ids());
    }

    // --- the selection ------------------------------------------------------------------------------------

    @Test
    void theSelectionCountFollowsTheSelectionExactly() {
        List<LedgerRow> four = items().subList(0, 4);
        vm.selection().select(four, four.get(3));
        assertEquals(4, vm.selection().countProperty().get());
        String note = vm.selection().noteProperty().get();
        assertTrue(note.startsWith("已选 4 项") && note.contains(four.get(3).code()), note);

        vm.selection().select(four.subList(0, 3), four.get(1));
        assertEquals(3, vm.selection().countProperty().get());
        assertTrue(vm.selection().noteProperty().get().contains(four.get(1).code()), vm.selection().noteProperty().get());

        select(four.get(2));
        assertEquals(1, vm.selection().countProperty().get());
        assertEquals("", vm.selection().noteProperty().get(), "one item needs no note");

        vm.selection().select(List.of(), null);
        assertEquals(0, vm.selection().countProperty().get());
    }

    @Test
    void theDeleteQuestionForOneItemIsSingular() {
        LedgerRow a = items().get(0);
        select(a);
        String question = vm.removalQuestion();
        assertTrue(question.startsWith("删除 " + a.code() + "？"), question);
        assertTrue(question.contains("它的进展记录") && !question.contains("它们"), question);
        assertFalse(question.contains("这 1 项"), question);
    }

    // --- saved filters --------------------------------------------------------------------------------------

    @Test
    void theActiveSavedFilterIsNamedWhileTheFilterEqualsIt() {
        vm.criteria().unitProperty().set(unit("南山县").id());
        vm.criteria().overdueOnlyProperty().set(true);
        vm.saveFilter("南山逾期", e -> { throw e; });
        assertEquals("南山逾期", vm.saved().activeProperty().get(), "just saved: it is the filter");

        vm.criteria().clear();
        assertEquals("", vm.saved().activeProperty().get());
        vm.saved().apply("南山逾期");
        assertEquals("南山逾期", vm.saved().activeProperty().get());
        vm.criteria().textProperty().set("电梯");
        assertEquals("", vm.saved().activeProperty().get(), "no longer the saved filter");
        vm.criteria().textProperty().set("");
        assertEquals("南山逾期", vm.saved().activeProperty().get(), "the same criteria again");
    }

    @Test
    void anEmptyFilterIsNotSaved() {
        vm.criteria().clear();
        List<String> refused = new ArrayList<>();
        vm.saveFilter("全部", e -> refused.add(e.messageKey()));
        assertFalse(vm.saved().names().contains("全部"));
        assertFalse(ws.ledger().snapshot().savedFilters().containsKey("全部"));
        assertTrue(vm.messageProperty().get().startsWith("没有筛选条件可保存"), vm.messageProperty().get());
    }

    @Test
    void groupingByUnitPutsAHeadingWithItsSubtotalAboveEachUnit() {
        vm.list().groupedProperty().set(true);
        List<LedgerRow> rows = vm.list().rows();
        assertTrue(rows.get(0).isHeading());
        long headings = rows.stream().filter(LedgerRow::isHeading).count();
        assertEquals(vm.units().size(), headings, "every demo unit has items");
        LedgerRow south = rows.stream().filter(r -> r.isHeading() && r.unitName().equals("南山县")).findFirst().orElseThrow();
        long southItems = items().stream().filter(r -> r.unitName().equals("南山县")).count();
        assertEquals(southItems, south.figures().total());
        assertTrue(south.headingText().startsWith("共 " + southItems + " 项 · 已完成 "), south.headingText());
        // Each heading comes right before its unit's items, whatever column sorts within the units.
        vm.list().setColumnOrder(java.util.Comparator.comparing((LedgerRow r) -> r.item().problem()).reversed());
        String unitName = null;
        for (LedgerRow r : vm.list().rows()) {
            if (r.isHeading()) {
                unitName = r.unitName();
            } else {
                assertEquals(unitName, r.unitName());
            }
        }
        // The subtotal is of what the filter shows.
        vm.criteria().overdueOnlyProperty().set(true);
        for (LedgerRow r : vm.list().rows()) {
            if (r.isHeading()) {
                assertEquals(r.figures().total(), r.figures().overdue(), r.headingText());
            }
        }
        vm.list().groupedProperty().set(false);
        assertTrue(vm.list().rows().stream().noneMatch(LedgerRow::isHeading));
    }

    @Test
    void whatTheFilterHidesIsNoLongerSelected() {
        LedgerRow elevator = row("群众反映：老旧小区加装电梯推进慢");
        LedgerRow other = row("巡视反馈：水利工程项目审批环节多");
        select(other, elevator);
        vm.criteria().textProperty().set("电梯");
        assertEquals(List.of(elevator.id()), vm.selection().ids(), "a bulk change acts only on what is seen");
        assertEquals(elevator.id(), vm.selection().currentProperty().get().id());
        vm.criteria().textProperty().set("水利");
        assertTrue(vm.selection().ids().isEmpty());
        assertNull(vm.selection().currentProperty().get(), "the detail pane does not show a hidden item");
    }

    @Test
    void aHeadingIsNeverSelected() {
        vm.list().groupedProperty().set(true);
        LedgerRow heading = vm.list().rows().get(0);
        LedgerRow item = vm.list().rows().get(1);
        vm.selection().select(List.of(heading, item), heading);
        assertEquals(List.of(item.id()), vm.selection().ids());
        assertEquals(item, vm.selection().currentProperty().get());
    }

    /** An item as an import leaves it: 已完成 without a 完成时间 (the file had none). */
    private Rectification importedCompleted() {
        Rectification r = ws.ledger().add(Rectification.builder(Ledger.RECTIFY, unit("南山县").id(), TODAY.minusDays(20))
                .problem("会议多、文件多").due(TODAY.plusDays(10)).rawStatus(RectificationStatus.COMPLETED).build()).item();
        vm.reload();
        return r;
    }

    @Test
    void savingAnUnchangedFormOrAnotherFieldNeverGivesAnImportedItemACompletionDate() {
        Rectification r = importedCompleted();
        int changes = ws.history().ofLedgerItem(r.id()).size();
        vm.selection().selectItem(r.id());
        LedgerDetailModel d = vm.details();
        assertEquals(r.id(), d.itemProperty().get().id());

        // What opening a dialog does: the pane's form saved as it is.
        assertTrue(d.save(d.form()));
        d.flush();
        assertEquals(r, stored(r.id()), "nothing written");
        assertEquals(changes, ws.history().ofLedgerItem(r.id()).size());

        // The user's own edit of another field: saved, the status's dates left as they are.
        Form f = d.form();
        assertTrue(d.save(new Form(f.ledger(), f.category(), f.unitId(), f.problem(), f.measures(), f.standard(), f.leader(),
                f.owner(), f.node(), f.due(), f.status(), f.completedOn(), f.verifiedOn(), f.verifiedBy(), f.evidence(), "已核实")));
        assertEquals("已核实", stored(r.id()).remarks());
        assertNull(stored(r.id()).completedOn());

        // Changing the status is what gives a date: 已销号 today, by the group.
        assertTrue(d.save(d.form().withStatus(RectificationStatus.CLOSED)));
        assertEquals(TODAY, stored(r.id()).verifiedOn());
    }
}
