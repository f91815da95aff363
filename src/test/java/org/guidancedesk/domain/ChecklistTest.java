package org.guidancedesk.domain;

import org.guidancedesk.testing.TestPhases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChecklistTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Group GROUP = new Group("中央第十八指导组", "主题教育",
            LocalDate.of(2026, 10, 19), LocalDate.of(2027, 1, 31), null);
    private static final Unit PROVINCE = new Unit(1, "某省", UnitKind.PROVINCE, "", "", 1);
    private static final Unit UNIVERSITY = new Unit(2, "某大学", UnitKind.UNIVERSITY, "", "", 2);
    private static final RequiredAction LECTURE =
            new RequiredAction(10, "讲专题党课", TestPhases.STUDY, true, null, null, ActionScope.UNIT, 1);
    private static final RequiredAction FORUM =
            new RequiredAction(11, "召开调研成果交流会", TestPhases.RESEARCH, true, null, null, ActionScope.UNIT, 2);
    private static final RequiredAction TALKS =
            new RequiredAction(20, "开展个别谈话", TestPhases.GROUP_RESEARCH, false, null, null, ActionScope.GROUP, 3);

    private static Checklist empty() {
        return new Checklist(GROUP, List.of(), List.of(PROVINCE, UNIVERSITY), List.of(LECTURE, FORUM),
                List.of(TALKS), Map.of());
    }

    @Test
    void anUntouchedCellReadsAsAnEmptyRecord() {
        RecordKey key = new RecordKey(LECTURE.id(), PROVINCE.id());
        assertEquals(ActionRecord.empty(key), empty().record(key));
    }

    @Test
    void withStoresAChangedRecordAndLeavesTheOriginalAlone() {
        Checklist before = empty();
        RecordKey key = new RecordKey(LECTURE.id(), PROVINCE.id());
        Checklist after = before.with(ActionRecord.empty(key).toggled(TODAY));
        assertEquals(ActionStatus.DONE, after.record(key).status());
        assertTrue(before.records().isEmpty());
    }

    @Test
    void withRemovesARecordThatBecameEmpty() {
        RecordKey key = new RecordKey(LECTURE.id(), PROVINCE.id());
        Checklist ticked = empty().with(ActionRecord.empty(key).toggled(TODAY));
        assertTrue(ticked.records().containsKey(key));
        Checklist undone = ticked.with(ticked.record(key).toggled(TODAY));
        assertFalse(undone.records().containsKey(key));
        assertTrue(undone.records().isEmpty());
    }

    @Test
    void completionCountsDoneOutOfApplicableCells() {
        Checklist c = empty()
                .with(ActionRecord.empty(new RecordKey(LECTURE.id(), PROVINCE.id())).toggled(TODAY))
                .with(new ActionRecord(new RecordKey(FORUM.id(), PROVINCE.id()), ActionStatus.NOT_APPLICABLE,
                        null, null, Set.of(), ""))
                .with(ActionRecord.empty(new RecordKey(LECTURE.id(), UNIVERSITY.id())).toggled(TODAY))
                .with(ActionRecord.empty(RecordKey.ofGroupItem(TALKS.id())).toggled(TODAY));

        assertEquals(new Completion(1, 1), c.completionOfUnit(PROVINCE.id(), c.unitActions()));
        assertEquals(new Completion(1, 2), c.completionOfUnit(UNIVERSITY.id(), c.unitActions()));
        assertEquals(new Completion(2, 2), c.completionOfAction(LECTURE, c.units()));
        assertEquals(new Completion(0, 1), c.completionOfAction(FORUM, c.units()));
        assertEquals(new Completion(2, 3), c.completionOverall(c.unitActions(), c.units()));
        assertEquals(66, c.completionOverall(c.unitActions(), c.units()).percent());
        assertEquals(new Completion(1, 1), c.completionOfGroupItems(c.groupItems()));
    }

    @Test
    void progressIsGreyUntilSomethingIsDueAndNeverGreenWhileSomethingIsLate() {
        RecordKey lecture = new RecordKey(LECTURE.id(), PROVINCE.id());
        RecordKey forum = new RecordKey(FORUM.id(), PROVINCE.id());
        List<RequiredAction> both = List.of(LECTURE, FORUM);
        Checklist c = empty();
        assertEquals(TrafficLight.GREY, c.progressLight(PROVINCE.id(), both, TODAY, 3), "nothing due yet, 0 %");

        c = c.with(new ActionRecord(forum, ActionStatus.SCHEDULED, TODAY.plusDays(10), null, Set.of(), ""));
        assertEquals(TrafficLight.GREEN, c.progressLight(PROVINCE.id(), both, TODAY, 3), "on track at 0 %");
        c = c.with(new ActionRecord(lecture, ActionStatus.SCHEDULED, TODAY.plusDays(2), null, Set.of(), ""));
        assertEquals(TrafficLight.YELLOW, c.progressLight(PROVINCE.id(), both, TODAY, 3));
        c = c.with(new ActionRecord(lecture, ActionStatus.SCHEDULED, TODAY.minusDays(1), null, Set.of(), ""));
        assertEquals(TrafficLight.RED, c.progressLight(PROVINCE.id(), both, TODAY, 3));
        assertEquals(TrafficLight.RED, c.progressLight(both, List.of(PROVINCE, UNIVERSITY), TODAY, 3), "overall too");
        c = c.with(c.record(lecture).doneOn(TODAY.minusDays(1)));
        assertEquals(TrafficLight.GREEN, c.progressLight(PROVINCE.id(), both, TODAY, 3));
        assertEquals(TrafficLight.GREEN, c.progressLight(both, List.of(PROVINCE, UNIVERSITY), TODAY, 3),
                "a unit with nothing due does not colour the whole");
    }
}
