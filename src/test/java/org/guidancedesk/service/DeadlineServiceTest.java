package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deadlines on real files: catch-up after the program was closed, edits that keep submissions, the agenda. */
class DeadlineServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate START = LocalDate.of(2026, 10, 19);

    @TempDir
    Path dir;

    private Workspace open(LocalDate today) {
        return Workspace.open(dir.resolve("d.db"), Clock.fixed(today.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
    }

    @Test
    void fridaysThatPassedWhileTheProgramWasClosedAreOverdueAtTheNextStart() {
        long id;
        try (Workspace ws = open(START)) {
            ws.groups().createGroup(new Group("组", "主题教育", START, START.plusMonths(4), null), "李明");
            id = ws.deadlines().add(new Deadline(0, "报送工作动态", null, Deadline.DEFAULT_RECIPIENT, null,
                    new Recurrence.Weekly(DayOfWeek.FRIDAY, START, null), "")).id();
            ws.deadlines().markSubmitted(id, LocalDate.of(2026, 10, 23), "第1期");
        }
        LocalDate threeWeeksLater = LocalDate.of(2026, 11, 16);
        try (Workspace ws = open(threeWeeksLater)) {
            List<Occurrence> past = ws.deadlines().occurrences().stream()
                    .filter(o -> o.due().isBefore(threeWeeksLater)).toList();
            assertEquals(List.of(Occurrence.State.SUBMITTED, Occurrence.State.OVERDUE, Occurrence.State.OVERDUE,
                    Occurrence.State.OVERDUE), past.stream().map(o -> o.state(threeWeeksLater)).toList());
            assertEquals(START, past.get(0).submission().orElseThrow().submittedOn(),
                    "submitted on the day it was marked, even ahead of its due date");
        }
    }

    @Test
    void editingTheRuleKeepsSubmittedOccurrencesAsTheyWere() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        try (Workspace ws = open(today)) {
            ws.groups().createGroup(new Group("组", "主题教育", START, START.plusMonths(4), null), "李明");
            Deadline weekly = ws.deadlines().add(new Deadline(0, "报送工作动态", null, "", null,
                    new Recurrence.Weekly(DayOfWeek.FRIDAY, START, null), ""));
            ws.deadlines().markSubmitted(weekly.id(), LocalDate.of(2026, 10, 30), "第2期");

            ws.deadlines().update(new Deadline(weekly.id(), "报送工作动态", null, "", null,
                    new Recurrence.Weekly(DayOfWeek.THURSDAY, START, null), ""));

            List<Occurrence> all = ws.deadlines().occurrences();
            assertTrue(all.stream().anyMatch(o -> o.due().equals(LocalDate.of(2026, 10, 30)) && o.submission().isPresent()),
                    "the submitted Friday stays");
            assertTrue(all.stream().filter(o -> !o.due().equals(LocalDate.of(2026, 10, 30)))
                    .allMatch(o -> o.due().getDayOfWeek() == DayOfWeek.THURSDAY));

            ws.deadlines().undoSubmission(weekly.id(), LocalDate.of(2026, 10, 30));
            assertTrue(ws.deadlines().occurrences().stream().noneMatch(o -> o.due().equals(LocalDate.of(2026, 10, 30))),
                    "undone, the old Friday is no longer a date of the rule");
        }
    }

    @Test
    void theDemoAgendaListsOverdueAndUpcomingItemsOfEveryKind() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        try (Workspace ws = DemoCopies.open(dir.resolve("d.db"), today, Clock.fixed(today.atTime(9, 0).atZone(ZONE).toInstant(), ZONE))) {
            AgendaService.Agenda agenda = ws.agenda().agenda(7);

            assertEquals(List.of("举办读书班（集中学习研讨不少于7天）", "开展支部书记轮训", "报送第一阶段进展情况", "讲专题党课",
                    "报送专项整治方案修改稿", "调研题目", "领导班子成员开展专题调研", "调研题目"), agenda.overdue().stream().filter(i -> i.kind() != AgendaItem.Kind.LEDGER)
                    .map(AgendaItem::title).toList());
            assertTrue(agenda.overdue().stream().anyMatch(i -> i.kind() == AgendaItem.Kind.LEDGER), "ledger items too");
            assertTrue(agenda.overdue().stream().allMatch(i -> i.light() == TrafficLight.RED));
            AgendaItem friday = agenda.upcoming().stream().filter(i -> i.kind() == AgendaItem.Kind.DEADLINE).findFirst()
                    .orElseThrow();
            assertEquals("报送工作动态", friday.title());
            assertEquals(LocalDate.of(2026, 11, 27), friday.date());
            assertEquals(TrafficLight.YELLOW, friday.light());
            assertTrue(agenda.upcoming().stream().allMatch(i -> !i.date().isAfter(today.plusDays(7))));
            long overdueDeadlines = ws.deadlines().occurrences().stream()
                    .filter(o -> o.state(today) == Occurrence.State.OVERDUE).count();
            assertEquals(1, overdueDeadlines, "the demo has exactly one overdue submission");
            assertTrue(ws.deadlines().deadlines().size() >= 10, "nine dated submissions and the weekly one");
        }
    }

    /** What a write says it changed is exactly what a full read then lists for that deadline. */
    private static void assertChangeIsWhatAFullReadShows(Workspace ws, DeadlineChange change) {
        assertEquals(ws.deadlines().occurrences().stream().filter(o -> o.deadline().id() == change.deadlineId()).toList(),
                change.occurrences());
        assertEquals(ws.deadlines().deadlines().stream().filter(d -> d.id() == change.deadlineId()).findFirst(),
                change.deadline());
    }

    @Test
    void everyWriteReturnsTheDeadlineAsSavedWithItsOccurrencesNowAndNothingElse() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        try (Workspace ws = open(today)) {
            ws.groups().createGroup(new Group("组", "主题教育", START, START.plusMonths(4), null), "李明");
            Deadline other = ws.deadlines().add(new Deadline(0, "报送调研报告", null, "", null,
                    new Recurrence.Once(today.plusDays(3)), ""));
            DeadlineChange added = ws.deadlines().save(new Deadline(0, "报送工作动态", null, "", null,
                    new Recurrence.Weekly(DayOfWeek.FRIDAY, START, null), ""));
            assertTrue(added.deadline().orElseThrow().id() > other.id(), "saved with its new id");
            assertChangeIsWhatAFullReadShows(ws, added);
            assertTrue(added.occurrences().stream().allMatch(o -> o.deadline().id() == added.deadlineId()),
                    "only the deadline written");
            long id = added.deadlineId();
            LocalDate friday = LocalDate.of(2026, 10, 30);

            DeadlineChange marked = ws.deadlines().markSubmitted(id, friday, "第2期");
            assertChangeIsWhatAFullReadShows(ws, marked);
            assertEquals("第2期", marked.occurrences().stream().filter(o -> o.due().equals(friday)).findFirst()
                    .orElseThrow().submission().orElseThrow().sent());
            assertChangeIsWhatAFullReadShows(ws, ws.deadlines().saveSubmission(
                    new org.guidancedesk.domain.Submission(id, friday, friday, "第2期（补）")));
            // The rule moves to Thursdays: the submitted Friday stays among its occurrences, then goes with the undo.
            DeadlineChange moved = ws.deadlines().update(new Deadline(id, "报送工作动态", null, "", null,
                    new Recurrence.Weekly(DayOfWeek.THURSDAY, START, null), ""));
            assertChangeIsWhatAFullReadShows(ws, moved);
            assertTrue(moved.occurrences().stream().anyMatch(o -> o.due().equals(friday)));
            DeadlineChange undone = ws.deadlines().undoSubmission(id, friday);
            assertChangeIsWhatAFullReadShows(ws, undone);
            assertTrue(undone.occurrences().stream().noneMatch(o -> o.due().equals(friday)));

            DeadlineChange removed = ws.deadlines().remove(id);
            assertEquals(id, removed.deadlineId());
            assertTrue(removed.deadline().isEmpty());
            assertEquals(List.of(), removed.occurrences());
            assertChangeIsWhatAFullReadShows(ws, removed);
        }
    }
}
