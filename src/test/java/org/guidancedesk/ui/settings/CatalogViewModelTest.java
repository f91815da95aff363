package org.guidancedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.testing.TestPhases;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogViewModelTest {
    @TempDir
    Path folder;
    private SettingsFixture fx;
    private CatalogViewModel vm;

    @BeforeEach
    void open() {
        fx = new SettingsFixture(folder);
        vm = new CatalogViewModel(fx.tasks, fx.ws.catalog(), fx.ws.catalogFiles());
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> titles(List<RequiredAction> actions) {
        return actions.stream().map(RequiredAction::title).toList();
    }

    private List<String> storedTitles(ActionScope scope) {
        return titles(fx.reopen().catalog().actions().stream().filter(a -> a.scope() == scope).toList());
    }

    @Test
    void oneScopeIsShownAtATime() {
        assertTrue(vm.shown().stream().allMatch(a -> a.scope() == ActionScope.UNIT));
        assertEquals("召开动员部署会", vm.shown().get(0).title());
        vm.scopeProperty().set(ActionScope.GROUP);
        assertTrue(vm.shown().stream().allMatch(a -> a.scope() == ActionScope.GROUP));
        assertEquals("召开指导组内部学习会", vm.shown().get(0).title());
    }

    @Test
    void anAddedItemGoesToTheChosenScopeAtTheEndOfItsPhase() {
        vm.scopeProperty().set(ActionScope.GROUP);
        AtomicReference<RequiredAction> saved = new AtomicReference<>();
        vm.save(null, "列席单位集中学习", TestPhases.of(vm.phases(ActionScope.GROUP), ActionScope.GROUP, "STUDY"), true, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 30),
                ActionScope.GROUP, saved::set, e -> {
                    throw new AssertionError(e);
                });

        List<String> group = storedTitles(ActionScope.GROUP);
        assertEquals("列席单位集中学习", group.get(3), "after the three study items");
        assertEquals(ActionScope.GROUP, saved.get().scope());
        assertEquals("10月12日—10月30日", vm.dueText(saved.get()));
        assertTrue(vm.shown().stream().anyMatch(a -> a.id() == saved.get().id()));
    }

    @Test
    void aDueWindowEndingBeforeItStartsIsRefusedOnTheEndField() {
        RequiredAction first = vm.shown().get(0);
        AtomicReference<ValidationException> refused = new AtomicReference<>();
        vm.save(first, first.title(), first.phase(), first.mustAttend(), LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 1), first.scope(), a -> {
                    throw new AssertionError("saved");
                }, refused::set);
        assertEquals("action.dueTo", refused.get().field());
        assertNull(fx.ws.catalog().actions().get(0).dueFrom());
    }

    @Test
    void editingKeepsTheScope() {
        RequiredAction first = vm.shown().get(0);
        vm.save(first, "召开动员部署大会", first.phase(), false, null, LocalDate.of(2026, 10, 20), ActionScope.GROUP,
                a -> { }, e -> {
                    throw new AssertionError(e);
                });
        RequiredAction reread = fx.reopen().catalog().actions().get(0);
        assertEquals("召开动员部署大会", reread.title());
        assertEquals(ActionScope.UNIT, reread.scope());
        assertFalse(reread.mustAttend());
        assertEquals("10月20日前", vm.dueText(reread));
    }

    @Test
    void movingStaysInsideThePhaseAndPersists() {
        List<RequiredAction> study = vm.shown().stream().filter(a -> a.phase().code().equals("STUDY")).toList();
        RequiredAction lastStudy = study.get(study.size() - 1);
        RequiredAction firstResearch = vm.shown().get(study.size());
        assertFalse(vm.canMove(vm.shown().get(0), -1));
        assertFalse(vm.canMove(lastStudy, 1), "the next row is another phase");
        assertFalse(vm.canMove(firstResearch, -1));

        AtomicReference<RequiredAction> moved = new AtomicReference<>();
        vm.move(vm.shown().get(1), -1, moved::set);
        assertEquals(List.of("制定实施方案并报指导组审阅", "召开动员部署会"), titles(vm.shown().subList(0, 2)));
        assertEquals("制定实施方案并报指导组审阅", moved.get().title());

        List<String> before = titles(vm.shown());
        assertEquals(before, storedTitles(ActionScope.UNIT));
        assertEquals("召开指导组内部学习会", storedTitles(ActionScope.GROUP).get(0), "the other scope is untouched");
    }

    @Test
    void deletingAnActionSaysWhatGoesWithItAndRemovesItsRecords() {
        Unit unit = fx.ws.units().add(new Unit(0, "东江省", UnitKind.PROVINCE, "", "", 0));
        RequiredAction first = vm.shown().get(0);
        fx.ws.checklist().toggle(new RecordKey(first.id(), unit.id()));

        AtomicReference<Removal> removal = new AtomicReference<>();
        vm.removal(first, removal::set);
        assertEquals("删除“召开动员部署会”将同时删除它的 1 条记录（其中 1 条已完成）。删除后可以在“编辑 › 回收站”中恢复。",
                removal.get().message());

        vm.remove(first, () -> { });
        assertFalse(titles(vm.shown()).contains("召开动员部署会"));
        assertFalse(storedTitles(ActionScope.UNIT).contains("召开动员部署会"));
        assertEquals(0, fx.ws.units().recordsOf(unit.id()).total());
    }

    @Test
    void aCatalogueExportedHereIsPreviewedAndImportedIntoAnotherGroupWithItsPlanFirst() throws Exception {
        java.nio.file.Path file = folder.resolve("目录.xlsx");
        assertEquals("规定动作目录-2026-11-24", vm.exportName());
        vm.scopeProperty().set(ActionScope.GROUP);
        vm.save(null, "每周开展学习交流研讨", TestPhases.of(vm.phases(ActionScope.GROUP), ActionScope.GROUP, "STUDY"), false,
                null, null, ActionScope.GROUP, a -> { }, e -> {
                    throw new AssertionError(e);
                });
        assertEquals("已导出目录（58 条）到 目录.xlsx", vm.export(file), "48 of the catalogue, the ten review kinds");

        try (SettingsFixture other = new SettingsFixture(java.nio.file.Files.createDirectories(folder.resolve("other")))) {
            CatalogViewModel there = new CatalogViewModel(other.tasks, other.ws.catalog(), other.ws.catalogFiles());
            there.load();
            AtomicReference<CatalogViewModel.ImportPreview> preview = new AtomicReference<>();
            java.util.concurrent.atomic.AtomicInteger phasesTold = new java.util.concurrent.atomic.AtomicInteger();
            there.setOnImported(phasesTold::incrementAndGet);
            there.previewImport(file, preview::set);
            assertEquals(List.of(), preview.get().problems());
            assertEquals(1, preview.get().writes());
            assertEquals(List.of("新增 1 项，修改 0 项，未变 57 项；目录文件中未列出的已有条目 0 项（保持原样）",
                    "新增 · 工作事项：每周开展学习交流研讨"), preview.get().plan());
            there.commitImport(preview.get());
            assertTrue(there.all().stream().anyMatch(a -> a.title().equals("每周开展学习交流研讨")), "the list is read again");
            assertEquals(1, phasesTold.get());
            assertTrue(other.tasks.statusProperty().get().startsWith("已从 目录.xlsx 导入目录：新增 1 项"),
                    other.tasks.statusProperty().get());
        }
    }
}
