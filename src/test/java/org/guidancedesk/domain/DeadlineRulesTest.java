package org.guidancedesk.domain;

import org.guidancedesk.testing.TestPhases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recurrence, the traffic-light rule at its day boundaries, and an occurrence's state. */
class DeadlineRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Group GROUP = new Group("组", "主题教育", LocalDate.of(2026, 10, 19), LocalDate.of(2027, 2, 18), null);

    @Test
    void weeklyDatesAreOrderedInsideTheirBoundsAndStopAtTheCampaignEnd() {
        List<LocalDate> fridays = new Recurrence.Weekly(DayOfWeek.FRIDAY, LocalDate.of(2026, 10, 19), null)
                .dates(GROUP.end());
        assertEquals(LocalDate.of(2026, 10, 23), fridays.get(0));
        assertEquals(LocalDate.of(2027, 2, 12), fridays.get(fridays.size() - 1));
        for (int i = 1; i < fridays.size(); i++) {
            assertEquals(fridays.get(i - 1).plusWeeks(1), fridays.get(i));
        }
        assertEquals(List.of(LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 30)),
                new Recurrence.Weekly(DayOfWeek.FRIDAY, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 5)).dates(GROUP.end()));
    }

    @Test
    void monthlyOnThe31stFallsOnEachMonthsLastDay() {
        List<LocalDate> dates = new Recurrence.Monthly(31, LocalDate.of(2026, 10, 19), null).dates(GROUP.end());
        assertEquals(List.of(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 31)), dates);
    }

    @Test
    void aRuleWithNoDateOrUnboundedDatesIsRefused() {
        Deadline none = new Deadline(0, "工作动态", null, "", null,
                new Recurrence.Weekly(DayOfWeek.FRIDAY, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 26)), "");
        assertEquals("validation.noOccurrence", assertThrows(ValidationException.class, () -> none.dueDates(GROUP)).messageKey());
        Recurrence endless = new Recurrence.Weekly(DayOfWeek.MONDAY, LocalDate.of(2026, 1, 5), LocalDate.of(2036, 1, 1));
        assertEquals("validation.tooManyOccurrences",
                assertThrows(ValidationException.class, () -> endless.dates(GROUP.end())).messageKey());
        assertThrows(ValidationException.class,
                () -> new Recurrence.Weekly(DayOfWeek.MONDAY, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1)));
        assertThrows(ValidationException.class, () -> new Recurrence.Monthly(32, LocalDate.of(2026, 12, 1), null));
    }

    @Test
    void aDateOutsideTheCampaignWarns() {
        Deadline late = new Deadline(0, "总结", null, "", null, new Recurrence.Once(LocalDate.of(2027, 3, 1)), "");
        assertEquals(List.of("warning.deadlineOutsideCampaign"), late.warnings(GROUP));
    }

    @Test
    void trafficLightAtTheDayBoundaries() {
        assertEquals(TrafficLight.YELLOW, TrafficLight.of(TODAY, false, false, TODAY, 3), "due today is yellow");
        assertEquals(TrafficLight.RED, TrafficLight.of(TODAY, false, false, TODAY.plusDays(1), 3), "the next day red");
        assertEquals(TrafficLight.YELLOW, TrafficLight.of(TODAY.plusDays(3), false, false, TODAY, 3));
        assertEquals(TrafficLight.GREEN, TrafficLight.of(TODAY.plusDays(4), false, false, TODAY, 3));
        assertEquals(TrafficLight.GREEN, TrafficLight.of(TODAY.minusDays(9), true, false, TODAY, 3), "done is green");
        assertEquals(TrafficLight.GREY, TrafficLight.of(TODAY.minusDays(9), false, true, TODAY, 3));
        assertEquals(TrafficLight.YELLOW, TrafficLight.of(TODAY, false, false, TODAY, 0));
        assertEquals(TrafficLight.GREEN, TrafficLight.of(TODAY.plusDays(1), false, false, TODAY, 0));
    }

    @Test
    void anOccurrenceIsPendingSubmittedOrOverdue() {
        Deadline d = new Deadline(1, "进展情况", null, "", null, new Recurrence.Once(TODAY), "");
        Occurrence open = new Occurrence(d, TODAY, Optional.empty());
        assertEquals(Occurrence.State.PENDING, open.state(TODAY));
        assertEquals(Occurrence.State.OVERDUE, open.state(TODAY.plusDays(1)));
        Occurrence sent = new Occurrence(d, TODAY, Optional.of(new Submission(1, TODAY, TODAY, "1号文")));
        assertEquals(Occurrence.State.SUBMITTED, sent.state(TODAY.plusDays(5)));
        assertThrows(ValidationException.class, () -> new Submission(1, TODAY, TODAY.plusDays(1), "").checkAgainst(TODAY));
    }

    @Test
    void aSubmissionAfterItsDueDateIsLateByTheDaysBetweenAndNotGreen() {
        LocalDate due = LocalDate.of(2026, 11, 27);
        Deadline d = new Deadline(1, "进展情况", null, "", null, new Recurrence.Once(due), "");
        Occurrence late = new Occurrence(d, due, Optional.of(new Submission(1, due, LocalDate.of(2026, 12, 2), "")));
        assertEquals(5, late.daysLate());
        assertTrue(late.isLate());
        assertEquals(Occurrence.State.SUBMITTED, late.state(LocalDate.of(2026, 12, 2)));
        assertEquals(TrafficLight.YELLOW, late.light(LocalDate.of(2026, 12, 2), 3), "迟报 is not green 正常");
        Occurrence onTime = new Occurrence(d, due, Optional.of(new Submission(1, due, due, "")));
        Occurrence early = new Occurrence(d, due, Optional.of(new Submission(1, due, due.minusDays(2), "")));
        Occurrence open = new Occurrence(d, due, Optional.empty());
        for (Occurrence o : List.of(onTime, early, open)) {
            assertEquals(0, o.daysLate());
            assertEquals(false, o.isLate());
        }
        assertEquals(TrafficLight.GREEN, onTime.light(LocalDate.of(2026, 12, 2), 3));
    }

    @Test
    void anActionIsDueByTheEarlierOfItsPlannedDateAndItsWindowsEnd() {
        RecordKey key = new RecordKey(1, 1L);
        RequiredAction windowed = new RequiredAction(1, "讲专题党课", TestPhases.STUDY, true, TODAY.minusDays(10), TODAY.plusDays(2),
                ActionScope.UNIT, 1);
        RequiredAction open = new RequiredAction(1, "讲专题党课", TestPhases.STUDY, true, null, null, ActionScope.UNIT, 1);
        ActionRecord late = new ActionRecord(key, ActionStatus.SCHEDULED, TODAY.plusDays(5), null, java.util.Set.of(), "");
        assertEquals(TODAY.plusDays(2), late.dueBy(windowed));
        assertEquals(TODAY.plusDays(5), late.dueBy(open));
        assertEquals(null, ActionRecord.empty(key).dueBy(open));
        assertEquals(TODAY.plusDays(2), ActionRecord.empty(key).dueBy(windowed));
    }
}
