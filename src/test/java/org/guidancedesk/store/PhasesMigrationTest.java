package org.guidancedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.TrashEntry;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 14 (V014): the five phases become rows of the file, on a file made by version 12 —
 * every action keeps its phase and its place, every record stays with its action, an action
 * deleted before comes back from the trash under its phase, the ledgers' lists are kept.
 */
class PhasesMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    /**
     * A version-12 file: a group, two units, actions of every phase in both scopes in an order
     * that is not their ids' (the study lecture moved to the top), a record with an attendee and
     * a work-log entry on actions, an action deleted the way version 12 recorded it, and the
     * 整改台账's categories edited (the 整治台账's never).
     */
    private Path version12File() throws Exception {
        Path file = dir.resolve("v12.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Migrations.apply(c, 0, 12);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO group_info (id, name, campaign, start_date, end_date) VALUES "
                        + "(1, '中央第十八指导组', '主题教育', '2026-10-12', '2027-02-11')");
                st.executeUpdate("INSERT INTO member (name, role) VALUES ('王建国', 'LEADER')");
                st.executeUpdate("INSERT INTO unit (name, kind) VALUES ('东江省', 'PROVINCE'), ('南山县', 'COUNTY')");
                st.executeUpdate("""
                        INSERT INTO required_action (id, title, phase, must_attend, due_from, due_to, scope, sort_order) VALUES
                        (1, '召开动员部署会', 'STUDY', 1, '2026-10-12', '2026-10-16', 'UNIT', 2),
                        (2, '讲专题党课', 'STUDY', 1, NULL, '2026-11-20', 'UNIT', 1),
                        (3, '召开调研成果交流会', 'RESEARCH', 1, NULL, NULL, 'UNIT', 3),
                        (4, '召开专题民主生活会', 'INSPECTION', 1, NULL, NULL, 'UNIT', 4),
                        (5, '通报整改落实情况', 'RECTIFICATION', 0, NULL, NULL, 'UNIT', 5),
                        (6, '开展总结评估', 'SUMMARY', 1, NULL, NULL, 'UNIT', 6),
                        (7, '开展个别谈话', 'RESEARCH', 0, NULL, NULL, 'GROUP', 7),
                        (8, '召开指导组内部学习会', 'STUDY', 0, NULL, NULL, 'GROUP', 8),
                        (9, '领导班子成员开展专题调研', 'RESEARCH', 0, NULL, NULL, 'UNIT', 9)""");
                st.executeUpdate("INSERT INTO action_record (action_id, unit_id, status, planned_date, done_date, updated_at) "
                        + "VALUES (2, 1, 'DONE', NULL, '2026-11-02', '2026-11-02T02:00:00Z'), "
                        + "(3, 2, 'SCHEDULED', '2026-12-01', NULL, '2026-11-20T02:00:00Z'), "
                        + "(7, NULL, 'DONE', NULL, '2026-11-03', '2026-11-03T02:00:00Z')");
                st.executeUpdate("INSERT INTO record_attendee (record_id, member_id) VALUES (1, 1)");
                st.executeUpdate("INSERT INTO work_entry (kind, on_date, status, action_id, updated_at) "
                        + "VALUES ('TALK', '2026-11-03', 'DONE', 7, '2026-11-03T02:00:00Z')");
                // Deleted in an earlier session, as version 12's triggers recorded it.
                st.executeUpdate("INSERT INTO change_set (id, at, state, session) VALUES (1, '2026-11-20T02:00:00Z', 'DONE', 'old')");
                st.executeUpdate("""
                        INSERT INTO change_row (set_id, tbl, row_key, op, old, new)
                        SELECT 1, 'required_action', json_array(id), 'D', json_object('id', id, 'title', title, 'phase', phase,
                            'must_attend', must_attend, 'due_from', due_from, 'due_to', due_to, 'scope', scope,
                            'sort_order', sort_order), NULL FROM required_action WHERE id = 9""");
                st.executeUpdate("DELETE FROM required_action WHERE id = 9");
                st.executeUpdate("INSERT INTO ledger_category (ledger, name, sort_order) VALUES ('RECTIFY', '巡视反馈', 1), "
                        + "('RECTIFY', '群众来信', 2)");
            }
            c.commit();
        }
        return file;
    }

    @Test
    void everyActionKeepsItsPhaseItsPlaceAndItsRecords() throws Exception {
        Path file = version12File();
        try (Workspace ws = Workspace.open(file, CLOCK, dir.resolve("backups"))) {
            List<RequiredAction> actions = ws.catalog().actions();
            assertEquals(List.of("讲专题党课:学习教育", "召开动员部署会:学习教育", "召开调研成果交流会:调查研究",
                    "召开专题民主生活会:检视问题", "通报整改落实情况:整改落实", "开展总结评估:总结"),
                    describe(actions, ActionScope.UNIT), "the old order: phase first, then the secretary's order");
            assertEquals(List.of("召开指导组内部学习会:学习教育", "开展个别谈话:调查研究"), describe(actions, ActionScope.GROUP),
                    "the group's items keep their headings as areas");
            RequiredAction lecture = actions.get(0);
            assertEquals(2, lecture.id());
            assertEquals("STUDY", lecture.phase().code());
            assertTrue(lecture.mustAttend());
            assertEquals(java.time.LocalDate.of(2026, 11, 20), lecture.dueTo());

            List<Phase> phases = ws.catalog().phases();
            assertEquals(List.of("学习教育", "调查研究", "检视问题", "整改落实", "总结"),
                    phases.stream().filter(p -> p.scope() == ActionScope.UNIT).map(Phase::name).toList());
            assertEquals(5, phases.stream().filter(p -> p.scope() == ActionScope.GROUP).count());

            var checklist = ws.checklist().load();
            assertEquals(3, checklist.records().size());
            assertEquals(1, checklist.record(new org.guidancedesk.domain.RecordKey(2, 1L)).attendeeIds().size());
            assertEquals(org.guidancedesk.domain.ActionStatus.DONE,
                    checklist.record(org.guidancedesk.domain.RecordKey.ofGroupItem(7)).status());
        }
        try (Database db = Database.open(file)) {
            assertEquals(7L, (long) db.read(c -> Sql.count(c, "SELECT action_id FROM work_entry")), "the entry's action stays");
            assertEquals(0L, (long) db.read(c -> Sql.count(c, "SELECT count(*) FROM pragma_foreign_key_check")));
        }
    }

    @Test
    void anActionDeletedBeforeComesBackFromTheTrashUnderItsPhaseAndItsIdStaysFree() throws Exception {
        Path file = version12File();
        try (Workspace ws = Workspace.open(file, CLOCK, dir.resolve("backups"))) {
            RequiredAction added = ws.catalog().add(new RequiredAction(0, "开展支部书记轮训",
                    unitPhase(ws, "STUDY"), false, null, null, ActionScope.UNIT, 0));
            assertEquals(10, added.id(), "the high-water mark is carried over: 9 stays the deleted action's");

            List<TrashEntry> trash = ws.history().trash();
            assertEquals(1, trash.size());
            assertEquals("领导班子成员开展专题调研", trash.get(0).label());
            ws.history().restore(trash.get(0).setId());
            RequiredAction back = ws.catalog().actions().stream().filter(a -> a.id() == 9).findFirst().orElseThrow();
            assertEquals("调查研究", back.phase().name());
            assertEquals(ActionScope.UNIT, back.phase().scope());
        }
    }

    @Test
    void theLedgersListsAreKeptInTheFileEditedOrNot() throws Exception {
        Path file = version12File();
        try (Workspace ws = Workspace.open(file, CLOCK, dir.resolve("backups"))) {
            assertEquals(List.of("巡视反馈", "群众来信"), ws.ledger().categories(Ledger.RECTIFY), "the user's own list stays");
            assertEquals(Ledger.SPECIAL.defaultCategories(), ws.ledger().categories(Ledger.SPECIAL));
        }
        try (Database db = Database.open(file)) {
            assertEquals(8L, (long) db.read(c -> Sql.count(c,
                    "SELECT count(*) FROM ledger_category WHERE ledger = 'SPECIAL'")), "the eight 专项整治 are rows now");
        }
    }

    @Test
    void aPhaseIsRenamedForEveryActionAndRemovedOnlyWhenNothingIsListedUnderIt() throws Exception {
        Path file = version12File();
        try (Workspace ws = Workspace.open(file, CLOCK, dir.resolve("backups"))) {
            Phase study = unitPhase(ws, "STUDY");
            ws.catalog().renamePhase(study.withName("理论学习"));
            assertEquals("理论学习", ws.catalog().actions().get(0).phase().name());

            ValidationException inUse = assertThrows(ValidationException.class, () -> ws.catalog().removePhase(study.id()));
            assertEquals("phase.name", inUse.field());
            assertEquals("validation.phaseInUse", inUse.messageKey());
            ValidationException taken = assertThrows(ValidationException.class,
                    () -> ws.catalog().addPhase(Phase.draft(ActionScope.UNIT, "调查研究")));
            assertEquals("validation.phaseNameTaken", taken.messageKey());

            Phase added = ws.catalog().addPhase(Phase.draft(ActionScope.UNIT, "建章立制"));
            assertEquals(6, added.sortOrder(), "after the five");
            ws.catalog().removePhase(added.id());
            assertEquals(5, ws.catalog().phases().stream().filter(p -> p.scope() == ActionScope.UNIT).count());
            ws.history().undo();
            assertTrue(ws.catalog().phases().stream().anyMatch(p -> p.name().equals("建章立制")), "undo brings it back");
        }
    }

    private static Phase unitPhase(Workspace ws, String code) {
        return ws.catalog().phases().stream().filter(p -> p.scope() == ActionScope.UNIT && p.code().equals(code))
                .findFirst().orElseThrow();
    }

    private static List<String> describe(List<RequiredAction> actions, ActionScope scope) {
        return actions.stream().filter(a -> a.scope() == scope).map(a -> a.title() + ":" + a.phase().name()).toList();
    }
}
