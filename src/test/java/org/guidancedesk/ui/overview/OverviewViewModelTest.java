package org.guidancedesk.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.domain.LedgerFigures;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.AgendaService;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.SectionId;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.SyncUiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.guidancedesk.ui.overview.OverviewViewModel.TileKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 总览's view model on a real demo file at 2026-11-24, with no JavaFX toolkit. */
class OverviewViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private final I18n i18n = I18n.forLanguage("zh");
    private DemoFixture demo;
    private Workspace ws;
    private OverviewViewModel vm;

    @BeforeEach
    void openDemo() {
        demo = DemoFixture.open(dir);
        ws = demo.workspace();
        vm = new OverviewViewModel(demo.tasks(), ws);
        vm.reload();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private OverviewViewModel.Tile tile(TileKind kind) {
        return vm.tiles().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void headerShowsTodayAndTheCampaignWeek() {
        assertTrue(vm.loadedProperty().get());
        assertEquals("2026年11月24日 星期二", vm.todayTextProperty().get());
        assertEquals("第6周 · 11月23日—11月29日", vm.weekTextProperty().get());
    }

    @Test
    void overdueListsTheFourActionsTheFirstProgressReportTheFourLedgerItemsTheUnansweredReminderAndTheTwoLateReviewsOldestFirst() {
        assertEquals(12, vm.overdue().size());
        assertEquals(1, vm.overdue().stream().filter(r -> r.item().kind() == AgendaItem.Kind.FEEDBACK).count(),
                "the group's own feedback late");
        assertEquals(1, vm.overdue().stream().filter(r -> r.item().kind() == AgendaItem.Kind.RESUBMIT).count(),
                "a unit's revision late");
        assertTrue(vm.overdue().stream().allMatch(r -> r.item().light() == TrafficLight.RED));
        assertEquals(1, vm.overdue().stream().filter(r -> r.item().kind() == AgendaItem.Kind.DEADLINE).count());
        assertEquals(4, vm.overdue().stream().filter(r -> r.item().kind() == AgendaItem.Kind.ACTION).count());
        assertEquals(4, vm.overdue().stream().filter(r -> r.item().kind() == AgendaItem.Kind.LEDGER).count());
        OverviewViewModel.Row reply = vm.overdue().stream()
                .filter(r -> r.item().kind() == AgendaItem.Kind.REPLY).findFirst().orElseThrow();
        assertEquals("江城大学", reply.unit());
        assertEquals(SectionId.WORKLOG, reply.target());
        OverviewViewModel.Row report = vm.overdue().stream()
                .filter(r -> r.item().kind() == AgendaItem.Kind.DEADLINE).findFirst().orElseThrow();
        assertEquals("报送第一阶段进展情况", report.title());
        assertEquals("11月19日 周四", report.date());
        assertEquals("上报材料", report.kind());
        assertEquals("指导组", report.unit());
        assertEquals("● 逾期", report.light());
        assertEquals(SectionId.DEADLINES, report.target());
        assertTrue(vm.overdue().stream().filter(r -> r.item().kind() == AgendaItem.Kind.ACTION)
                .allMatch(r -> Set.of("南山县", "西岭市").contains(r.unit()) && r.target() == SectionId.CHECKLIST));
        for (int i = 1; i < vm.overdue().size(); i++) {
            assertFalse(vm.overdue().get(i).item().date().isBefore(vm.overdue().get(i - 1).item().date()), "oldest first");
        }
    }

    @Test
    void aUnitsLiaisonFollowsTheTitleAndItsPhoneNeverBreaksInside() {
        OverviewViewModel.Row water = vm.overdue().stream()
                .filter(r -> r.item().kind() == AgendaItem.Kind.LEDGER && r.unit().equals("国家水利发展部"))
                .findFirst().orElseThrow();
        // The demo's liaison for the ministry: 陈志刚 138 0013 8003, the number joined by no-break spaces.
        assertTrue(water.title().endsWith("（联络：陈志刚 138\u00A00013\u00A08003）"), water.title());
    }

    @Test
    void aLedgerItemShowsItsKindAndUnitAndOpensTheLedger() {
        OverviewViewModel.Row water = vm.overdue().stream()
                .filter(r -> r.item().kind() == AgendaItem.Kind.LEDGER && r.unit().equals("国家水利发展部"))
                .findFirst().orElseThrow();
        assertEquals("整改台账", water.kind());
        assertTrue(water.title().startsWith("督查考核发现：部分直属单位党建与业务"), water.title());
        assertEquals("11月21日 周六", water.date());
        assertEquals("● 逾期", water.light());
        assertEquals(SectionId.LEDGER, water.target());

        OverviewViewModel.Row soon = vm.upcoming().stream().filter(r -> r.item().kind() == AgendaItem.Kind.LEDGER)
                .findFirst().orElseThrow();
        assertEquals("北方能源集团有限公司", soon.unit());
        assertEquals(LocalDate.of(2026, 11, 25), soon.item().date());
        assertEquals("◐ 即将到期", soon.light());
        assertEquals(SectionId.LEDGER, soon.target());
    }

    @Test
    void theLedgerTileCountsOverdueItemsOfAllAndOpensTheLedger() {
        OverviewViewModel.Tile ledger = tile(TileKind.LEDGER);
        LedgerFigures all = LedgerFigures.total(LedgerFigures.perUnit(ws.units().units(), ws.ledger().states(), TODAY,
                Week.of(TODAY)));
        assertEquals(String.valueOf(all.overdue()), ledger.value());
        assertEquals("4", ledger.value());
        assertEquals("整改台账逾期", ledger.caption());
        assertEquals("项 · 共 32 项", ledger.detail());
        assertEquals(SectionId.LEDGER, ledger.target());
    }

    @Test
    void eachUnitShowsItsLedgerBesideItsProgress() {
        OverviewViewModel.UnitProgress province = vm.units().get(0);
        assertEquals("东江省", province.name());
        assertEquals(5, province.ledger().total());
        assertEquals("整改 1/5", province.ledgerText(), "one of its two completions was sent back (退回)");
        OverviewViewModel.UnitProgress county = vm.units().get(5);
        assertEquals("南山县", county.name());
        assertEquals("整改 1/7 · 逾期 1", county.ledgerText());
        assertEquals(32, vm.units().stream().mapToInt(u -> u.ledger().total()).sum());
    }

    @Test
    void theWeekShowsLedgerItemsDueThisWeek() {
        OverviewViewModel.Day wednesday = vm.week().get(2);
        OverviewViewModel.WeekEntry due = wednesday.entries().stream()
                .filter(e -> e.kind() == AgendaItem.Kind.LEDGER).findFirst().orElseThrow();
        assertEquals("整改台账 · 北方能源集团有限公司 · 调研检视发现：安全生产责任落实存在层层递减", due.text());
        assertFalse(due.done());
        assertEquals(TrafficLight.YELLOW, due.light());
        assertEquals(SectionId.LEDGER, due.target());
    }

    @Test
    void aDeadlineOfThisWeekSentLateSaysSoOnItsDay() {
        LocalDate monday = TODAY.minusDays(1);
        org.guidancedesk.domain.Deadline d = ws.deadlines().add(new org.guidancedesk.domain.Deadline(0, "报送调研报告", null,
                "", null, new org.guidancedesk.domain.Recurrence.Once(monday), ""));
        ws.deadlines().saveSubmission(new org.guidancedesk.domain.Submission(d.id(), monday, TODAY, ""));
        vm.reload();

        OverviewViewModel.WeekEntry sent = vm.week().get(0).entries().stream()
                .filter(e -> e.kind() == AgendaItem.Kind.DEADLINE).findFirst().orElseThrow();
        assertTrue(sent.done());
        assertTrue(sent.text().endsWith("报送调研报告（迟报 1 天）"), sent.text());
    }

    @Test
    void anItemFinishedThisWeekIsDoneOnItsDay() {
        long id = ws.ledger().items().stream().filter(r -> r.problem().startsWith("群众反映：农村饮水工程维修响应慢"))
                .findFirst().orElseThrow().id();
        ws.ledger().setStatus(List.of(id), org.guidancedesk.domain.RectificationStatus.COMPLETED, TODAY.minusDays(1), "");
        vm.reload();

        OverviewViewModel.WeekEntry done = vm.week().get(0).entries().stream()
                .filter(e -> e.kind() == AgendaItem.Kind.LEDGER).findFirst().orElseThrow();
        assertTrue(done.done());
        assertTrue(done.text().contains("农村饮水工程维修响应慢"), done.text());
        assertTrue(vm.week().get(3).entries().stream().noneMatch(e -> e.text().contains("农村饮水")),
                "no longer due on Thursday");
    }

    @Test
    void upcomingHasTheWeeklyNewsDueFridayAndStaysWithinSevenDays() {
        OverviewViewModel.Row first = vm.upcoming().stream().filter(r -> r.item().kind() == AgendaItem.Kind.DEADLINE)
                .findFirst().orElseThrow();
        assertEquals("报送工作动态", first.title());
        assertEquals(LocalDate.of(2026, 11, 27), first.item().date());
        assertEquals(TrafficLight.YELLOW, first.item().light());
        assertEquals("◐ 即将到期", first.light());
        assertTrue(vm.upcoming().stream().allMatch(r -> !r.item().date().isAfter(TODAY.plusDays(7))));
    }

    @Test
    void tilesCountOverdueDueSoonCompletionAndThisWeek() {
        assertEquals(List.of(TileKind.OVERDUE, TileKind.DUE_SOON, TileKind.COMPLETION, TileKind.DONE_THIS_WEEK,
                TileKind.PENDING_REPORTS, TileKind.LEDGER), vm.tiles().stream().map(OverviewViewModel.Tile::kind).toList());
        assertEquals("12", tile(TileKind.OVERDUE).value());
        assertEquals("3天内到期", tile(TileKind.DUE_SOON).caption());
        AgendaService.Agenda agenda = ws.agenda().agenda(3);
        assertEquals(String.valueOf(agenda.upcoming().size()), tile(TileKind.DUE_SOON).value());
        assertEquals(35 * 100 / 83 + "%", tile(TileKind.COMPLETION).value());
        assertEquals("已完成 35/83", tile(TileKind.COMPLETION).detail());
        assertEquals(SectionId.CHECKLIST, tile(TileKind.COMPLETION).target());
        assertEquals(SectionId.DEADLINES, tile(TileKind.PENDING_REPORTS).target());
        long doneThisWeek = vm.week().stream().flatMap(d -> d.entries().stream())
                .filter(OverviewViewModel.WeekEntry::done).count();
        assertEquals(String.valueOf(doneThisWeek), tile(TileKind.DONE_THIS_WEEK).value());
        long pending = ws.deadlines().occurrences().stream().filter(o -> o.submission().isEmpty()
                && !o.due().isBefore(LocalDate.of(2026, 11, 23)) && !o.due().isAfter(LocalDate.of(2026, 11, 29))).count();
        assertEquals(String.valueOf(pending), tile(TileKind.PENDING_REPORTS).value());
        assertTrue(pending >= 1, "报送工作动态 is due this Friday");
    }

    @Test
    void weekRunsMondayToSundayWithTodayMarked() {
        assertEquals(7, vm.week().size());
        assertEquals(LocalDate.of(2026, 11, 23), vm.week().get(0).date());
        assertEquals("周一 11月23日", vm.week().get(0).heading());
        assertTrue(vm.week().get(1).today());
        assertTrue(vm.week().get(4).entries().stream().anyMatch(e -> e.text().contains("报送工作动态")),
                () -> "Friday: " + vm.week().get(4).entries());
    }

    @Test
    void unitsFollowTheirOrderAndAddUpToTheOverallFigure() {
        assertEquals(ws.checklist().load().units().stream().map(u -> u.name()).toList(),
                vm.units().stream().map(OverviewViewModel.UnitProgress::name).toList());
        assertEquals("东江省", vm.units().get(0).name());
        assertEquals(35, vm.units().stream().mapToInt(u -> u.completion().done()).sum());
        assertEquals(83, vm.units().stream().mapToInt(u -> u.completion().applicable()).sum());
    }

    @Test
    void beforeAndAfterTheCampaignTheHeaderSaysSo() {
        ws.close(); // one program per file: the fixture's workspace gives the file up first
        for (LocalDate day : List.of(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 12, 1))) {
            Clock other = Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
            try (Workspace w = Workspace.open(dir.resolve("demo.db"), other)) {
                OverviewViewModel o = new OverviewViewModel(new UiTasks(new SyncUiExecutor(), e -> { throw new AssertionError(e); }, i18n, other), w);
                o.reload();
                String text = o.weekTextProperty().get();
                assertTrue(day.getYear() == 2026 ? text.startsWith("主题教育将于") && text.endsWith("开始")
                        : text.startsWith("主题教育已于") && text.endsWith("结束"), text);
            }
        }
    }

    @Test
    void noticeListsAtMostThreeTitlesPerKind() {
        String text = StartupNotice.text(ws.agenda().agenda(0), i18n);
        assertTrue(text.startsWith("逾期 12 项："), text);
        assertTrue(text.contains("等"), text);
        assertEquals(3, text.split("；")[0].split("、").length, text);
    }

    @Test
    void noticeNamesARepeatedDeadlineOnceWithHowOftenItIsLate() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        List<AgendaItem> overdue = List.of(
                new AgendaItem(AgendaItem.Kind.DEADLINE, today.minusDays(19), "每周工作进展情况", "", TrafficLight.RED),
                new AgendaItem(AgendaItem.Kind.DEADLINE, today.minusDays(12), "每周工作进展情况", "", TrafficLight.RED),
                new AgendaItem(AgendaItem.Kind.DEADLINE, today.minusDays(5), "每周工作进展情况", "", TrafficLight.RED),
                new AgendaItem(AgendaItem.Kind.LEDGER, today.minusDays(2), "文山会海问题", "南山县", TrafficLight.RED));
        String text = StartupNotice.text(new org.guidancedesk.service.AgendaService.Agenda(today, 3, overdue, List.of()), i18n);
        assertEquals("逾期 4 项：每周工作进展情况（3 次）、文山会海问题（南山县）", text);
    }

    @Test
    void eachUnitsProgressAndTheCompletionTileTakeTheLightOfTheirDatesNotOfTheirPercentage() {
        java.util.Set<String> withOverdueActions = new java.util.HashSet<>();
        vm.overdue().stream().filter(r -> r.item().kind() == AgendaItem.Kind.ACTION).forEach(r -> withOverdueActions.add(r.unit()));
        assertFalse(withOverdueActions.isEmpty());
        for (OverviewViewModel.UnitProgress u : vm.units()) {
            if (withOverdueActions.contains(u.name())) {
                assertEquals(TrafficLight.RED, u.light(), u.name() + " has something overdue, at " + u.text());
            } else {
                assertTrue(u.light() != TrafficLight.RED, u.name());
            }
        }
        assertEquals(TrafficLight.RED, vm.completionLightProperty().get(), "the whole is behind: not green");
    }
}
