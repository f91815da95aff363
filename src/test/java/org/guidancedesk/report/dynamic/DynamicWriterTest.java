package org.guidancedesk.report.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.pdf.SheetPdf;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.testing.InternalTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 工作动态 written from the demo week: the office's sentences, exactly, and nothing internal. */
class DynamicWriterTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final I18n ZH = I18n.forLanguage("zh");

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("d.db"), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<String> part(DynamicPart which) {
        return DynamicWriter.write(ws.weekly().data(Week.of(TODAY)), ZH).stream().filter(p -> p.part() == which)
                .findFirst().orElseThrow().paragraphs();
    }

    @Test
    void theWeeksWorkInTheReportsWordsThenTheCampaignSoFar() {
        List<String> work = part(DynamicPart.WORK);
        assertEquals("本周，指导组与1家单位4位同志进行了谈话。实地调研1个市（县）、1个村（社区），其中“四不两直”1次。"
                + "本周审阅方案材料2份，提出修改意见1条。", work.get(0));
        assertTrue(work.get(1).endsWith("累计审阅方案材料11份，提出修改意见9条，4份经多轮修改后定稿。"), work.get(1));
        assertTrue(work.get(1).startsWith("指导组已进驻全部6家联系单位。进驻以来，指导组累计与6家单位53位同志进行了谈话（其中主要负责同志6人）。"),
                work.get(1));
        assertTrue(work.get(2).startsWith("本周工作：指导组派人参加了北方能源集团有限公司“讲专题党课”（12月4日）；11月30日，南山县：个别谈话 4人；"),
                work.get(2));
        assertFalse(work.get(2).contains("组内会议"), "the group's own meetings are not news for the office");
    }

    @Test
    void everyUnitHasItsLineTheLateOnesNamedWithTheirDaysAndTheGroupsReminder() {
        List<String> units = part(DynamicPart.UNITS);
        assertEquals(6, units.size());
        assertEquals("东江省：本周没有新完成的规定动作；规定动作累计完成8/14项（57%）。", units.get(0), "a unit that did nothing says so");
        assertEquals("国家水利发展部：本周完成“领导班子成员开展专题调研”；规定动作累计完成7/14项（50%）。", units.get(1));
        assertEquals("南山县：本周没有新完成的规定动作；规定动作累计完成3/14项（21%）；“举办读书班（集中学习研讨不少于7天）”逾期16天"
                + "（应于11月18日完成）、“讲专题党课”逾期2天（应于12月2日完成）、“开展支部书记轮训”逾期10天（应于11月24日完成），"
                + "指导组已于11月23日督促提醒。", units.get(5));
    }

    @Test
    void nextWeekByDayAndThePartsWithNothingSaySo() {
        assertEquals(List.of("下周，12月8日，东江省列席会议：省委常委班子专题民主生活会；12月10日，北方能源集团有限公司座谈会："
                + "一线职工座谈会（15人）；12月11日，江城大学领导班子成员开展专题调研。"), part(DynamicPart.NEXT));
        assertEquals(List.of("本周未发现新的问题。", "整改台账累计32项，已完成6项（完成率19%），本周完成0项，逾期未完成4项。"), part(DynamicPart.PROBLEMS),
                "no new problem, and the ledger as it stands");
        assertEquals(List.of("本周未记录新的典型做法。"), part(DynamicPart.HIGHLIGHTS));
        assertEquals(List.of("无。"), part(DynamicPart.COORDINATION));
    }

    @Test
    void findingsAndHighlightsAreNumberedButNotesNamesAndCovertPlacesNeverLeave() throws IOException {
        InternalTexts.plant(ws, Week.of(TODAY).monday());

        assertEquals(List.of("1.东江省：学习流于形式", "整改台账累计32项，已完成6项（完成率19%），本周完成0项，逾期未完成4项。"), part(DynamicPart.PROBLEMS));
        assertEquals(List.of("1.东江省：以案促学"), part(DynamicPart.HIGHLIGHTS));
        WeeklyData data = ws.weekly().data(Week.of(TODAY));
        for (String lang : List.of("zh", "en")) {
            I18n i18n = I18n.forLanguage(lang);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            SheetPdf.render(DynamicSheet.of(data, DynamicWriter.write(data, i18n), new DynamicHeader("", 3, "", ""), i18n), pdf);
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                text = new PDFTextStripper().getText(doc);
            }
            for (String secret : InternalTexts.SECRETS) {
                assertFalse(text.contains(secret), lang + ": " + secret);
            }
            assertTrue(text.replaceAll("\\s+", "").contains(lang.equals("zh") ? "第3期" : "No.3"), text);
        }
    }
}
