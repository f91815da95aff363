package org.guidancedesk.ui.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Filter;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Form;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Row;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.RuleKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 上报材料's view model on a real demo file, with no JavaFX toolkit. */
class DeadlinesViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private DemoFixture demo;
    private Workspace ws;
    private DeadlinesViewModel vm;

    @BeforeEach
    void openDemo() {
        demo = DemoFixture.open(dir);
        ws = demo.workspace();
        vm = new DeadlinesViewModel(demo.tasks(), ws);
        vm.reload();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private Occurrence stored(String title, LocalDate due) {
        return ws.deadlines().occurrences().stream()
                .filter(o -> o.deadline().title().equals(title) && o.due().equals(due)).findFirst().orElseThrow();
    }

    @Test
    void defaultFilterShowsTheOverdueOneFirstAndSelectsTheNextPendingFriday() {
        assertEquals(Filter.OPEN, vm.filterProperty().get());
        Row first = vm.rows().get(0);
        assertEquals("报送第一阶段进展情况", first.title());
        assertEquals(LocalDate.of(2026, 11, 19), first.occurrence().due());
        assertEquals(Occurrence.State.OVERDUE, first.state());
        assertEquals(TrafficLight.RED, first.light());
        assertEquals("● 逾期", first.lightText());
        assertEquals("逾期", first.stateText());
        assertTrue(vm.rows().stream().skip(1).noneMatch(r -> r.state() != Occurrence.State.PENDING));

        Row selected = vm.selectedProperty().get();
        assertNotNull(selected);
        assertEquals(FRIDAY, selected.occurrence().due());
        assertEquals("报送工作动态", selected.title());
        assertEquals("2026年11月27日 周五 12:00", selected.dueText());
        assertEquals(TrafficLight.YELLOW, selected.light());
        assertEquals("每周五（2026年10月12日起至2027年1月31日）".substring(0, 3), vm.ruleSummary(selected.occurrence().deadline()).substring(0, 3));
    }

    @Test
    void markingTheSelectedOccurrenceStoresTodayAndWhatWasSentAndUndoRestoresIt() {
        vm.markSubmitted("工作动态第8期");

        Submission s = stored("报送工作动态", FRIDAY).submission().orElseThrow();
        assertEquals(TODAY, s.submittedOn());
        assertEquals("工作动态第8期", s.sent());
        assertTrue(vm.rows().stream().noneMatch(r -> r.occurrence().due().equals(FRIDAY)
                && r.title().equals("报送工作动态")), "the 未报 list no longer shows it");

        vm.filterProperty().set(Filter.SUBMITTED);
        Row row = vm.rows().stream().filter(r -> r.occurrence().due().equals(FRIDAY)).findFirst().orElseThrow();
        assertEquals("已报 11月24日 · 工作动态第8期", row.stateText());
        vm.select(row);
        vm.undo();

        assertTrue(stored("报送工作动态", FRIDAY).submission().isEmpty());
    }

    @Test
    void aLateSubmissionShowsLateWithItsDaysInTheListAndIsNotGreen() {
        Occurrence overdue = stored("报送第一阶段进展情况", LocalDate.of(2026, 11, 19));
        ws.deadlines().saveSubmission(new Submission(overdue.deadline().id(), overdue.due(), TODAY, ""));
        vm.filterProperty().set(Filter.SUBMITTED);
        vm.reload();

        Row row = vm.rows().stream().filter(r -> r.title().equals("报送第一阶段进展情况")).findFirst().orElseThrow();
        assertEquals("◐ 迟报", row.lightText());
        assertEquals("迟报 5 天（11月24日报）", row.stateText());
        assertEquals(TrafficLight.YELLOW, row.light());
    }

    @Test
    void aSubmissionDateInTheFutureIsRefusedWithAMessage() {
        vm.filterProperty().set(Filter.SUBMITTED);
        Row row = vm.rows().get(0);
        vm.select(row);
        LocalDate before = row.occurrence().submission().orElseThrow().submittedOn();

        vm.setSubmittedOn(TODAY.plusDays(1));

        assertEquals("报送日期：报送日期不能晚于今天", vm.submissionErrorProperty().get());
        assertEquals(before, stored(row.title(), row.occurrence().due()).submission().orElseThrow().submittedOn());

        vm.setSubmittedOn(TODAY.minusDays(1));
        assertEquals("", vm.submissionErrorProperty().get());
        assertEquals(TODAY.minusDays(1), stored(row.title(), row.occurrence().due()).submission().orElseThrow().submittedOn());
    }

    @Test
    void aWeeklyDeadlineEndingBeforeItStartsIsRefusedOnItsUntilField() {
        int before = ws.deadlines().deadlines().size();
        Form form = new Form("报送学习简报", RuleKind.WEEKLY, null, DayOfWeek.MONDAY, 1,
                LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 1), "", "", null, "");
        List<ValidationException> refused = new ArrayList<>();

        vm.save(null, form, saved -> { throw new AssertionError("saved"); }, refused::add);

        assertEquals(1, refused.size());
        assertEquals("deadline.until", refused.get(0).field());
        assertEquals("截止日期：结束日期不能早于开始日期", vm.message(refused.get(0)));
        assertEquals(before, ws.deadlines().deadlines().size());
    }

    @Test
    void aOneOffWithoutDateOrWithABadTimeIsRefusedAndAGoodOneIsAdded() {
        List<ValidationException> refused = new ArrayList<>();
        Form noDate = new Form("报送简报", RuleKind.ONCE, null, DayOfWeek.MONDAY, 1, TODAY, null, "", "", null, "");
        vm.save(null, noDate, saved -> { }, refused::add);
        assertEquals("日期：不能为空", vm.message(refused.get(0)));

        Form badTime = new Form("报送简报", RuleKind.ONCE, TODAY.plusDays(3), DayOfWeek.MONDAY, 1, TODAY, null,
                "25:00", "", null, "");
        vm.save(null, badTime, saved -> { }, refused::add);
        assertEquals("deadline.time", refused.get(1).field());

        Form good = new Form("报送简报", RuleKind.ONCE, TODAY.plusDays(3), DayOfWeek.MONDAY, 1, TODAY, null,
                "9:30", "", null, "");
        assertEquals("", vm.warning(good));
        vm.save(null, good, saved -> { }, refused::add);
        assertEquals(2, refused.size());
        assertEquals("09:30", stored("报送简报", TODAY.plusDays(3)).deadline().dueTime().toString());

        Form outside = new Form("报送简报", RuleKind.ONCE, LocalDate.of(2030, 1, 1), DayOfWeek.MONDAY, 1, TODAY,
                null, "", "", null, "");
        assertEquals("有日期不在本次主题教育期间内", vm.warning(outside));
    }

    @Test
    void theNovemberCalendarListsTheFridayReportOnItsDay() {
        vm.monthProperty().set(YearMonth.of(2026, 11));
        List<LocalDate> days = vm.calendarDays();
        assertEquals(DayOfWeek.MONDAY, days.get(0).getDayOfWeek());
        assertEquals(0, days.size() % 7);
        int i = days.indexOf(FRIDAY);
        assertEquals(4, i % 7, "in the 五 column");
        assertTrue(vm.entries(FRIDAY).stream().anyMatch(e -> e.text().equals("◐ 报送工作动态") && e.row() != null),
                () -> "entries: " + vm.entries(FRIDAY));
        assertTrue(days.stream().flatMap(d -> vm.entries(d).stream()).anyMatch(e -> e.row() == null
                && e.text().contains("·")), "planned required actions appear too");

        Row friday = vm.entries(FRIDAY).get(0).row();
        vm.filterProperty().set(Filter.SUBMITTED);
        vm.select(friday);
        assertEquals(Filter.ALL, vm.filterProperty().get());
        assertEquals(FRIDAY, vm.selectedProperty().get().occurrence().due());
    }

    @Test
    void theWarningWindowIsSavedAtOnceAndTheLightsFollow() {
        vm.setWarnDays(0);
        assertEquals(0, ws.deadlines().warnDays());
        assertEquals(TrafficLight.GREEN, vm.selectedProperty().get().light());
    }

    @Test
    void removingAskSaysHowManySubmissionsGoWithIt() {
        Row weekly = vm.selectedProperty().get();
        assertTrue(vm.removalQuestion(weekly.occurrence().deadline()).contains("条报送记录"));
        vm.remove(weekly.occurrence().deadline());
        assertTrue(ws.deadlines().deadlines().stream().noneMatch(d -> d.title().equals("报送工作动态")));
    }

    @Test
    void afterMarkingAnOverdueOneTheSelectionIsOnTheNextRowAsListedNow() {
        // A weekly report nobody sent for three weeks: three overdue Mondays, listed first.
        Form weekly = new Form("报送学习简报", RuleKind.WEEKLY, null, DayOfWeek.MONDAY, 1, TODAY.minusWeeks(3),
                TODAY.plusWeeks(4), "", "", null, "");
        vm.save(null, weekly, saved -> { }, e -> { throw new AssertionError(e); });
        List<Row> overdue = vm.rows().stream().filter(r -> r.state() == Occurrence.State.OVERDUE).toList();
        assertTrue(overdue.size() >= 3, "overdue: " + overdue.size());
        vm.select(overdue.get(0));

        vm.markSubmitted("");
        Row next = vm.selectedProperty().get();
        assertNotNull(next);
        assertEquals(vm.rows().get(0), next, "the row now first, still overdue");
        assertEquals(overdue.get(1).occurrence().due(), next.occurrence().due());
        assertEquals(overdue.get(1).title(), next.title());

        // The next mark goes to that one, not to a week further on.
        vm.markSubmitted("");
        assertTrue(ws.deadlines().occurrences().stream().filter(o -> o.deadline().title().equals(overdue.get(1).title())
                && o.due().equals(overdue.get(1).occurrence().due())).findFirst().orElseThrow().submission().isPresent());
    }
}
