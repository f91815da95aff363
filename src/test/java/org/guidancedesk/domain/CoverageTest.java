package org.guidancedesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final Unit A = new Unit(1, "东江省", UnitKind.PROVINCE, "", "", 0, null);
    static final Unit B = new Unit(2, "南山县", UnitKind.COUNTY, "", "", 1, null);

    static WorkEntry entry(WorkKind kind, WorkStatus status, LocalDate on, Set<Long> units, WorkDetails details) {
        return new WorkEntry(0, kind, status, on, null, units, false, List.of(), null, "", "", details, List.of(), List.of());
    }

    @Test
    void countsAndLastDatesPerUnitAndColumnAndTheRosterNotYetTalkedTo() {
        List<RosterPerson> roster = List.of(new RosterPerson(1, 1, "王书记", "书记", PersonLevel.HEAD, 0),
                new RosterPerson(2, 1, "李副书记", "副书记", PersonLevel.LEADERSHIP, 1),
                new RosterPerson(3, 1, "赵常委", "常委", PersonLevel.LEADERSHIP, 2));
        List<WorkEntry> log = List.of(
                entry(WorkKind.ARRIVAL, WorkStatus.DONE, DAY.minusDays(20), Set.of(1L, 2L), new WorkDetails.None()),
                entry(WorkKind.TALK, WorkStatus.DONE, DAY.minusDays(10), Set.of(1L), new WorkDetails.Talk(List.of(
                        new Interviewee("王 书记", 1, "", PersonLevel.HEAD, 1)))),
                entry(WorkKind.GROUP_INTERVIEW, WorkStatus.DONE, DAY.minusDays(3), Set.of(1L), new WorkDetails.Talk(List.of(
                        new Interviewee("赵常委", 1, "", PersonLevel.LEADERSHIP, 1), new Interviewee("", 1, "", PersonLevel.MIDDLE, 8)))),
                entry(WorkKind.TALK, WorkStatus.PLANNED, DAY.minusDays(1), Set.of(1L), new WorkDetails.Talk(List.of(
                        new Interviewee("李副书记", 1, "", PersonLevel.LEADERSHIP, 1)))),
                entry(WorkKind.VISIT, WorkStatus.DONE, DAY.plusDays(1), Set.of(2L), new WorkDetails.Visit(List.of(
                        new VisitedPlace("桃源村", PlaceKind.VILLAGE)), VisitMethod.REGULAR)));
        List<Coverage.Row> rows = Coverage.of(List.of(A, B), log, roster, DAY);
        Coverage.Row a = rows.get(0);
        assertEquals(new Coverage.Cell(1, DAY.minusDays(20)), a.cell(Coverage.Column.ARRIVAL));
        assertEquals(new Coverage.Cell(2, DAY.minusDays(3)), a.cell(Coverage.Column.TALK), "talks and interviews, done only");
        assertEquals(List.of("王书记", "赵常委"), a.talkedTo().stream().map(RosterPerson::name).toList());
        assertEquals(List.of("李副书记"), a.notYet().stream().map(RosterPerson::name).toList(), "a planned talk is not yet");
        Coverage.Row b = rows.get(1);
        assertEquals(new Coverage.Cell(1, DAY.minusDays(20)), b.cell(Coverage.Column.ARRIVAL));
        assertEquals(new Coverage.Cell(0, null), b.cell(Coverage.Column.VISIT), "a visit after the day is not counted");
        assertEquals(0, b.roster());
    }
}
