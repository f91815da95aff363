package org.guidancedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 8: members' phones, units' liaisons and the 市直部门 kind, on a file made by version 7. */
class ContactsMigrationTest {
    @TempDir
    Path dir;

    /** A version-7 file with two units, a third deleted (its id in the trash), and a record of unit 1. */
    private Path version7File() throws Exception {
        Path file = dir.resolve("v7.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Migrations.apply(c, 0, 7);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO member (name, role) VALUES ('李四', 'MEMBER')");
                st.executeUpdate("INSERT INTO unit (name, kind, contact, phone, sort_order) VALUES "
                        + "('南山县', 'COUNTY', '吴晓燕', '010-1', 1), ('西岭市', 'CITY', '', '', 2), ('删掉的', 'OTHER', '', '', 3)");
                st.executeUpdate("DELETE FROM unit WHERE name = '删掉的'");
                st.executeUpdate("INSERT INTO required_action (title, phase, scope) VALUES ('讲专题党课', 'STUDY', 'UNIT')");
                st.executeUpdate("INSERT INTO action_record (action_id, unit_id, status, updated_at) "
                        + "VALUES (1, 1, 'SCHEDULED', '2026-11-24T00:00:00Z')");
            }
            c.commit();
        }
        return file;
    }

    @Test
    void unitsKeepTheirRowsIdsAndHighWaterMarkAndTakeTheNewKindAndALiaison() throws Exception {
        Path file = version7File();
        UnitRepository units = new UnitRepository();
        try (Database db = Database.open(file)) {
            assertTrue(Database.latestSchemaVersion() >= 9, "the file goes through migrations 8 and 9");
            List<Unit> before = db.read(units::findAll);
            assertEquals(List.of("南山县", "西岭市"), before.stream().map(Unit::name).toList());
            assertEquals(1, before.get(0).id());
            assertEquals("吴晓燕", before.get(0).contact());
            assertNull(before.get(0).liaisonId());
            assertEquals(1L, (long) db.read(c -> Sql.count(c, "SELECT count(*) FROM action_record WHERE unit_id = 1")));

            Unit added = db.write(c -> units.insert(c, new Unit(0, "市委组织部", UnitKind.CITY_DEPARTMENT, "", "", 0)));
            assertEquals(4, added.id(), "the deleted unit's id 3 stays free for its restore from the trash");
            assertEquals(UnitKind.CITY_DEPARTMENT, db.read(units::findAll).get(2).kind());

            Member li = db.read(new MemberRepository()::findAll).get(0);
            assertEquals("", li.phone(), "a member from before has no phone");
            db.write(c -> {
                new MemberRepository().update(c, new Member(li.id(), li.name(), li.role(), li.duties(), 0, "13800001111"));
                units.update(c, before.get(0).withLiaison(li.id()));
                return null;
            });
            assertEquals("13800001111", db.read(new MemberRepository()::findAll).get(0).phone());
            assertEquals(li.id(), db.read(units::findAll).get(0).liaisonId());
            assertTrue(db.read(c -> Sql.count(c, "SELECT count(*) FROM sqlite_master WHERE name = 'unit_liaison'")) == 1);
            assertEquals(0L, (long) db.read(c -> Sql.count(c, "SELECT count(*) FROM pragma_foreign_key_check")));
        }
    }

    @Test
    void removingAMemberClearsTheirUnitsAndUndoGivesTheLiaisonBack() throws Exception {
        Path file = version7File();
        try (org.guidancedesk.service.Workspace ws = org.guidancedesk.service.Workspace.open(file,
                java.time.Clock.systemDefaultZone(), dir.resolve("backups"))) {
            Member li = ws.groups().members().get(0);
            Unit nanshan = ws.units().units().get(0);
            ws.units().update(nanshan.withLiaison(li.id()));
            ws.groups().removeMember(li.id());
            assertNull(ws.units().units().get(0).liaisonId());
            ws.history().undo();
            assertEquals(li.id(), ws.units().units().get(0).liaisonId());
            assertEquals("李四", ws.groups().members().get(0).name());
        }
    }
}
