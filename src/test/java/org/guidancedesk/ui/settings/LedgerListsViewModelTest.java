package org.guidancedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 设置 › 整改台账: both category lists and the 三个节点, saved at once, on a real file. */
class LedgerListsViewModelTest {
    @TempDir
    Path folder;
    private SettingsFixture fx;
    private LedgerListsViewModel vm;
    private Unit unit;

    @BeforeEach
    void open() {
        fx = new SettingsFixture(folder);
        unit = fx.ws.units().add(new Unit(0, "东江省", UnitKind.PROVINCE, "", "", 0));
        vm = new LedgerListsViewModel(fx.tasks, fx.ws.ledger());
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static <T> java.util.function.Consumer<T> fail() {
        return e -> {
            throw new AssertionError(e);
        };
    }

    private void file(String category, String problem) {
        fx.ws.ledger().add(Rectification.builder(Ledger.RECTIFY, unit.id(), LocalDate.of(2026, 11, 24))
                .category(category).problem(problem).node(LedgerNode.DEADLINE).due(LocalDate.of(2026, 12, 31)).build());
    }

    @Test
    void aNewFileShowsTheDefaultCategoriesOfBothLedgers() {
        assertTrue(vm.loadedProperty().get());
        assertEquals(Ledger.SPECIAL.defaultCategories(), vm.categories(Ledger.SPECIAL));
        assertEquals(List.of("巡视巡察反馈", "督查考核", "调研检视", "群众反映", "指导组反馈"), vm.categories(Ledger.RECTIFY));
        for (int i = 0; i < LedgerListsViewModel.NODES; i++) {
            assertNull(vm.node(i).get());
        }
    }

    @Test
    void anAddedCategoryIsSavedAtOnceAtTheEnd() {
        AtomicReference<String> saved = new AtomicReference<>();
        vm.add(Ledger.RECTIFY, "  信访举报  ", saved::set, fail());

        assertEquals("信访举报", saved.get());
        assertEquals("信访举报", vm.categories(Ledger.RECTIFY).get(5));
        assertEquals(vm.categories(Ledger.RECTIFY), fx.reopen().ledger().categories(Ledger.RECTIFY));
        assertEquals(Ledger.SPECIAL.defaultCategories(), fx.ws.ledger().categories(Ledger.SPECIAL), "the other list stays");
    }

    @Test
    void aBlankOrRepeatedNameIsRefusedAndNothingIsSaved() {
        List<String> refusals = new ArrayList<>();
        vm.add(Ledger.RECTIFY, "   ", s -> { throw new AssertionError(s); },
                e -> refusals.add(Messages.of(fx.tasks.i18n(), e)));
        vm.add(Ledger.RECTIFY, "督查考核", s -> { throw new AssertionError(s); },
                e -> refusals.add(Messages.of(fx.tasks.i18n(), e)));
        vm.rename(Ledger.RECTIFY, "群众反映", "督查考核", s -> { throw new AssertionError(s); },
                e -> refusals.add(Messages.of(fx.tasks.i18n(), e)));

        assertEquals(List.of("类别：不能为空", "类别：“督查考核”已在列表中", "类别：“督查考核”已在列表中"), refusals);
        assertEquals(5, fx.ws.ledger().categories(Ledger.RECTIFY).size());
    }

    @Test
    void aRenameKeepsThePlaceAndTakesTheItemsAlong() {
        file("群众反映", "群众反映：办事难");
        vm.load();
        assertEquals("群众反映（1 项）", vm.label(Ledger.RECTIFY, "群众反映"));
        assertEquals("已有 1 项整改事项属于“群众反映”，改名后这些事项一并改用新名称。",
                vm.renameNote(Ledger.RECTIFY, "群众反映"));
        assertEquals("", vm.renameNote(Ledger.RECTIFY, "督查考核"));

        AtomicReference<String> saved = new AtomicReference<>();
        vm.rename(Ledger.RECTIFY, "群众反映", "群众来信来访", saved::set, fail());

        assertEquals("群众来信来访", saved.get());
        assertEquals(List.of("巡视巡察反馈", "督查考核", "调研检视", "群众来信来访", "指导组反馈"),
                fx.ws.ledger().categories(Ledger.RECTIFY));
        assertTrue(fx.ws.ledger().items().stream().noneMatch(r -> r.category().equals("群众反映")), "items follow");
        assertTrue(fx.ws.ledger().items().stream().anyMatch(r -> r.category().equals("群众来信来访")));
        assertEquals("群众来信来访（1 项）", vm.label(Ledger.RECTIFY, "群众来信来访"));
    }

    @Test
    void removingAUsedCategorySaysTheItemsKeepTheirText() {
        file("督查考核", "督查发现：党建与业务两张皮");
        file("督查考核", "督查发现：台账不全");
        vm.load();

        Removal used = vm.removal(Ledger.RECTIFY, "督查考核");
        assertTrue(used.allowed());
        assertEquals("有 2 项整改事项属于类别“督查考核”。删除后，这些事项保留原来的类别文字，但新增事项时不再提供这个类别。确定删除？",
                used.message());
        assertEquals("删除类别“调研检视”？", vm.removal(Ledger.RECTIFY, "调研检视").message());

        boolean[] removed = {false};
        vm.remove(Ledger.RECTIFY, "督查考核", () -> removed[0] = true);
        assertTrue(removed[0]);
        assertFalse(fx.ws.ledger().categories(Ledger.RECTIFY).contains("督查考核"));
        assertTrue(fx.ws.ledger().items().stream().allMatch(r -> r.category().equals("督查考核")), "items keep the text");
    }

    @Test
    void theLastCategoryOfALedgerCannotGo() {
        for (String c : List.copyOf(vm.categories(Ledger.RECTIFY)).subList(1, 5)) {
            vm.remove(Ledger.RECTIFY, c, () -> { });
        }
        assertEquals(List.of("巡视巡察反馈"), fx.ws.ledger().categories(Ledger.RECTIFY));
        Removal last = vm.removal(Ledger.RECTIFY, "巡视巡察反馈");
        assertFalse(last.allowed());
        assertEquals("至少保留一个类别", last.message());
    }

    @Test
    void categoriesMoveUpAndDownAndTheOrderIsStored() {
        assertFalse(vm.canMove(Ledger.RECTIFY, "巡视巡察反馈", -1));
        assertTrue(vm.canMove(Ledger.RECTIFY, "巡视巡察反馈", 1));
        assertFalse(vm.canMove(Ledger.RECTIFY, "指导组反馈", 1));
        assertFalse(vm.canMove(Ledger.RECTIFY, null, 1));

        AtomicReference<String> moved = new AtomicReference<>();
        vm.move(Ledger.RECTIFY, "指导组反馈", -1, moved::set);
        vm.move(Ledger.RECTIFY, "指导组反馈", -1, moved::set);

        assertEquals("指导组反馈", moved.get());
        assertEquals(List.of("巡视巡察反馈", "督查考核", "指导组反馈", "调研检视", "群众反映"),
                fx.reopen().ledger().categories(Ledger.RECTIFY));
    }

    @Test
    void theNodesAreSavedEarliestFirstAndAClearedOneIsDropped() {
        LocalDate november = LocalDate.of(2026, 11, 30);
        LocalDate june = LocalDate.of(2027, 6, 30);
        LocalDate yearEnd = LocalDate.of(2027, 12, 31);
        vm.node(0).set(yearEnd);
        vm.commitNodes();
        assertEquals(List.of(yearEnd), fx.ws.ledger().milestones());

        vm.node(1).set(november);
        vm.commitNodes();
        vm.node(2).set(june);
        vm.commitNodes();

        assertEquals(List.of(november, june, yearEnd), fx.ws.ledger().milestones());
        assertEquals(november, vm.node(0).get(), "the fields show them earliest first");
        assertEquals(june, vm.node(1).get());
        assertEquals(yearEnd, vm.node(2).get());

        vm.node(1).set(null);
        vm.commitNodes();
        assertEquals(List.of(november, yearEnd), fx.ws.ledger().milestones());
        assertNull(vm.node(2).get());
        assertEquals("", vm.nodesErrorProperty().get());
        assertEquals(List.of(november, yearEnd), fx.reopen().ledger().milestones(), "kept in the file");
    }

    @Test
    void theSameDateTwiceIsOneNode() {
        LocalDate november = LocalDate.of(2026, 11, 30);
        vm.node(0).set(november);
        vm.node(1).set(november);
        vm.commitNodes();
        assertEquals(List.of(november), fx.ws.ledger().milestones());
        assertEquals(november, vm.node(0).get());
        assertNull(vm.node(1).get());
    }

    @Test
    void theStoredNodesAreShownOnLoad() {
        fx.ws.ledger().setMilestones(List.of(LocalDate.of(2027, 6, 30), LocalDate.of(2026, 11, 30)));
        vm.load();
        assertEquals(LocalDate.of(2026, 11, 30), vm.node(0).get());
        assertEquals(LocalDate.of(2027, 6, 30), vm.node(1).get());
        assertNull(vm.node(2).get());
    }

    @Test
    void englishCountsItemsInTheSingularAndPlural() {
        org.guidancedesk.i18n.I18n en = org.guidancedesk.i18n.I18n.forLanguage("en");
        assertEquals("督查考核 (1 item)", en.tr("settings.ledger.categoryUsed", "督查考核", 1));
        assertEquals("督查考核 (12 items)", en.tr("settings.ledger.categoryUsed", "督查考核", 12));
        assertTrue(en.tr("settings.ledger.remove.used", "督查考核", 2).startsWith("2 items are filed under"));
        assertTrue(en.tr("settings.ledger.renameNote", "督查考核", 1).startsWith("1 item is filed under"));
    }

    @Test
    void validationExceptionsNameTheCategoryField() {
        ValidationException e = new ValidationException(LedgerListsViewModel.FIELD, "validation.required");
        assertEquals("类别：不能为空", Messages.of(fx.tasks.i18n(), e));
    }
}
