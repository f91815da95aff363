package org.guidancedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.ui.checklist.ChecklistViewModel;
import org.guidancedesk.ui.checklist.MatrixColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member's phone and a unit's liaison: set in 设置, kept in the file, shown in the checklist and the agenda. */
class LiaisonTest {
    @TempDir
    Path folder;
    private SettingsFixture fx;
    private MembersViewModel members;
    private UnitsViewModel units;

    @BeforeEach
    void open() {
        fx = new SettingsFixture(folder);
        members = new MembersViewModel(fx.tasks, fx.ws.groups(), () -> units.load());
        units = new UnitsViewModel(fx.tasks, fx.ws.units(), members.members());
        members.load();
        units.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static <T> java.util.function.Consumer<T> failing() {
        return e -> {
            throw new AssertionError(e);
        };
    }

    private Member addMember(String name, String phone) {
        AtomicReference<Member> saved = new AtomicReference<>();
        members.save(null, name, MemberRole.MEMBER, Set.of(), phone, saved::set, failing());
        return saved.get();
    }

    private Unit addUnit(String name, UnitKind kind, Long liaison) {
        AtomicReference<Unit> saved = new AtomicReference<>();
        units.save(null, name, kind, "", "", liaison, saved::set, failing());
        return saved.get();
    }

    @Test
    void aMembersPhoneAndAUnitsLiaisonAreKeptAndShown() {
        Member li = addMember("李四", " 13800001111 ");
        Unit nanshan = addUnit("南山县", UnitKind.COUNTY, li.id());
        Unit dept = addUnit("市委组织部", UnitKind.CITY_DEPARTMENT, null);

        assertEquals("李四 13800001111", units.liaisonText(nanshan));
        assertEquals("", units.liaisonText(dept));
        var reread = fx.reopen();
        assertEquals("13800001111", reread.groups().members().stream().filter(m -> m.name().equals("李四"))
                .findFirst().orElseThrow().phone());
        assertEquals(li.id(), reread.units().units().get(0).liaisonId());
        assertEquals(UnitKind.CITY_DEPARTMENT, reread.units().units().get(1).kind());
    }

    @Test
    void editingAUnitKeepsItsLiaisonAndRemovingTheMemberClearsIt() {
        Member li = addMember("李四", "13800001111");
        Unit nanshan = addUnit("南山县", UnitKind.COUNTY, li.id());
        AtomicReference<Unit> saved = new AtomicReference<>();
        units.save(nanshan, "南山县", UnitKind.COUNTY, "吴晓燕", "010-1", saved::set, failing());
        assertEquals(li.id(), saved.get().liaisonId(), "an edit without a liaison choice keeps it");

        members.remove(li, () -> {});
        assertEquals(null, units.units().get(0).liaisonId(), "the units are read again after a member goes");
    }

    @Test
    void theLiaisonIsOnTheUnitsCellsAndInTheAgenda() {
        Member li = addMember("李四", "13800001111");
        Unit nanshan = addUnit("南山县", UnitKind.COUNTY, li.id());
        RequiredAction lesson = fx.ws.checklist().load().unitActions().get(0);
        fx.ws.checklist().save(new org.guidancedesk.domain.ActionRecord(
                new org.guidancedesk.domain.RecordKey(lesson.id(), nanshan.id()),
                org.guidancedesk.domain.ActionStatus.SCHEDULED, SettingsFixture.START.plusDays(3), null, Set.of(), ""));

        ChecklistViewModel checklist = new ChecklistViewModel(fx.tasks, fx.ws.checklist());
        checklist.reload();
        MatrixColumn column = checklist.columns().get(0);
        String accessible = checklist.rows().stream().map(r -> checklist.cell(r, column))
                .flatMap(java.util.Optional::stream).filter(c -> c.record().planned() != null)
                .findFirst().orElseThrow().accessibleText();
        assertTrue(accessible.endsWith("\n联络：李四 13800001111"), accessible);

        AgendaItem item = fx.ws.agenda().agenda(7).overdue().stream()
                .filter(i -> i.unit().equals("南山县")).findFirst().orElseThrow();
        assertEquals("李四 13800001111", item.liaison());
    }
}
