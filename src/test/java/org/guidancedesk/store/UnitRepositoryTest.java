package org.guidancedesk.store;

import org.guidancedesk.domain.RecordCount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitRepositoryTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZONE);

    @TempDir
    Path dir;

    private static Unit unit(String name) {
        return new Unit(0, name, UnitKind.PROVINCE, "", "", 0);
    }

    private static boolean taken(Database db, String name, long exceptId) {
        return db.read(c -> new UnitRepository().nameTaken(c, name, exceptId));
    }

    @Test
    void nameTakenSeesOtherUnitsButNotTheOneBeingEdited() {
        UnitRepository units = new UnitRepository();
        try (Database db = Database.open(dir.resolve("units.db"))) {
            Unit saved = db.write(c -> units.insert(c, unit("某省")));
            db.write(c -> units.insert(c, unit("某部委")));
            assertTrue(taken(db, "某省", 0));
            assertFalse(taken(db, "某省", saved.id()), "renaming a unit to its own name");
            assertTrue(taken(db, "某部委", saved.id()));
            assertFalse(taken(db, "某大学", 0));
        }
    }

    @Test
    void unitsComeBackInDisplayOrderAndCanBeReordered() {
        UnitRepository units = new UnitRepository();
        try (Database db = Database.open(dir.resolve("order.db"))) {
            Unit a = db.write(c -> units.insert(c, unit("甲")));
            Unit b = db.write(c -> units.insert(c, unit("乙")));
            Unit c3 = db.write(c -> units.insert(c, unit("丙")));
            assertEquals(List.of("甲", "乙", "丙"), db.read(units::findAll).stream().map(Unit::name).toList());
            db.write(c -> {
                units.reorder(c, List.of(c3.id(), a.id(), b.id()));
                return null;
            });
            assertEquals(List.of("丙", "甲", "乙"), db.read(units::findAll).stream().map(Unit::name).toList());
        }
    }

    @Test
    void addingADuplicateUnitIsRefusedOnTheNameField() {
        try (Workspace ws = Workspace.open(dir.resolve("dup.db"), CLOCK)) {
            ws.units().add(unit("某省"));
            ValidationException e = assertThrows(ValidationException.class, () -> ws.units().add(unit("  某省 ")));
            assertEquals("unit.name", e.field());
            assertEquals("validation.duplicateUnit", e.messageKey());
            assertEquals(1, ws.units().units().size());
        }
    }

    @Test
    void renamingAUnitToAnotherUnitsNameIsRefused() {
        try (Workspace ws = Workspace.open(dir.resolve("rename.db"), CLOCK)) {
            ws.units().add(unit("某省"));
            Unit other = ws.units().add(unit("某部委"));
            ValidationException e = assertThrows(ValidationException.class, () -> ws.units().update(
                    new Unit(other.id(), "某省", other.kind(), "", "", other.sortOrder())));
            assertEquals("unit.name", e.field());
            ws.units().update(new Unit(other.id(), "某部委", UnitKind.MINISTRY, "王处长", "010", other.sortOrder()));
            assertEquals(UnitKind.MINISTRY, ws.units().units().get(1).kind());
        }
    }

    @Test
    void removingAUnitRemovesItsRecordsAndNoOthers() {
        try (Workspace ws = Workspace.open(dir.resolve("cascade.db"), CLOCK)) {
            ws.groups().createGroup(new Group("中央第十八指导组", "主题教育", LocalDate.of(2026, 10, 19),
                    LocalDate.of(2027, 1, 31), null), "李明");
            Unit province = ws.units().add(unit("某省"));
            Unit ministry = ws.units().add(unit("某部委"));
            RequiredAction first = ws.checklist().load().unitActions().get(0);
            RequiredAction item = ws.checklist().load().groupItems().get(0);
            ws.checklist().toggle(new RecordKey(first.id(), province.id()));
            ws.checklist().toggle(new RecordKey(first.id(), ministry.id()));
            ws.checklist().toggle(RecordKey.ofGroupItem(item.id()));
            assertEquals(new RecordCount(1, 1), ws.units().recordsOf(province.id()));

            ws.units().remove(province.id());

            var records = ws.checklist().load().records();
            assertEquals(2, records.size());
            assertFalse(records.containsKey(new RecordKey(first.id(), province.id())));
            ActionRecord kept = records.get(new RecordKey(first.id(), ministry.id()));
            assertEquals(LocalDate.of(2026, 11, 24), kept.done());
            assertEquals(new RecordCount(0, 0), ws.units().recordsOf(province.id()));
        }
    }
}
