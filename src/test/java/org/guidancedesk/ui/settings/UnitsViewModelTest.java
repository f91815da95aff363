package org.guidancedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitsViewModelTest {
    @TempDir
    Path folder;
    private SettingsFixture fx;
    private UnitsViewModel vm;

    @BeforeEach
    void open() {
        fx = new SettingsFixture(folder);
        vm = new UnitsViewModel(fx.tasks, fx.ws.units(), javafx.collections.FXCollections.observableArrayList());
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Unit add(String name) {
        AtomicReference<Unit> saved = new AtomicReference<>();
        vm.save(null, name, UnitKind.PROVINCE, "张卫东（省委主题教育办）", "010-65120318", saved::set, e -> {
            throw new AssertionError(e);
        });
        assertNotNull(saved.get());
        return saved.get();
    }

    private List<String> names(List<Unit> units) {
        return units.stream().map(Unit::name).toList();
    }

    @Test
    void anAddedUnitAppearsAtTheEndAndIsStillThereAfterReopening() {
        add("东江省");
        Unit city = add("  西岭市 ");

        assertEquals(List.of("东江省", "西岭市"), names(vm.units()));
        assertEquals("西岭市", city.name(), "the name is stored trimmed");

        List<Unit> reread = fx.reopen().units().units();
        assertEquals(List.of("东江省", "西岭市"), names(reread));
        assertEquals("张卫东（省委主题教育办）", reread.get(0).contact());
        assertEquals(UnitKind.PROVINCE, reread.get(0).kind());
    }

    @Test
    void aDuplicateNameIsRefusedOnTheNameFieldAndNothingIsSaved() {
        add("东江省");
        AtomicReference<ValidationException> refused = new AtomicReference<>();
        AtomicReference<Unit> saved = new AtomicReference<>();

        vm.save(null, "东江省", UnitKind.CITY, "", "", saved::set, refused::set);

        assertNull(saved.get());
        assertEquals("unit.name", refused.get().field());
        assertEquals("单位名称：已有名为“东江省”的单位", org.guidancedesk.ui.Messages.of(fx.tasks.i18n(), refused.get()));
        assertEquals(1, vm.units().size());
        assertEquals(1, fx.reopen().units().units().size());
    }

    @Test
    void renamingToAnotherUnitsNameIsRefusedAndTheOldNameKept() {
        add("东江省");
        Unit city = add("西岭市");
        AtomicReference<ValidationException> refused = new AtomicReference<>();

        vm.save(city, "东江省", city.kind(), city.contact(), city.phone(), u -> {
            throw new AssertionError("saved");
        }, refused::set);

        assertEquals("unit.name", refused.get().field());
        assertEquals(List.of("东江省", "西岭市"), names(fx.ws.units().units()));
    }

    @Test
    void aBlankNameIsRefusedBeforeTheFileIsTouched() {
        AtomicReference<ValidationException> refused = new AtomicReference<>();
        vm.save(null, "   ", UnitKind.CITY, "", "", u -> {
            throw new AssertionError("saved");
        }, refused::set);
        assertEquals("unit.name", refused.get().field());
        assertTrue(fx.ws.units().units().isEmpty());
    }

    @Test
    void editingSavesTheChangedFields() {
        Unit unit = add("东江省");
        vm.save(unit, "东江省", UnitKind.PROVINCE, "黄海涛", "010-1", u -> { }, e -> {
            throw new AssertionError(e);
        });
        Unit reread = fx.reopen().units().units().get(0);
        assertEquals("黄海涛", reread.contact());
        assertEquals("010-1", reread.phone());
    }

    @Test
    void movingAUnitUpOrDownPersistsTheOrder() {
        add("东江省");
        add("国家水利发展部");
        Unit city = add("西岭市");

        assertFalse(vm.canMove(vm.units().get(0), -1));
        assertFalse(vm.canMove(vm.units().get(2), 1));
        AtomicReference<Unit> moved = new AtomicReference<>();
        vm.move(city, -1, moved::set);
        assertEquals(List.of("东江省", "西岭市", "国家水利发展部"), names(vm.units()));
        assertEquals(city.id(), moved.get().id());

        vm.move(vm.units().get(0), 1, u -> { });
        assertEquals(List.of("西岭市", "东江省", "国家水利发展部"), names(vm.units()));
        assertEquals(List.of("西岭市", "东江省", "国家水利发展部"), names(fx.reopen().units().units()));
    }

    @Test
    void deletingAUnitSaysWhatGoesWithItAndRemovesItsRecords() {
        Unit province = add("东江省");
        Unit city = add("西岭市");
        List<RequiredAction> actions = fx.ws.catalog().actions().stream()
                .filter(a -> a.scope() == ActionScope.UNIT).toList();
        fx.ws.checklist().toggle(new RecordKey(actions.get(0).id(), province.id()));
        fx.ws.checklist().toggle(new RecordKey(actions.get(1).id(), province.id()));
        fx.ws.checklist().save(new ActionRecord(new RecordKey(actions.get(2).id(), province.id()),
                ActionStatus.SCHEDULED, LocalDate.of(2026, 12, 1), null, Set.of(), ""));
        fx.ws.checklist().toggle(new RecordKey(actions.get(0).id(), city.id()));

        AtomicReference<Removal> removal = new AtomicReference<>();
        vm.removal(province, removal::set);
        assertTrue(removal.get().allowed());
        assertEquals("删除“东江省”将同时删除它的 3 条规定动作记录（其中 2 条已完成）。删除后可以在“编辑 › 回收站”中恢复。",
                removal.get().message());

        boolean[] removed = {false};
        vm.remove(province, () -> removed[0] = true);
        assertTrue(removed[0]);
        assertEquals(List.of("西岭市"), names(vm.units()));
        assertEquals(0, fx.ws.units().recordsOf(province.id()).total());
        assertEquals(1, fx.reopen().checklist().load().records().size(), "only the other unit's record is left");
    }

    private void fileItem(Unit unit, String problem) {
        fx.ws.ledger().add(Rectification.builder(Ledger.RECTIFY, unit.id(), LocalDate.of(2026, 11, 24))
                .problem(problem).node(LedgerNode.DEADLINE).due(LocalDate.of(2026, 12, 31)).build());
    }

    @Test
    void deletingAUnitCountsItsLedgerItemsAndRemovesThem() {
        Unit province = add("东江省");
        Unit city = add("西岭市");
        RequiredAction first = fx.ws.catalog().actions().stream().filter(a -> a.scope() == ActionScope.UNIT)
                .findFirst().orElseThrow();
        fx.ws.checklist().toggle(new RecordKey(first.id(), province.id()));
        fileItem(province, "巡视反馈：政策执行层层衰减");
        fileItem(province, "群众反映：办事难");
        fileItem(city, "群众反映：加装电梯推进慢");

        AtomicReference<Removal> removal = new AtomicReference<>();
        vm.removal(province, removal::set);
        assertEquals("删除“东江省”将同时删除它的 1 条规定动作记录（其中 1 条已完成）和整改台账中的 2 项整改事项（含进展情况）。删除后可以在“编辑 › 回收站”中恢复。",
                removal.get().message());
        assertEquals(2, fx.ws.units().recordsOf(province.id()).ledgerItems());

        vm.removal(city, removal::set);
        assertEquals("删除“西岭市”将同时删除它在整改台账中的 1 项整改事项（含进展情况）。删除后可以在“编辑 › 回收站”中恢复。",
                removal.get().message());

        vm.remove(province, () -> { });
        assertEquals(List.of("群众反映：加装电梯推进慢"),
                fx.reopen().ledger().items().stream().map(Rectification::problem).toList(),
                "the unit's items went with it, the other unit's stay");
    }

    @Test
    void deletingAUnitWithoutRecordsSaysSo() {
        Unit unit = add("南山县");
        AtomicReference<Removal> removal = new AtomicReference<>();
        vm.removal(unit, removal::set);
        assertEquals("删除“南山县”？它还没有规定动作记录。删除后可以在“编辑 › 回收站”中恢复。", removal.get().message());
    }
}
