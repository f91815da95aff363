package org.guidancedesk.store;

import org.guidancedesk.domain.RecordCount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.testing.TestPhases;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordRepositoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @TempDir
    Path dir;

    private final RecordRepository records = new RecordRepository();
    private final UnitRepository units = new UnitRepository();
    private Database db;
    private Unit province;
    private Unit ministry;
    private RequiredAction lecture;
    private RequiredAction talks;
    private Member wang;
    private Member chen;

    @BeforeEach
    void openFileWithUnitsActionsAndMembers() {
        db = Database.open(dir.resolve("records.db"));
        db.write(c -> {
            province = units.insert(c, new Unit(0, "某省", UnitKind.PROVINCE, "", "", 0));
            ministry = units.insert(c, new Unit(0, "某部委", UnitKind.MINISTRY, "", "", 0));
            ActionRepository actions = new ActionRepository();
            lecture = actions.insert(c, new RequiredAction(0, "讲专题党课", TestPhases.STUDY, true, null, null,
                    ActionScope.UNIT, 0));
            talks = actions.insert(c, new RequiredAction(0, "开展个别谈话", TestPhases.GROUP_RESEARCH, false, null, null,
                    ActionScope.GROUP, 0));
            MemberRepository members = new MemberRepository();
            wang = members.insert(c, new Member(0, "王建国", MemberRole.LEADER, Set.of(), 0));
            chen = members.insert(c, new Member(0, "陈志刚", MemberRole.DEPUTY, Set.of(), 0));
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void save(ActionRecord r) {
        db.write(c -> {
            records.save(c, r, NOW);
            return null;
        });
    }

    private Optional<ActionRecord> find(RecordKey key) {
        return db.read(c -> records.find(c, key));
    }

    private long rows() {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM action_record"));
    }

    private long count(String sql) {
        return db.read(c -> Sql.count(c, sql));
    }

    private long attendeeRows() {
        return count("SELECT count(*) FROM record_attendee");
    }

    @Test
    void aUnitCellIsSavedAndFoundWithEverything() {
        RecordKey key = new RecordKey(lecture.id(), province.id());
        ActionRecord r = new ActionRecord(key, ActionStatus.DONE, TODAY.minusDays(3), TODAY.minusDays(1),
                Set.of(wang.id(), chen.id()), "一把手主持，列席并点评 👍\n第二行");
        save(r);
        assertEquals(Optional.of(r), find(key));
        assertEquals(Map.of(key, r), db.read(records::findAll));
    }

    @Test
    void aGroupItemIsSavedWithoutAUnit() {
        RecordKey key = RecordKey.ofGroupItem(talks.id());
        ActionRecord r = new ActionRecord(key, ActionStatus.SCHEDULED, TODAY.plusDays(2), null, Set.of(wang.id()),
                "与9家单位谈话");
        save(r);
        assertEquals(Optional.of(r), find(key));
        assertEquals(1L, count("SELECT count(*) FROM action_record WHERE unit_id IS NULL"));
        assertEquals(Optional.empty(), find(new RecordKey(talks.id(), province.id())));
    }

    @Test
    void savingACellAgainUpdatesTheOneRowAndReplacesTheAttendees() {
        RecordKey key = new RecordKey(lecture.id(), province.id());
        save(new ActionRecord(key, ActionStatus.SCHEDULED, TODAY, null, Set.of(wang.id()), "初稿"));
        ActionRecord changed = new ActionRecord(key, ActionStatus.DONE, TODAY, TODAY, Set.of(chen.id()), "已完成");
        save(changed);
        assertEquals(1, rows());
        assertEquals(Optional.of(changed), find(key));
        assertEquals(1L, attendeeRows());
    }

    @Test
    void theSameActionIsKeptApartPerUnitAndForTheGroup() {
        RecordKey p = new RecordKey(lecture.id(), province.id());
        RecordKey m = new RecordKey(lecture.id(), ministry.id());
        RecordKey g = RecordKey.ofGroupItem(lecture.id());
        save(ActionRecord.empty(p).toggled(TODAY));
        save(new ActionRecord(m, ActionStatus.NOT_APPLICABLE, null, null, Set.of(), ""));
        save(new ActionRecord(g, ActionStatus.SCHEDULED, TODAY, null, Set.of(), ""));
        assertEquals(3, rows());
        assertEquals(ActionStatus.DONE, find(p).orElseThrow().status());
        assertEquals(ActionStatus.NOT_APPLICABLE, find(m).orElseThrow().status());
        assertEquals(ActionStatus.SCHEDULED, find(g).orElseThrow().status());
    }

    @Test
    void anEmptyRecordDeletesTheRowAndItsAttendees() {
        RecordKey key = new RecordKey(lecture.id(), province.id());
        save(new ActionRecord(key, ActionStatus.DONE, null, TODAY, Set.of(wang.id()), ""));
        save(ActionRecord.empty(key));
        assertEquals(0, rows());
        assertEquals(Optional.empty(), find(key));
        assertEquals(0L, attendeeRows());
    }

    @Test
    void savingAnEmptyRecordForAnUntouchedCellStoresNothing() {
        save(ActionRecord.empty(RecordKey.ofGroupItem(talks.id())));
        assertEquals(0, rows());
    }

    @Test
    void theDatabaseAllowsOneRowPerCellEvenForGroupItems() {
        String insert = "INSERT INTO action_record (action_id, unit_id, status, note, updated_at) VALUES (?, ?, 'SCHEDULED', '', 'x')";
        db.write(c -> Sql.update(c, insert, lecture.id(), province.id()));
        StoreException unitCell = assertThrows(StoreException.class,
                () -> db.write(c -> Sql.update(c, insert, lecture.id(), province.id())));
        assertEquals(StoreException.Reason.CONSTRAINT, unitCell.reason());

        db.write(c -> Sql.update(c, insert, talks.id(), null));
        StoreException groupCell = assertThrows(StoreException.class,
                () -> db.write(c -> Sql.update(c, insert, talks.id(), null)));
        assertEquals(StoreException.Reason.CONSTRAINT, groupCell.reason());
        assertEquals(2, rows());
    }

    @Test
    void aDoneRowWithoutADoneDateIsRefusedByTheSchema() {
        StoreException e = assertThrows(StoreException.class, () -> db.write(c -> Sql.update(c,
                "INSERT INTO action_record (action_id, unit_id, status, note, updated_at) VALUES (?, ?, 'DONE', '', 'x')",
                lecture.id(), province.id())));
        assertEquals(StoreException.Reason.CONSTRAINT, e.reason());
    }

    @Test
    void anAttendeeWhoIsNotAMemberIsRefused() {
        RecordKey key = new RecordKey(lecture.id(), province.id());
        StoreException e = assertThrows(StoreException.class,
                () -> save(new ActionRecord(key, ActionStatus.SCHEDULED, TODAY, null, Set.of(9999L), "")));
        assertEquals(StoreException.Reason.CONSTRAINT, e.reason());
        assertEquals(0, rows());
    }

    @Test
    void deletingAUnitOrActionOrMemberCascades() {
        save(ActionRecord.empty(new RecordKey(lecture.id(), province.id())).toggled(TODAY));
        save(new ActionRecord(new RecordKey(lecture.id(), ministry.id()), ActionStatus.SCHEDULED, TODAY, null,
                Set.of(wang.id(), chen.id()), ""));
        save(ActionRecord.empty(RecordKey.ofGroupItem(talks.id())).toggled(TODAY));

        db.write(c -> {
            units.delete(c, province.id());
            return null;
        });
        assertEquals(Optional.empty(), find(new RecordKey(lecture.id(), province.id())));
        assertEquals(2, rows());

        db.write(c -> {
            new MemberRepository().delete(c, wang.id());
            return null;
        });
        assertEquals(Set.of(chen.id()), find(new RecordKey(lecture.id(), ministry.id())).orElseThrow().attendeeIds());

        db.write(c -> {
            new ActionRepository().delete(c, talks.id());
            return null;
        });
        assertEquals(1, rows());
    }

    @Test
    void countsForAUnitAndAnActionTellHowManyAreDone() {
        save(ActionRecord.empty(new RecordKey(lecture.id(), province.id())).toggled(TODAY));
        save(new ActionRecord(new RecordKey(lecture.id(), ministry.id()), ActionStatus.SCHEDULED, TODAY, null,
                Set.of(), ""));
        assertEquals(new RecordCount(1, 1), db.read(c -> records.countForUnit(c, province.id())));
        assertEquals(new RecordCount(2, 1), db.read(c -> records.countForAction(c, lecture.id())));
        assertEquals(new RecordCount(0, 0), db.read(c -> records.countForAction(c, talks.id())));
    }
}
