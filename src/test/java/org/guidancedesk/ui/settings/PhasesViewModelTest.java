package org.guidancedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 设置 › 阶段: the phases of the units' actions and the areas of the group's items, kept in the file. */
class PhasesViewModelTest {
    @TempDir
    Path folder;
    private SettingsFixture fx;
    private PhasesViewModel vm;
    private final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void open() {
        fx = new SettingsFixture(folder);
        vm = new PhasesViewModel(fx.tasks, fx.ws.catalog(), changed::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static List<String> names(List<Phase> phases) {
        return phases.stream().map(Phase::name).toList();
    }

    @Test
    void theStandardPhasesAreShownOneScopeAtATime() {
        assertEquals(List.of("学习教育", "调查研究", "检视问题", "整改落实", "总结"), names(vm.shown()));
        vm.scopeProperty().set(ActionScope.GROUP);
        assertTrue(vm.shown().stream().allMatch(p -> p.scope() == ActionScope.GROUP));
        assertEquals(5, vm.shown().size());
    }

    @Test
    void aPhaseIsAddedAtTheEndRenamedAndMovedAndTheCatalogueFollows() {
        AtomicReference<Phase> saved = new AtomicReference<>();
        vm.save(null, "建章立制", saved::set, e -> {
            throw new AssertionError(e);
        });
        assertEquals("建章立制", vm.shown().get(5).name());
        assertEquals(ActionScope.UNIT, saved.get().scope());

        Phase study = vm.shown().get(0);
        vm.save(study, "理论学习", p -> { }, e -> {
            throw new AssertionError(e);
        });
        assertEquals("理论学习", fx.ws.catalog().actions().get(0).phase().name(), "its actions follow the new name");

        vm.move(vm.shown().get(1), -1, p -> { });
        assertEquals(List.of("调查研究", "理论学习"), names(vm.shown().subList(0, 2)));
        assertEquals("调查研究", fx.reopen().catalog().actions().get(0).phase().name(), "the catalogue is ordered by it");
        assertEquals(3, changed.get(), "the catalogue tab is told each time");
    }

    @Test
    void aNameTakenInTheScopeIsRefusedOnTheNameField() {
        AtomicReference<ValidationException> refused = new AtomicReference<>();
        vm.save(null, "调查研究", p -> {
            throw new AssertionError("saved");
        }, refused::set);
        assertEquals("phase.name", refused.get().field());

        vm.scopeProperty().set(ActionScope.GROUP);
        vm.save(null, "联络协调", p -> { }, e -> {
            throw new AssertionError(e);
        });
        assertTrue(names(vm.shown()).contains("联络协调"), "an area of the group's items");
    }

    @Test
    void aPhaseWithActionsIsNotRemovedAndTheDialogSaysWhy() {
        AtomicReference<Removal> asked = new AtomicReference<>();
        vm.removal(vm.shown().get(0), asked::set);
        assertFalse(asked.get().allowed());
        assertEquals("阶段“学习教育”下还有 6 项事项，不能删除。请先在“规定动作目录”中把它们移到别的阶段或删除。",
                asked.get().message());

        vm.save(null, "建章立制", p -> { }, e -> {
            throw new AssertionError(e);
        });
        Phase unused = vm.shown().get(5);
        vm.removal(unused, asked::set);
        assertTrue(asked.get().allowed());
        vm.remove(unused, () -> { });
        assertEquals(5, vm.shown().size());
        assertEquals(5, fx.reopen().catalog().phases().stream().filter(p -> p.scope() == ActionScope.UNIT).count());
    }
}
