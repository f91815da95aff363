package org.guidancedesk.ui.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.SyncUiExecutor;
import org.guidancedesk.ui.UiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Filter;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Form;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Row;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.RuleKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write in 上报材料 applies what it changed to the rows in place: one database job (the write),
 * nothing read beside it, and the rows then exactly what a full read of the file shows.
 */
class DeadlinesInPlaceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private final MovableClock clock = new MovableClock(TODAY.atTime(10, 0).atZone(ZONE).toInstant());
    private final CountingExecutor jobs = new CountingExecutor();
    private final List<Throwable> errors = new ArrayList<>();
    private Workspace ws;
    private UiTasks tasks;
    private DeadlinesViewModel vm;

    /** Runs every job at once, and counts them: each read and each write is one. */
    private static final class CountingExecutor implements UiExecutor {
        private final SyncUiExecutor inner = new SyncUiExecutor();
        int count;

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            count++;
            inner.submit(work, onSuccess, onFailure);
        }

        @Override
        public void shutdown(long timeoutMillis) {
        }
    }

    /** A clock the test moves past midnight. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void open() {
        ws = Workspace.open(DemoCopies.copy(dir.resolve("demo.db"), TODAY, clock), clock);
        tasks = new UiTasks(jobs, errors::add, I18n.forLanguage("zh"), clock);
        vm = new DeadlinesViewModel(tasks, ws);
        vm.reload();
        assertEquals(1, jobs.count, "the first load is one read");
    }

    @AfterEach
    void close() {
        ws.close();
        assertTrue(errors.isEmpty(), () -> "unexpected errors: " + errors);
    }

    /** Runs the write and says how many database jobs it took. */
    private int jobsOf(Runnable write) {
        int before = jobs.count;
        write.run();
        return jobs.count - before;
    }

    private Row shown(String title, LocalDate due) {
        vm.filterProperty().set(Filter.ALL);
        Row r = vm.rows().stream().filter(x -> x.title().equals(title) && x.occurrence().due().equals(due))
                .findFirst().orElseThrow(() -> new AssertionError(title + " " + due + " not listed"));
        vm.select(r);
        return vm.selectedProperty().get();
    }

    /**
     * The rows as a second view model reading the whole file lists them, with the same filter:
     * every row of the list in its order, the selected one, every calendar day and the counts.
     */
    private void assertAsAFullReadShows() {
        DeadlinesViewModel fresh = new DeadlinesViewModel(tasks, ws);
        fresh.filterProperty().set(vm.filterProperty().get());
        fresh.thisMonthOnlyProperty().set(vm.thisMonthOnlyProperty().get());
        fresh.reload();
        assertEquals(fresh.rows().size(), vm.rows().size(), "rows listed");
        for (int i = 0; i < vm.rows().size(); i++) {
            assertEquals(fresh.rows().get(i), vm.rows().get(i), "row " + i);
        }
        Row selected = vm.selectedProperty().get();
        if (selected != null) {
            Occurrence o = selected.occurrence();
            assertEquals(fresh.rows().stream().filter(r -> r.sameAs(o.deadline().id(), o.due())).findFirst()
                    .orElseThrow(), selected, "the selected row");
        }
        assertEquals(fresh.warnDaysProperty().get(), vm.warnDaysProperty().get());
        assertEquals(fresh.hasNone(), vm.hasNone());
        // Every day the campaign's occurrences fall on, whatever the filter lets through.
        for (LocalDate d = TODAY.minusMonths(3); d.isBefore(TODAY.plusMonths(5)); d = d.plusDays(1)) {
            assertEquals(fresh.entries(d), vm.entries(d), "the calendar on " + d);
        }
        ws.deadlines().deadlines().forEach(d -> assertEquals(fresh.removalQuestion(d), vm.removalQuestion(d)));
    }

    @Test
    void markingSubmittedIsOneWriteAndTheListIsThenAsAFullReadShowsIt() {
        Row friday = vm.selectedProperty().get();
        assertEquals(FRIDAY, friday.occurrence().due());

        assertEquals(1, jobsOf(() -> vm.markSubmitted("工作动态第8期")), "the write, and no read after it");

        assertTrue(vm.rows().stream().noneMatch(r -> r.sameAs(friday.occurrence().deadline().id(), FRIDAY)),
                "gone from 未报");
        assertAsAFullReadShows();
        Row marked = shown("报送工作动态", FRIDAY);
        assertEquals("已报 11月24日 · 工作动态第8期", marked.stateText());
    }

    @Test
    void editingTheSubmissionAndUndoingItApplyInPlaceToo() {
        Row friday = vm.selectedProperty().get();
        vm.markSubmitted("");
        shown("报送工作动态", FRIDAY);

        assertEquals(1, jobsOf(() -> vm.setSent("工作动态第8期")));
        assertEquals("已报 11月24日 · 工作动态第8期", vm.selectedProperty().get().stateText());
        assertAsAFullReadShows();

        assertEquals(1, jobsOf(() -> vm.setSubmittedOn(TODAY.minusDays(1))));
        assertEquals(TODAY.minusDays(1), vm.selectedProperty().get().occurrence().submission().orElseThrow().submittedOn());
        assertAsAFullReadShows();

        assertEquals(1, jobsOf(vm::undo));
        assertEquals(Occurrence.State.PENDING, vm.selectedProperty().get().state());
        assertTrue(vm.selectedProperty().get().sameAs(friday.occurrence().deadline().id(), FRIDAY));
        assertAsAFullReadShows();
    }

    @Test
    void addingEditingAndRemovingADeadlineApplyInPlace() {
        Form weekly = new Form("报送学习简报", RuleKind.WEEKLY, null, DayOfWeek.MONDAY, 1, TODAY.minusWeeks(3),
                TODAY.plusWeeks(4), "9:30", "", null, "");
        List<Deadline> saved = new ArrayList<>();
        assertEquals(1, jobsOf(() -> vm.save(null, weekly, saved::add, e -> { throw new AssertionError(e); })));
        Deadline added = saved.get(0);
        assertTrue(added.id() > 0, "given back with its id");
        assertTrue(vm.rows().stream().filter(r -> r.occurrence().deadline().id() == added.id()).count() >= 7);
        assertAsAFullReadShows();

        // Mark one of its Mondays, then move the rule to Tuesdays: the submitted Monday stays listed.
        vm.select(vm.rows().stream().filter(r -> r.occurrence().deadline().id() == added.id()).findFirst().orElseThrow());
        LocalDate monday = vm.selectedProperty().get().occurrence().due();
        vm.markSubmitted("第1期");
        Form tuesdays = new Form("报送学习简报", RuleKind.WEEKLY, null, DayOfWeek.TUESDAY, 1, TODAY.minusWeeks(3),
                TODAY.plusWeeks(4), "", "", null, "每周二");
        assertEquals(1, jobsOf(() -> vm.save(added, tuesdays, d -> { }, e -> { throw new AssertionError(e); })));
        Row kept = shown("报送学习简报", monday);
        assertEquals(Occurrence.State.SUBMITTED, kept.state());
        assertEquals("每周二", kept.occurrence().deadline().note());
        assertAsAFullReadShows();

        assertTrue(vm.removalQuestion(added).contains("1 条报送记录"), vm.removalQuestion(added));
        assertEquals(1, jobsOf(() -> vm.remove(added)));
        assertTrue(vm.rows().stream().noneMatch(r -> r.occurrence().deadline().id() == added.id()));
        assertTrue(vm.entries(monday).stream().noneMatch(e -> e.row() != null
                && e.row().occurrence().deadline().id() == added.id()), "gone from the calendar too");
        assertAsAFullReadShows();
    }

    @Test
    void anotherWarningWindowRelightsTheRowsWithoutReading() {
        assertEquals(1, jobsOf(() -> vm.setWarnDays(0)));
        assertEquals(0, vm.warnDaysProperty().get());
        assertAsAFullReadShows();
        assertEquals(1, jobsOf(() -> vm.setWarnDays(10)));
        assertAsAFullReadShows();
    }

    @Test
    void aWriteReadsNothingButItsOwnDeadline() {
        // Another deadline's submission, written behind the view model's back.
        Occurrence overdue = ws.deadlines().occurrences().stream()
                .filter(o -> o.state(TODAY) == Occurrence.State.OVERDUE).findFirst().orElseThrow();
        ws.deadlines().saveSubmission(new Submission(overdue.deadline().id(), overdue.due(), TODAY, "补报"));

        vm.markSubmitted("工作动态第8期");

        Row other = shown(overdue.deadline().title(), overdue.due());
        assertEquals(Occurrence.State.OVERDUE, other.state(), "still as first read: the write did not read it");
        Row friday = shown("报送工作动态", FRIDAY);
        assertEquals(Occurrence.State.SUBMITTED, friday.state());

        // Coming back to the section reads everything.
        assertEquals(1, jobsOf(vm::reload));
        assertEquals(Occurrence.State.SUBMITTED, shown(overdue.deadline().title(), overdue.due()).state());
        assertAsAFullReadShows();
    }

    @Test
    void pastMidnightAWriteReadsEverythingAgainSinceEveryStateMoves() {
        clock.advance(Duration.ofDays(4)); // Saturday: the Friday report is overdue now
        vm.filterProperty().set(Filter.ALL);
        Row first = vm.rows().stream().filter(r -> r.occurrence().submission().isEmpty()).findFirst().orElseThrow();
        vm.select(first);

        assertEquals(2, jobsOf(() -> vm.markSubmitted("")), "the write, then the whole read");

        assertEquals(TODAY.plusDays(4), vm.today());
        assertNotEquals(TODAY, vm.today());
        assertEquals(Occurrence.State.OVERDUE, vm.rows().stream().filter(r -> r.title().equals("报送工作动态")
                && r.occurrence().due().equals(FRIDAY)).findFirst().orElseThrow().state());
        assertAsAFullReadShows();
    }
}
