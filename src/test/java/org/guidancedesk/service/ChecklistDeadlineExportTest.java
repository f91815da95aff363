package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.tabular.CellKind;
import org.guidancedesk.tabular.RawRow;
import org.guidancedesk.tabular.RawTable;
import org.guidancedesk.tabular.TableReader;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 规定动作 and 上报材料 exports of the demo group on 2026-11-24, read back with the tabular reader. */
class ChecklistDeadlineExportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final I18n ZH = I18n.forLanguage("zh");

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** The row whose column holds that text. */
    private static RawRow row(RawTable t, int column, String text) {
        return t.rows().stream().filter(r -> r.text(column).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text));
    }

    @Test
    void theChecklistXlsxHasTitleHeaderAUnitPerColumnAndEachCellsStateAndDate() throws Exception {
        Path out = dir.resolve("规定动作.xlsx");
        ChecklistExportService.Written w = new ChecklistExportService(ws.checklist(), ZH).export(out);
        assertEquals(6, w.units());
        assertEquals(24, w.actions(), "14 required actions and 10 group work items");

        RawTable t = TableReader.read(out);
        assertEquals("中央第十八指导组 规定动作落实情况", t.rows().get(0).text(0));
        assertEquals("截至 2026年11月24日　共 24 项", t.rows().get(1).text(0));
        RawRow header = t.rows().get(2);
        assertEquals(List.of("序号", "阶段", "规定动作和工作事项", "东江省", "国家水利发展部", "北方能源集团有限公司", "江城大学",
                "西岭市", "南山县", "本组工作事项"), header.cells().stream().map(c -> c.text()).toList());

        RawRow lecture = row(t, 2, "讲专题党课");
        assertEquals("学习教育", lecture.text(1));
        assertEquals("✔ 11月17日", lecture.text(3));
        assertEquals("计划 12月2日", lecture.text(6));
        assertEquals("✘ 逾期（计划 11月20日）", lecture.text(8));
        assertEquals("", lecture.text(9), "a unit action has nothing under 本组");
        assertEquals("不适用", row(t, 2, "开展支部书记轮训").text(6));
        assertEquals("", row(t, 2, "撰写对照检查材料").text(3), "未安排 is blank");
        RawRow groupItem = row(t, 2, "召开座谈会听取意见建议");
        assertEquals("✔ 11月23日", groupItem.text(9));
        assertEquals("", groupItem.text(3));
        RawRow totals = row(t, 2, "完成情况");
        assertEquals("8/14（57%）", totals.text(3));
        assertEquals(CellKind.NUMBER, lecture.cell(0).kind());

        String sheet = sheetXml(out);
        assertTrue(sheet.contains("orientation=\"landscape\"") && sheet.contains("paperSize=\"9\""), "A4 landscape");
        assertTrue(sheet.contains("fitToWidth=\"1\""), "one page wide");
        assertTrue(workbookXml(out).contains("_xlnm.Print_Titles"), "the header repeats on every page");
    }

    @Test
    void theChecklistCsvHasTheHeaderThenTheSameCells() throws Exception {
        Path out = dir.resolve("规定动作.csv");
        new ChecklistExportService(ws.checklist(), ZH).export(out);
        RawTable t = TableReader.read(out);
        assertEquals("序号", t.rows().get(0).text(0));
        assertEquals("✘ 逾期（计划 11月20日）", row(t, 2, "讲专题党课").text(8));
        assertEquals(26, t.rows().size(), "header, 24 rows, completion");
    }

    @Test
    void theDeadlinesExportListsEveryOccurrenceWithItsStateIncludingLate() throws Exception {
        Occurrence overdue = ws.deadlines().occurrences().stream()
                .filter(o -> o.deadline().title().equals("报送第一阶段进展情况")).findFirst().orElseThrow();
        ws.deadlines().saveSubmission(new Submission(overdue.deadline().id(), overdue.due(), TODAY, "指导组〔2026〕9号"));
        Path xlsx = dir.resolve("上报材料.xlsx");
        Path csv = dir.resolve("上报材料.csv");
        int count = new DeadlineExportService(ws.deadlines(), ws.checklist(), ZH).export(xlsx);
        assertEquals(ws.deadlines().occurrences().size(), count);
        new DeadlineExportService(ws.deadlines(), ws.checklist(), ZH).export(csv);

        RawTable t = TableReader.read(xlsx);
        assertEquals("中央第十八指导组 上报材料报送情况", t.rows().get(0).text(0));
        assertEquals(List.of("序号", "材料", "时限", "时间", "报送对象", "责任人", "状态", "报送日期", "报送内容"),
                t.rows().get(2).cells().stream().map(c -> c.text()).toList());
        assertEquals(count + 3, t.rows().size());
        RawRow late = row(t, 1, "报送第一阶段进展情况");
        assertEquals("2026-11-19", late.text(2));
        assertEquals(CellKind.DATE, late.cell(2).kind());
        assertEquals("迟报 5 天", late.text(6));
        assertEquals("2026-11-24", late.text(7));
        assertEquals("指导组〔2026〕9号", late.text(8));
        RawRow friday = t.rows().stream().filter(r -> r.text(1).equals("报送工作动态") && r.text(2).equals("2026-11-27"))
                .findFirst().orElseThrow();
        assertEquals("待报", friday.text(6));
        assertEquals("12:00", friday.text(3));
        assertEquals("已报", row(t, 1, "报送主题教育实施方案").text(6));

        RawTable c = TableReader.read(csv);
        assertEquals(count + 1, c.rows().size());
        assertEquals("迟报 5 天", row(c, 1, "报送第一阶段进展情况").text(6));
    }

    @Test
    void aFormulaLookingTitleStaysTextInBothFormats() throws Exception {
        String risky = "=HYPERLINK(\"http://x\",\"点击\")";
        ws.deadlines().add(new Deadline(0, risky, null, "+86 10 6512", null, new Recurrence.Once(TODAY.plusDays(3)), ""));
        Path xlsx = dir.resolve("risky.xlsx");
        Path csv = dir.resolve("risky.csv");
        new DeadlineExportService(ws.deadlines(), ws.checklist(), ZH).export(xlsx);
        new DeadlineExportService(ws.deadlines(), ws.checklist(), ZH).export(csv);

        String sheet = sheetXml(xlsx);
        assertFalse(sheet.contains("<f>") || sheet.contains("<f "), "no formula element in the sheet");
        RawRow x = row(TableReader.read(xlsx), 1, risky);
        assertEquals(CellKind.TEXT, x.cell(1).kind());
        assertEquals("+86 10 6512", x.text(4));
        String csvText = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(csvText.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\""), "neutralised with an apostrophe");
        assertTrue(csvText.contains(",'+86 10 6512,"));
    }

    @Test
    void inEnglishTheWordsAreEnglish() throws Exception {
        Path out = dir.resolve("en.csv");
        new ChecklistExportService(ws.checklist(), I18n.forLanguage("en")).export(out);
        RawTable t = TableReader.read(out);
        assertEquals("Action or work item", t.rows().get(0).text(2));
        assertEquals("✘ overdue (planned Nov 20)", row(t, 2, "讲专题党课").text(8));
    }

    private static String sheetXml(Path xlsx) throws IOException {
        return entry(xlsx, "xl/worksheets/");
    }

    private static String workbookXml(Path xlsx) throws IOException {
        return entry(xlsx, "xl/workbook.xml");
    }

    private static String entry(Path xlsx, String prefix) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith(prefix)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + prefix + " in " + xlsx);
    }
}
