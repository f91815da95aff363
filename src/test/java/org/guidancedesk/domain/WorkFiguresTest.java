package org.guidancedesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkFiguresTest {
    static final LocalDate MON = LocalDate.of(2026, 11, 30);
    static final LocalDate SUN = MON.plusDays(6);

    static WorkEntry entry(WorkKind kind, WorkStatus status, LocalDate on, Set<Long> units, WorkDetails details,
                           List<WorkFinding> findings) {
        return new WorkEntry(0, kind, status, on, null, units, units.isEmpty(), List.of(1L), 1L, "", "", details,
                findings, List.of());
    }

    static WorkEntry talk(LocalDate on, long unit, Interviewee... people) {
        return entry(WorkKind.TALK, WorkStatus.DONE, on, Set.of(unit), new WorkDetails.Talk(List.of(people)), List.of());
    }

    static Interviewee named(String name, long unit, PersonLevel level) {
        return new Interviewee(name, unit, "", level, 1);
    }

    static Interviewee several(int n, long unit, PersonLevel level) {
        return new Interviewee("", unit, "", level, n);
    }

    static WorkFigures week(List<WorkEntry> entries) {
        return WorkFigures.of(entries, MON, SUN, SUN);
    }

    @Test
    void distinctUnitsAndPeopleANamedPersonOnceRepeatsAsTimes() {
        List<WorkEntry> log = List.of(
                talk(MON, 1, named("张三", 1, PersonLevel.HEAD), named("李四", 1, PersonLevel.LEADERSHIP)),
                talk(MON.plusDays(1), 1, named(" 张 三", 1, PersonLevel.HEAD)),
                talk(MON.plusDays(2), 2, several(5, 2, PersonLevel.MIDDLE), named("王五", 2, PersonLevel.HEAD)),
                entry(WorkKind.GROUP_INTERVIEW, WorkStatus.DONE, MON.plusDays(3), Set.of(3L),
                        new WorkDetails.Talk(List.of(several(12, 3, PersonLevel.MEMBER))), List.of()));
        WorkFigures f = week(log);
        assertEquals(3, f.talkUnits());
        assertEquals(2 + 5 + 1 + 12, f.talkPeople());
        assertEquals(2, f.talkHeads());
        assertEquals(2 + 1 + 6 + 12, f.talkTimes());
    }

    @Test
    void theSamePersonNameInAnotherUnitIsAnotherPerson() {
        WorkFigures f = week(List.of(talk(MON, 1, named("张三", 1, PersonLevel.MEMBER)),
                talk(MON, 2, named("张三", 2, PersonLevel.MEMBER))));
        assertEquals(2, f.talkPeople());
        assertEquals(2, f.talkUnits());
    }

    @Test
    void plannedCancelledOutsideThePeriodAndAfterTheSheetsDayAreLeftOut() {
        WorkDetails.Talk one = new WorkDetails.Talk(List.of(several(1, 1, PersonLevel.MEMBER)));
        List<WorkEntry> log = List.of(
                entry(WorkKind.TALK, WorkStatus.PLANNED, MON, Set.of(1L), one, List.of()),
                entry(WorkKind.TALK, WorkStatus.CANCELLED, MON, Set.of(1L), one, List.of()),
                entry(WorkKind.TALK, WorkStatus.DONE, MON.minusDays(1), Set.of(1L), one, List.of()),
                entry(WorkKind.TALK, WorkStatus.DONE, SUN.plusDays(1), Set.of(1L), one, List.of()),
                entry(WorkKind.TALK, WorkStatus.DONE, MON, Set.of(1L), one, List.of()),
                entry(WorkKind.TALK, WorkStatus.DONE, SUN, Set.of(1L), one, List.of()),
                entry(WorkKind.TALK, WorkStatus.DONE, MON.plusDays(4), Set.of(1L), one, List.of()));
        assertEquals(3, week(log).talkTimes(), "the period's first and last days count, as done");
        assertEquals(1, WorkFigures.of(log, MON, SUN, MON.plusDays(3)).talkTimes(), "as of Thursday, Monday's only");
    }

    @Test
    void visitsCountDistinctPlacesByKindAndUnannouncedVisits() {
        WorkDetails.Visit first = new WorkDetails.Visit(List.of(new VisitedPlace("南山县", PlaceKind.CITY_COUNTY),
                new VisitedPlace("桃源村", PlaceKind.VILLAGE), new VisitedPlace("红星厂", PlaceKind.ENTERPRISE)),
                VisitMethod.UNANNOUNCED);
        WorkDetails.Visit second = new WorkDetails.Visit(List.of(new VisitedPlace("南山县", PlaceKind.CITY_COUNTY),
                new VisitedPlace("李家村", PlaceKind.VILLAGE)), VisitMethod.REGULAR);
        WorkFigures f = week(List.of(entry(WorkKind.VISIT, WorkStatus.DONE, MON, Set.of(1L), first, List.of()),
                entry(WorkKind.VISIT, WorkStatus.DONE, MON, Set.of(1L), second, List.of())));
        assertEquals(Map.of(PlaceKind.CITY_COUNTY, 1, PlaceKind.VILLAGE, 2, PlaceKind.ENTERPRISE, 1), f.placesByKind());
        assertEquals(2, f.visits());
        assertEquals(1, f.unannounced());
    }

    @Test
    void forumsSittingsRemindersAndFindings() {
        List<WorkEntry> log = new ArrayList<>();
        log.add(entry(WorkKind.FORUM, WorkStatus.DONE, MON, Set.of(1L, 2L), new WorkDetails.Forum("办公室主任座谈会", 15, ""),
                List.of(new WorkFinding(0, "学习流于形式", 7L), new WorkFinding(0, "台账不全", null))));
        log.add(entry(WorkKind.FORUM, WorkStatus.DONE, MON, Set.of(1L), new WorkDetails.Forum("青年干部座谈", 20, ""), List.of()));
        log.add(entry(WorkKind.SITTING, WorkStatus.DONE, MON, Set.of(1L),
                new WorkDetails.Sitting(MeetingKind.CENTRAL_GROUP_STUDY, "", 3L), List.of()));
        log.add(entry(WorkKind.SITTING, WorkStatus.DONE, MON, Set.of(2L),
                new WorkDetails.Sitting(MeetingKind.CENTRAL_GROUP_STUDY, "", null), List.of()));
        log.add(entry(WorkKind.SITTING, WorkStatus.DONE, MON, Set.of(2L),
                new WorkDetails.Sitting(MeetingKind.DEMOCRATIC_LIFE, "", null), List.of()));
        log.add(entry(WorkKind.REMINDER, WorkStatus.DONE, MON, Set.of(2L),
                new WorkDetails.Reminder("提示函", "办公室", "学习进度滞后", SUN, null), List.of()));
        WorkFigures f = week(log);
        assertEquals(2, f.forums());
        assertEquals(35, f.forumPeople());
        assertEquals(Map.of(MeetingKind.CENTRAL_GROUP_STUDY, 2, MeetingKind.DEMOCRATIC_LIFE, 1), f.sittingsByKind());
        assertEquals(1, f.reminders());
        assertEquals(2, f.findings());
        assertEquals(1, f.findingsInLedger());
    }

    @Test
    void badEntriesAreRefusedAtTheirField() {
        assertEquals("work.people", assertThrows(ValidationException.class, () -> new WorkDetails.Talk(List.of())).field());
        assertEquals("work.participants",
                assertThrows(ValidationException.class, () -> new WorkDetails.Forum("座谈", 100_000, "")).field());
        assertEquals("interviewee.count", assertThrows(ValidationException.class,
                () -> new Interviewee("", 1, "", PersonLevel.MEMBER, -3)).field());
        assertEquals("interviewee.count", assertThrows(ValidationException.class,
                () -> new Interviewee("张三", 1, "", PersonLevel.MEMBER, 2)).field());
        WorkDetails.Talk one = new WorkDetails.Talk(List.of(several(1, 1, PersonLevel.MEMBER)));
        assertEquals("work.units", assertThrows(ValidationException.class, () -> new WorkEntry(0, WorkKind.TALK,
                WorkStatus.DONE, MON, null, Set.of(), false, List.of(), null, "", "", one, List.of(), List.of())).field());
        assertEquals("work.people", assertThrows(ValidationException.class,
                () -> talk(MON, 2, several(1, 1, PersonLevel.MEMBER))).field(), "a person of a unit not chosen");
        assertEquals("work.leader", assertThrows(ValidationException.class, () -> new WorkEntry(0, WorkKind.BRIEFING,
                WorkStatus.DONE, MON, null, Set.of(1L), false, List.of(1L), 2L, "", "", new WorkDetails.None(), List.of(),
                List.of())).field());
        WorkEntry future = talk(SUN, 1, several(1, 1, PersonLevel.MEMBER));
        assertEquals("work.on", assertThrows(ValidationException.class, () -> future.checkAgainst(MON)).field());
    }

    @Test
    void nothingDoneIsEmpty() {
        assertTrue(week(List.of()).empty());
    }
}
