package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeekNotes;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Sheet;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly report of the demo group on Tuesday 2026-11-24 (week 2026-W48, campaign week 6). */
class WeeklyReportTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY, Clock.fixed(TODAY.atTime(17, 0).atZone(ZONE).toInstant(), ZONE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private WeeklyReport report(Week week) {
        return WeeklyReport.build(ws.weekly().data(week), WeeklySections.standard());
    }

    @Test
    void thisWeekListsWhatTheUnitsCompletedAndWhatTheGroupAttended() {
        ThisWeekSection.ThisWeek w = report(Week.of(TODAY)).content(ThisWeekSection.class);

        assertEquals(List.of("国家水利发展部", "北方能源集团有限公司"),
                w.units().stream().map(u -> u.unit().name()).toList());
        assertEquals("领导班子成员开展专题调研", w.units().get(0).done().get(0).action().title());
        assertEquals(LocalDate.of(2026, 11, 23), w.units().get(0).done().get(0).date());
        assertEquals("讲专题党课", w.units().get(1).done().get(0).action().title());
        assertEquals(TODAY, w.units().get(1).done().get(0).date());

        assertEquals(1, w.attended().size(), "only must-attend actions with attendees");
        assertEquals("讲专题党课", w.attended().get(0).action().title());
        assertEquals(List.of("赵伟", "孙丽华"), w.attended().get(0).members());

        assertEquals(List.of("召开座谈会听取意见建议"), w.groupItems().stream().map(d -> d.action().title()).toList());
    }

    @Test
    void deadlinesOfThisWeekAndNextWithTheOverdueOne() {
        List<DeadlinesSection.Row> rows = report(Week.of(TODAY)).content(DeadlinesSection.class);
        assertEquals(List.of("报送第一阶段进展情况", "报送工作动态", "报送工作动态"),
                rows.stream().map(r -> r.occurrence().deadline().title()).toList());
        assertEquals(org.guidancedesk.domain.Occurrence.State.OVERDUE, rows.get(0).state());
        assertEquals(LocalDate.of(2026, 11, 27), rows.get(1).occurrence().due());
        assertEquals(org.guidancedesk.domain.Occurrence.State.PENDING, rows.get(1).state());
        assertEquals(LocalDate.of(2026, 12, 4), rows.get(2).occurrence().due());
    }

    @Test
    void aLateSubmissionIsShownLateWithItsDaysNotJustSent() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        org.guidancedesk.domain.Deadline d = ws.deadlines().add(new org.guidancedesk.domain.Deadline(0, "报送调研报告", null,
                "", null, new org.guidancedesk.domain.Recurrence.Once(monday), ""));
        ws.deadlines().saveSubmission(new org.guidancedesk.domain.Submission(d.id(), monday, TODAY, ""));
        WeeklyReport report = report(Week.of(TODAY));
        List<DeadlinesSection.Row> rows = report.content(DeadlinesSection.class).stream()
                .filter(r -> r.occurrence().deadline().title().equals("报送调研报告")).toList();
        Block.Table table = (Block.Table) new DeadlinesSection().render(rows, report.data(), I18n.forLanguage("zh")).get(0);
        assertEquals("迟报 1 天（11月24日）", table.rows().get(0).get(3));
    }

    @Test
    void aPastWeeksSubmissionsAreListedUnderItsWork() {
        ThisWeekSection.ThisWeek w = report(Week.of(TODAY).previous()).content(ThisWeekSection.class);
        assertEquals(1, w.submitted().size());
        assertEquals("报送工作动态", w.submitted().get(0).title());
        assertEquals(LocalDate.of(2026, 11, 20), w.submitted().get(0).on());
    }

    @Test
    void theProgressColumnsAreTheFilesOwnPhasesInTheirOrder() {
        var phases = ws.catalog().phases().stream().filter(p -> p.scope() == org.guidancedesk.domain.ActionScope.UNIT)
                .toList();
        ws.catalog().renamePhase(phases.get(0).withName("理论学习"));
        java.util.List<Long> order = new java.util.ArrayList<>(phases.stream().map(org.guidancedesk.domain.Phase::id).toList());
        order.add(0, order.remove(1));
        ws.catalog().reorderPhases(order);
        ws.catalog().addPhase(org.guidancedesk.domain.Phase.draft(org.guidancedesk.domain.ActionScope.UNIT, "建章立制"));

        WeeklyReport r = report(Week.of(TODAY));
        ProgressSection.Progress p = r.content(ProgressSection.class);
        assertEquals(List.of("调查研究", "理论学习", "检视问题", "整改落实", "总结"),
                p.phases().stream().map(org.guidancedesk.domain.Phase::name).toList(), "a phase without actions has no column");
        assertEquals(6, p.units().get(0).byPhase().get(p.phases().get(1)).done(), "the study phase's figures under its new name");
        Block.Table table = (Block.Table) new ProgressSection().render(p, r.data(), I18n.forLanguage("zh")).get(0);
        assertEquals(List.of("单位", "调查研究", "理论学习", "检视问题", "整改落实", "总结"),
                table.columns().subList(0, 6).stream().map(Block.Column::header).toList());
    }

    @Test
    void progressCountsDoneOutOfApplicableByPhaseWithOverdue() {
        ProgressSection.Progress p = report(Week.of(TODAY)).content(ProgressSection.class);

        assertEquals(List.of("学习教育", "调查研究", "检视问题", "整改落实", "总结"),
                p.phases().stream().map(org.guidancedesk.domain.Phase::name).toList());
        assertEquals(6, p.units().size());
        ProgressSection.Row province = p.units().get(0);
        assertEquals("东江省", province.name());
        assertEquals(6, province.byPhase().get(p.phases().get(0)).done());
        assertEquals(8, province.all().done());
        assertEquals(14, province.all().applicable());
        ProgressSection.Row university = p.units().get(3);
        assertEquals(13, university.all().applicable(), "不适用 is not counted");
        ProgressSection.Row county = p.units().get(5);
        assertEquals(3, county.overdue());
        assertEquals(35, p.total().all().done());
        assertEquals(83, p.total().all().applicable());
        assertEquals(4, p.total().overdue());
    }

    @Test
    void aMustAttendActionPlannedForFridayIsStillToDoThisWeekOnTheSheet() throws java.io.IOException {
        org.guidancedesk.domain.Unit unit = ws.units().units().get(3);
        org.guidancedesk.domain.RequiredAction action = ws.catalog().actions().stream()
                .filter(a -> a.mustAttend() && a.scope() == org.guidancedesk.domain.ActionScope.UNIT
                        && ws.checklist().load().record(new org.guidancedesk.domain.RecordKey(a.id(), unit.id())).status()
                        != org.guidancedesk.domain.ActionStatus.DONE).findFirst().orElseThrow();
        LocalDate friday = Week.of(TODAY).monday().plusDays(4);
        ws.checklist().save(new org.guidancedesk.domain.ActionRecord(new org.guidancedesk.domain.RecordKey(action.id(), unit.id()),
                org.guidancedesk.domain.ActionStatus.SCHEDULED, friday, null, java.util.Set.of(), ""));

        ThisWeekSection.ThisWeek w = report(Week.of(TODAY)).content(ThisWeekSection.class);
        assertTrue(w.pending().items().stream().anyMatch(p -> p.action().equals(action) && p.date().equals(friday)
                && p.units().contains(unit)), w.pending().toString());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
                WeeklyPdf.render(ws.weekly().data(Week.of(TODAY)), org.guidancedesk.i18n.I18n.forLanguage("zh")).pdf())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertTrue(text.contains("（六）本周待办11月27日：" + unit.name() + "“" + action.title() + "”（必须参加）"), text);
    }

    @Test
    void nextWeekListsWhatIsPlannedByDate() {
        NextWeekSection.NextWeek n = report(Week.of(TODAY)).content(NextWeekSection.class);

        assertEquals(Week.parse("2026-W49"), n.week());
        assertEquals(5, n.items().size(), n.items().toString());
        for (int i = 1; i < n.items().size(); i++) {
            assertTrue(!n.items().get(i).date().isBefore(n.items().get(i - 1).date()), "in date order");
        }
        assertTrue(n.items().stream().allMatch(i -> n.week().contains(i.date())));
        assertTrue(n.items().stream().anyMatch(NextWeekSection.Planned::isGroupItem), "group work items too");
    }

    @Test
    void aPastWeekIsCountedAsItStoodOnItsSunday() {
        Week previous = Week.of(TODAY).previous();
        WeeklyReport r = report(previous);
        assertEquals(previous.sunday(), r.data().asOf());
        ThisWeekSection.ThisWeek w = r.content(ThisWeekSection.class);
        assertTrue(w.units().stream().flatMap(u -> u.done().stream()).allMatch(d -> previous.contains(d.date())));
        ProgressSection.Progress p = r.content(ProgressSection.class);
        assertTrue(p.total().all().done() < 35, "ticks made this week are not counted last week");
    }

    @Test
    void aWeekWithNoActivityGivesASensibleSheet() {
        Week quiet = Week.of(ws.groups().group().orElseThrow().end()).next().next();
        WeeklyReport r = report(quiet);
        assertTrue(r.content(ThisWeekSection.class).isEmpty());
        assertTrue(r.content(NextWeekSection.class).items().isEmpty());
        Sheet sheet = WeeklySheet.of(r, I18n.forLanguage("zh"));
        assertTrue(sheet.blocks().stream().anyMatch(b -> b instanceof Block.Heading h
                && h.text().equals("（一）规定动作完成情况：本周无")), sheet.blocks().toString());
        assertTrue(sheet.blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p && p.text().startsWith("下周暂无")));
    }

    @Test
    void theSheetHasTitleNumberedSectionsNotesAndSignature() {
        ws.weekly().saveNotes(new WeekNotes(Week.of(TODAY), "南山县读书班一再推迟，建议约谈县委主要负责同志\n请办公室协调会议室", ""));
        Sheet sheet = WeeklySheet.of(report(Week.of(TODAY)), I18n.forLanguage("zh"));

        Block.Title title = (Block.Title) sheet.blocks().get(0);
        assertEquals("中央第十八指导组工作进展周报", title.text());
        assertEquals("（第6周 · 2026年11月23日—11月29日）", title.subtitle());
        List<String> headings = sheet.blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() == 1)
                .map(b -> ((Block.Heading) b).text()).toList();
        assertEquals(List.of("一、本周工作", "二、规定动作进度", "三、上报材料", "四、整改台账", "五、下周安排",
                "六、需要协调解决的问题", "七、其他说明：无"), headings);
        assertTrue(sheet.blocks().contains(Block.Paragraph.of("请办公室协调会议室")), "one paragraph per typed line");
        Block.Signature signature = (Block.Signature) sheet.blocks().get(sheet.blocks().size() - 1);
        assertEquals(List.of("填报人：李明", "审核：王建国", "填报日期：2026年11月24日"), signature.parts());
        assertEquals("中央第十八指导组-第6周-周报.pdf", WeeklySheet.fileName(ws.weekly().data(Week.of(TODAY)), I18n.forLanguage("zh")));
    }
}
