package org.guidancedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembersViewModelTest {
    @TempDir
    Path folder;
    private SettingsFixture fx;
    private MembersViewModel vm;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        fx = new SettingsFixture(folder);
        vm = new MembersViewModel(fx.tasks, fx.ws.groups(), changes::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Member add(String name, MemberRole role, Set<Duty> duties) {
        AtomicReference<Member> saved = new AtomicReference<>();
        vm.save(null, name, role, duties, saved::set, e -> {
            throw new AssertionError(e);
        });
        return saved.get();
    }

    @Test
    void theSecretaryIsListedAndMarked() {
        assertEquals(1, vm.members().size());
        Member li = vm.members().get(0);
        assertTrue(vm.isSecretary(li));
        assertEquals("联络、材料", vm.dutiesText(li));
    }

    @Test
    void anAddedMemberIsStoredAndTheGroupFormIsTold() {
        Member wang = add("王建国", MemberRole.LEADER, EnumSet.of(Duty.COORDINATION));

        assertEquals(List.of("李明", "王建国"), vm.members().stream().map(Member::name).toList());
        assertFalse(vm.isSecretary(wang));
        assertEquals(1, changes.get());
        Member reread = fx.reopen().groups().members().get(1);
        assertEquals(MemberRole.LEADER, reread.role());
        assertEquals(Set.of(Duty.COORDINATION), reread.duties());
    }

    @Test
    void editingChangesNameRoleAndDuties() {
        Member liu = add("刘芳", MemberRole.MEMBER, Set.of());
        vm.save(liu, "刘 芳", MemberRole.DEPUTY, EnumSet.of(Duty.LIAISON, Duty.LOGISTICS), m -> { }, e -> {
            throw new AssertionError(e);
        });
        Member reread = fx.reopen().groups().members().get(1);
        assertEquals("刘 芳", reread.name());
        assertEquals(MemberRole.DEPUTY, reread.role());
        assertEquals(Set.of(Duty.LIAISON, Duty.LOGISTICS), reread.duties());
        assertEquals(liu.id(), reread.id());
    }

    @Test
    void aBlankNameIsRefusedOnTheNameField() {
        AtomicReference<ValidationException> refused = new AtomicReference<>();
        AtomicReference<Member> saved = new AtomicReference<>();
        vm.save(null, " ", MemberRole.MEMBER, Set.of(), saved::set, refused::set);
        assertNull(saved.get());
        assertEquals("member.name", refused.get().field());
        assertEquals(1, fx.ws.groups().members().size());
        assertEquals(0, changes.get());
    }

    @Test
    void theSecretaryCannotBeDeleted() {
        AtomicReference<Removal> removal = new AtomicReference<>();
        vm.removal(vm.members().get(0), removal::set);
        assertFalse(removal.get().allowed());
        assertEquals("“李明”是本组秘书，不能删除。请先在“本组”页中把秘书改为其他成员，再删除。", removal.get().message());
    }

    @Test
    void deletingAMemberSaysHowManyAttendanceMarksGoAndRemovesThem() {
        Member zhao = add("赵伟", MemberRole.MEMBER, Set.of(Duty.DOCUMENTS));
        Unit unit = fx.ws.units().add(new Unit(0, "东江省", UnitKind.PROVINCE, "", "", 0));
        List<RequiredAction> actions = fx.ws.catalog().actions().stream()
                .filter(a -> a.scope() == ActionScope.UNIT).toList();
        for (int i = 0; i < 2; i++) {
            fx.ws.checklist().save(new ActionRecord(new RecordKey(actions.get(i).id(), unit.id()), ActionStatus.DONE,
                    null, LocalDate.of(2026, 11, 20), Set.of(zhao.id()), ""));
        }

        AtomicReference<Removal> removal = new AtomicReference<>();
        vm.removal(zhao, removal::set);
        assertTrue(removal.get().allowed());
        assertEquals("删除成员“赵伟”将同时删除其 2 条参加记录（规定动作中勾选的参加人员）。删除后可以在“编辑 › 回收站”中恢复。",
                removal.get().message());

        vm.remove(zhao, () -> { });
        assertEquals(List.of("李明"), vm.members().stream().map(Member::name).toList());
        assertEquals(0, fx.ws.groups().attendanceCount(zhao.id()));
        assertEquals(2, fx.reopen().units().recordsOf(unit.id()).done(), "the records themselves stay");
    }

    @Test
    void deletingAMemberWithoutMarksAsksPlainly() {
        Member zhou = add("周涛", MemberRole.MEMBER, Set.of());
        AtomicReference<Removal> removal = new AtomicReference<>();
        vm.removal(zhou, removal::set);
        assertEquals("删除成员“周涛”？删除后可以在“编辑 › 回收站”中恢复。", removal.get().message());
    }

    @Test
    void deletingAMemberSaysWhichWorkEntriesLoseThemAndUndoGivesThemBack() {
        Member zhao = add("赵伟", MemberRole.MEMBER, Set.of());
        long li = vm.members().get(0).id();
        LocalDate day = LocalDate.of(2026, 11, 20);
        WorkEntry meeting = fx.ws.workLog().save(new WorkEntry(0, WorkKind.GROUP_MEETING, WorkStatus.DONE, day, null,
                Set.of(), true, List.of(zhao.id(), li), zhao.id(), "", "", new WorkDetails.None(), List.of(), List.of()));
        fx.ws.workLog().save(new WorkEntry(0, WorkKind.GROUP_MEETING, WorkStatus.DONE, day, null,
                Set.of(), true, List.of(li), li, "", "", new WorkDetails.None(), List.of(), List.of()));

        AtomicReference<Removal> removal = new AtomicReference<>();
        vm.removal(zhao, removal::set);
        assertEquals("删除成员“赵伟”？删除后可以在“编辑 › 回收站”中恢复。该成员参加或带队的 1 条工作记录保留，只是不再列出该成员。",
                removal.get().message());

        vm.remove(zhao, () -> { });
        WorkEntry without = fx.ws.workLog().entries().stream().filter(e -> e.id() == meeting.id()).findFirst().orElseThrow();
        assertEquals(List.of(li), without.memberIds());
        assertNull(without.leaderId(), "the entry they led stays, without a leader");
        assertEquals(2, fx.ws.workLog().entries().size());

        fx.ws.history().undo();
        WorkEntry back = fx.reopen().workLog().entries().stream().filter(e -> e.id() == meeting.id()).findFirst().orElseThrow();
        assertEquals(List.of(zhao.id(), li), back.memberIds());
        assertEquals(zhao.id(), back.leaderId());
    }
}
