package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.ArchivedSheet;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.SheetKind;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeekNotes;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly sheet as PDF: its text, its pages, its escaping, and the archive's exact bytes. */
class WeeklyPdfTest {
    private static final LocalDate TODAY = WeeklyReportTest.TODAY;
    private static final Week WEEK = Week.of(TODAY);
    private static final I18n ZH = I18n.forLanguage("zh");

    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(17, 0).atZone(WeeklyReportTest.ZONE).toInstant(),
            WeeklyReportTest.ZONE);

    private Workspace open(String name) {
        return Workspace.open(dir.resolve(name), CLOCK);
    }

    /** A fresh copy of the demo, open. */
    private Workspace demo(String name) {
        return DemoCopies.open(dir.resolve(name), TODAY, CLOCK);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String p : parts) {
            int at = text.indexOf(p, from);
            assertTrue(at >= 0, "\"" + p + "\" after position " + from + " in:\n" + text);
            from = at + p.length();
        }
    }

    @Test
    void theDemoSheetIsTwoPagesWithItsChineseTextInOrder() throws IOException {
        try (Workspace ws = demo("demo.db")) {
            ws.weekly().saveNotes(new WeekNotes(WEEK, "建议约谈南山县委主要负责同志", "下周一组长带队赴江城大学"));
            RenderedSheet sheet = WeeklyPdf.render(ws.weekly().data(WEEK), ZH);

            // The ledger's section does not fit beside the other four on one page (six units).
            assertEquals(2, sheet.pages());
            assertEquals("中央第十八指导组-第6周-周报.pdf", sheet.fileName());
            assertInOrder(text(sheet.pdf()), "中央第十八指导组工作进展周报", "第6周", "一、本周工作", "讲专题党课",
                    "北方能源集团有限公司", "赵伟、孙丽华", "二、规定动作进度", "东江省", "8/14", "合计", "35/83", "逾期未完成的规定动作", "西岭市：“领导班子成员开展专题调研”（11月23日起逾期1天）",
                    "南山县：“举办读书班（集中学习研讨不少于7天）”（11月11日起逾期13天）",
                    "三、上报材料", "报送第一阶段进展情况", "逾期未报", "报送工作动态", "待报",
                    "四、整改台账", "（一）各单位整改情况", "单位 总数 已完成 整改中 未启动 长期坚持 逾期 本周完成",
                    "东江省 5 1 3 0 1 0 0", "第 1 页", "南山县 7 1 3 3 0 1 0", "合计 32 6 16 7 3 4 0",
                    "（二）本周完成事项：本周无", "（三）逾期事项", "南山县", "11月15日", "整改中", "国家水利发展部", "督查考核发现", "11月21日",
                    "（四）本周延期事项：国家水利发展部整改-004（原定12月14日，延至1月14日）。",
                    "五、下周安排", "江城大学", "六、需要协调解决的问题", "建议约谈南山县委主要负责同志",
                    "七、其他说明", "下周一组长带队赴江城大学", "填报人：李明", "审核：王建国", "第 2 页");
        }
    }

    /** A ledger of 500 items (60 overdue, 30 finished this week) over the demo's six units. */
    private static void busyLedger(Workspace ws) {
        List<Unit> units = ws.units().units();
        for (int k = 0; k < 500; k++) {
            Rectification.Builder b = Rectification.builder(k % 2 == 0 ? Ledger.RECTIFY : Ledger.SPECIAL,
                    units.get(k % units.size()).id(), TODAY)
                    .problem("第" + k + "项：基层反映报表多、检查多、考核多，“指尖上的形式主义”问题仍较突出，需要系统整治")
                    .measures("清理整合报表，建立准入制度");
            if (k < 60) {
                b.node(LedgerNode.DEADLINE).due(TODAY.minusDays(1 + k % 25)).status(RectificationStatus.IN_PROGRESS, TODAY);
            } else if (k < 90) {
                b.node(LedgerNode.DEADLINE).due(TODAY.plusDays(20)).status(RectificationStatus.COMPLETED, TODAY)
                        .completedOn(WEEK.monday());
            } else if (k < 120) {
                b.node(LedgerNode.LONG_TERM).status(RectificationStatus.ONGOING, TODAY);
            } else {
                b.node(LedgerNode.DEADLINE).due(TODAY.plusDays(10 + k % 200)).status(RectificationStatus.IN_PROGRESS, TODAY);
            }
            ws.ledger().add(b.build());
        }
    }

    @Test
    void theDemoWithABusyLedgerStillNeedsAtMostTwoPages() throws IOException {
        try (Workspace ws = demo("busy.db")) {
            busyLedger(ws);
            ws.weekly().saveNotes(new WeekNotes(WEEK, "建议约谈南山县委主要负责同志", "下周一组长带队赴江城大学"));
            RenderedSheet sheet = WeeklyPdf.render(ws.weekly().data(WEEK), ZH);

            assertTrue(sheet.pages() <= 2, sheet.pages() + " pages");
            assertInOrder(text(sheet.pdf()), "四、整改台账", "合计 532 36 456 7 33 64 30", "（二）本周完成事项",
                    "另有 26 项本周完成，详见整改台账。", "（三）逾期事项", "另有 60 项逾期，详见整改台账。",
                    "五、下周安排", "填报人：李明");
        }
    }

    @Test
    void aThreeHundredCharacterProblemWrapsWholeOverSeveralLinesOfItsCell() throws IOException {
        try (Workspace ws = demo("long.db")) {
            long unit = ws.units().units().get(0).id();
            String problem = "甲乙丙丁戊己庚辛壬癸".repeat(29) + "问题结尾处的十个字符";
            ws.ledger().add(Rectification.builder(Ledger.RECTIFY, unit, TODAY).problem(problem)
                    .node(LedgerNode.DEADLINE).due(TODAY.minusDays(30)).status(RectificationStatus.IN_PROGRESS, TODAY).build());
            String text = text(WeeklyPdf.render(ws.weekly().data(WEEK), ZH).pdf());

            String lines = text.replace("\r", "");
            assertTrue(lines.replace("\n", "").contains(problem), "the whole problem is on the sheet:\n" + text);
            assertTrue(lines.contains("问题结尾处的十个字符"), "its end too");
            assertTrue(!lines.contains(problem), "and it is wrapped over several lines, not one");
            assertTrue(!text.contains("…"), "nothing is cut");
        }
    }

    @Test
    void markupInNamesPrintsLiterally() throws IOException {
        try (Workspace ws = open("markup.db")) {
            ws.groups().createGroup(new Group("<b>&指导组", "主题教育", TODAY.minusDays(20), TODAY.plusDays(60), null), "李明");
            ws.units().add(new Unit(0, "<b>&", UnitKind.OTHER, "", "", 0));
            String text = text(WeeklyPdf.render(ws.weekly().data(WEEK), ZH).pdf());
            assertTrue(text.contains("<b>&指导组工作进展周报"), text);
            assertTrue(text.contains("<b>&"), text);
        }
    }

    @Test
    void tenUnitsWithTheFullCatalogueAndABusyWeekNeedAtMostTwoPages() throws IOException {
        try (Workspace ws = open("ten.db")) {
            ws.groups().createGroup(new Group("中央第十八指导组", "学习贯彻习近平新时代中国特色社会主义思想主题教育",
                    TODAY.minusDays(40), TODAY.plusDays(80), null), "李明");
            for (int i = 1; i <= 10; i++) {
                ws.units().add(new Unit(0, "第" + i + "联系单位有限公司", UnitKind.ENTERPRISE, "", "", 0));
            }
            // A busy week for every unit: two actions done (attended when must-attend), two planned next week.
            List<Unit> units = ws.units().units();
            List<RequiredAction> actions = ws.catalog().actions().stream()
                    .filter(a -> a.scope() == org.guidancedesk.domain.ActionScope.UNIT).toList();
            long leader = ws.groups().members().get(0).id();
            for (int u = 0; u < units.size(); u++) {
                for (int k = 0; k < 4; k++) {
                    RequiredAction a = actions.get((u + k) % actions.size());
                    RecordKey key = new RecordKey(a.id(), units.get(u).id());
                    ws.checklist().save(k < 2
                            ? new ActionRecord(key, ActionStatus.DONE, null, WEEK.monday().plusDays(k % 2),
                                    a.mustAttend() ? Set.of(leader) : Set.of(), "")
                            : new ActionRecord(key, ActionStatus.SCHEDULED, WEEK.next().monday().plusDays((u + k) % 5),
                                    null, Set.of(), ""));
                }
            }
            for (RequiredAction item : ws.catalog().actions()) {
                if (item.scope() == org.guidancedesk.domain.ActionScope.GROUP && item.id() % 2 == 0) {
                    ws.checklist().toggle(RecordKey.ofGroupItem(item.id()));
                }
            }
            ws.weekly().saveNotes(new WeekNotes(WEEK, "部分单位反映集中学习与年底业务工作冲突，建议领导小组办公室统筹安排时间。\n第3、第7联系单位调研成果交流会日期重叠，需协调组领导出席。",
                    "下周组长带队赴第1、第2联系单位开展“四不两直”实地调研。"));
            RenderedSheet sheet = WeeklyPdf.render(ws.weekly().data(WEEK), ZH);
            assertTrue(sheet.pages() <= 2, sheet.pages() + " pages");
            assertInOrder(text(sheet.pdf()), "二、规定动作进度", "第10联系单位有限公司", "四、整改台账", "暂无整改事项。",
                    "五、下周安排", "填报人");
        }
    }

    @Test
    void theArchiveKeepsAndGivesBackTheExactBytes() {
        try (Workspace ws = demo("archive.db")) {
            RenderedSheet sheet = WeeklyPdf.render(ws.weekly().data(WEEK), ZH);

            ArchivedSheet kept = ws.weekly().archive(WEEK, SheetKind.EXPORT, sheet.fileName(), sheet.pages(), sheet.pdf());

            assertArrayEquals(sheet.pdf(), ws.weekly().archivedPdf(kept.id()));
            assertEquals(List.of(kept), ws.weekly().archived());
        }
        try (Workspace reopened = open("archive.db")) {
            ArchivedSheet again = reopened.weekly().archived().get(0);
            assertEquals(WEEK, again.week());
            assertEquals(SheetKind.EXPORT, again.kind());
            assertEquals(64, again.sha256().length());
        }
    }
}
