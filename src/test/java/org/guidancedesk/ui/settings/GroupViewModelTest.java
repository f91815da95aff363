package org.guidancedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupViewModelTest {
    @TempDir
    Path folder;
    private SettingsFixture fx;
    private GroupViewModel vm;
    private final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void open() {
        fx = new SettingsFixture(folder);
        vm = new GroupViewModel(fx.tasks, fx.ws.groups(), changed::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Group stored() {
        return fx.ws.groups().group().orElseThrow();
    }

    @Test
    void loadingFillsTheFieldsWithoutSaving() {
        assertEquals("中央第十八指导组", vm.nameProperty().get());
        assertEquals(SettingsFixture.START, vm.startProperty().get());
        assertEquals("李明", vm.secretaryProperty().get().name());
        assertEquals(1, vm.members().size());
        assertTrue(vm.availableProperty().get());
        vm.commit();
        assertEquals(0, changed.get(), "an unchanged group is not written");
    }

    @Test
    void aCommittedChangeIsSavedAtOnceAndReported() {
        vm.nameProperty().set("  中央第二十指导组 ");
        vm.commit();

        assertEquals("中央第二十指导组", stored().name());
        assertEquals("中央第二十指导组", vm.nameProperty().get(), "the field shows what was stored");
        assertEquals(1, changed.get());
        assertEquals("", vm.errorProperty().get());
        assertTrue(fx.tasks.statusProperty().get().startsWith("已保存"));
        assertEquals("中央第二十指导组", fx.reopen().groups().group().orElseThrow().name());
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndTheTypedDateKept() {
        LocalDate early = SettingsFixture.START.minusDays(1);
        vm.endProperty().set(early);
        vm.commit();

        assertEquals(SettingsFixture.END, stored().end(), "nothing saved");
        assertEquals(early, vm.endProperty().get(), "the field keeps what the user chose");
        assertEquals("group.end", vm.errorFieldProperty().get());
        assertEquals("结束日期：结束日期不能早于开始日期", vm.errorProperty().get());
        assertEquals(0, changed.get());

        vm.endProperty().set(SettingsFixture.END.plusDays(10));
        vm.commit();
        assertEquals(SettingsFixture.END.plusDays(10), stored().end());
        assertEquals("", vm.errorProperty().get());
        assertEquals("", vm.errorFieldProperty().get());
    }

    @Test
    void aBlankNameOrMissingDateNamesTheField() {
        vm.nameProperty().set("  ");
        vm.commit();
        assertEquals("组名：不能为空", vm.errorProperty().get());
        assertEquals("中央第十八指导组", stored().name());

        vm.nameProperty().set("中央第十八指导组");
        vm.startProperty().set(null);
        vm.commit();
        assertEquals("group.start", vm.errorFieldProperty().get());
        assertEquals(SettingsFixture.START, stored().start());
    }

    @Test
    void choosingAnotherSecretarySavesIt() {
        Member wang = fx.ws.groups().addMember(new Member(0, "王建国", MemberRole.LEADER, Set.of(), 0));
        vm.reloadMembers();
        assertEquals(2, vm.members().size());
        assertEquals("李明", vm.secretaryProperty().get().name(), "reloading keeps the choice");

        vm.secretaryProperty().set(vm.members().get(1));
        vm.commit();
        assertEquals(wang.id(), stored().secretaryId());
        assertEquals(1, changed.get());
    }

    @Test
    void reloadingReplacesTypedValuesWithTheStoredOnes() {
        vm.nameProperty().set("");
        vm.commit();
        vm.load();
        assertEquals("中央第十八指导组", vm.nameProperty().get());
        assertEquals("", vm.errorProperty().get());
    }
}
