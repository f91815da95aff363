package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFigures;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 四、整改台账 on the demo group's sheet of Tuesday 2026-11-24 (week 2026-W48). */
class LedgerSectionTest {
    private static final LocalDate TODAY = WeeklyReportTest.TODAY;
    private static final Week WEEK = Week.of(TODAY);
    private static final I18n ZH = I18n.forLanguage("zh");

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY,
                Clock.fixed(TODAY.atTime(17, 0).atZone(WeeklyReportTest.ZONE).toInstant(), WeeklyReportTest.ZONE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private LedgerSection.Content content(Week week) {
        return new LedgerSection().collect(ws.weekly().data(week));
    }

    private List<Block> render(Week week, I18n i18n) {
        WeeklyData data = ws.weekly().data(week);
        LedgerSection section = new LedgerSection();
        return section.render(section.collect(data), data, i18n);
    }

    private static List<Block.Table> tables(List<Block> blocks) {
        return blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
    }

    private Unit unit(String name) {
        return ws.units().units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theFiguresPerUnitAreTheLedgersFiguresOfToday() {
        LedgerSection.Content c = content(WEEK);

        List<LedgerFigures> expected = LedgerFigures.perUnit(ws.units().units(), ws.ledger().states(), TODAY, WEEK);
        assertEquals(expected, c.units().stream().map(LedgerSection.UnitLine::figures).toList());
        assertEquals(List.of("东江省", "国家水利发展部", "北方能源集团有限公司", "江城大学", "西岭市", "南山县"),
                c.units().stream().map(l -> l.unit().name()).toList());
        assertEquals(LedgerFigures.total(expected), c.total());
        assertEquals(32, c.total().total());
        assertEquals(4, c.total().overdue());
        assertFalse(c.isEmpty());
    }

    @Test
    void theOverdueItemsAreListedOldestFirstAndNothingWasFinishedYetThisWeek() {
        LedgerSection.Content c = content(WEEK);

        assertEquals(c.total().overdue(), c.overdue().size());
        assertTrue(c.overdue().stream().allMatch(i -> i.item().overdue(TODAY)));
        for (int i = 1; i < c.overdue().size(); i++) {
            assertFalse(c.overdue().get(i).item().due().isBefore(c.overdue().get(i - 1).item().due()), "oldest first");
        }
        LedgerSection.Item water = c.overdue().stream().filter(i -> i.unit().name().equals("国家水利发展部"))
                .findFirst().orElseThrow();
        assertTrue(water.item().problem().startsWith("督查考核发现：部分直属单位党建与业务"), water.toString());
        assertEquals(LocalDate.of(2026, 11, 21), water.item().due());
        assertTrue(c.finished().isEmpty(), "the demo's last completion was on Saturday 11-21");
    }

    @Test
    void theRenderedSectionHasTheTableTheOverdueListInBoldAndWholeProblems() {
        List<Block> blocks = render(WEEK, ZH);

        assertEquals(new Block.Heading(2, "（一）各单位整改情况"), blocks.get(0));
        assertTrue(blocks.contains(new Block.Heading(2, "（二）本周完成事项：本周无")), blocks.toString());
        assertTrue(blocks.contains(new Block.Heading(2, "（三）逾期事项")), blocks.toString());
        List<Block.Table> tables = tables(blocks);
        assertEquals(2, tables.size());

        Block.Table figures = tables.get(0);
        assertEquals(List.of("单位", "总数", "已完成", "整改中", "未启动", "长期坚持", "逾期", "本周完成"),
                figures.columns().stream().map(Block.Column::header).toList());
        assertEquals(List.of("合计", "32", "6", "16", "7", "3", "4", "0"), figures.rows().get(figures.rows().size() - 1));
        assertEquals(List.of(figures.rows().size() - 1), figures.emphasised());

        Block.Table overdue = tables.get(1);
        assertEquals(List.of("编号", "单位", "问题", "时限", "状态"),
                overdue.columns().stream().map(Block.Column::header).toList());
        assertEquals(4, overdue.rows().size());
        assertEquals(List.of(0, 1, 2, 3), overdue.emphasised(), "overdue items are bold");
        List<String> water = overdue.rows().stream().filter(r -> r.get(1).equals("国家水利发展部")).findFirst().orElseThrow();
        assertTrue(water.get(0).matches("整改-\\d{3}"), water.toString());
        assertEquals("11月21日", water.get(3));
        assertEquals("整改中", water.get(4));
        assertTrue(water.get(2).startsWith("督查考核发现：部分直属单位党建与业务"), water.get(2));
        double sum = overdue.columns().stream().mapToDouble(Block.Column::weight).sum();
        for (List<String> row : overdue.rows()) {
            assertFalse(row.get(2).endsWith("…"), "never cut: " + row.get(2));
            for (int c = 0; c < row.size(); c++) {
                if (c != 2) {
                    assertTrue(CharWidths.widthOf(row.get(c)) <= CharWidths.columnWidth(overdue.columns().get(c).weight(), sum),
                            "one line: " + row.get(c));
                }
            }
        }
    }

    @Test
    void anItemExtendedThisWeekIsNamedWithBothDatesAndAnOverdueExtendedItemShowsThemInItsLine() {
        List<Block> blocks = render(WEEK, ZH);
        Rectification water = ws.ledger().items().stream().filter(r -> r.extended() && r.unitId() == unit("国家水利发展部").id())
                .findFirst().orElseThrow();
        String code = LedgerSection.code(water, ZH);
        assertEquals(new Block.Heading(2, "（四）本周延期事项：国家水利发展部" + code + "（原定12月14日，延至1月14日）。"),
                blocks.get(blocks.size() - 1), "the one of this week; the demo's other two were the week before");

        // An item still late after its 延期: its line says both dates.
        Rectification late = ws.ledger().items().stream().filter(r -> r.overdue(TODAY) && !r.extended()).findFirst()
                .orElseThrow();
        ws.ledger().extend(late.id(), TODAY.minusDays(1), "等待上级批复", "组长 王建国", TODAY);
        LedgerSection.Item item = content(WEEK).overdue().stream().filter(i -> i.item().id() == late.id()).findFirst()
                .orElseThrow();
        assertEquals("11月23日（原定" + ZH.shortDate(late.due()) + "，已延期）", LedgerSection.due(item.item(), ZH));
        assertEquals(2, content(WEEK).extended().size());
    }

    @Test
    void aPastWeeksSheetShowsAnItemAsItStoodBeforeItsLaterDecisions() {
        Week before = WEEK.previous().previous();
        LedgerSection.Content then = content(before);
        assertTrue(then.extended().isEmpty(), "nothing was extended two weeks ago");
        Rectification sentBack = ws.ledger().items().stream().filter(r -> ws.ledger().progress(r.id()).stream()
                .anyMatch(n -> n.sendBack() != null)).findFirst().orElseThrow();
        assertEquals(RectificationStatus.IN_PROGRESS, sentBack.status());
        Rectification extended = ws.ledger().items().stream().filter(Rectification::extended).findFirst().orElseThrow();
        WeeklyData data = ws.weekly().data(WEEK.previous());
        Rectification sentBackThen = AsOf.rectification(sentBack, WEEK.previous().sunday(), data.decisionsOf(sentBack));
        assertEquals(RectificationStatus.COMPLETED, sentBackThen.status(), "completed until Monday's 退回");
        Rectification extendedThen = AsOf.rectification(extended, TODAY.minusDays(10), data.decisionsOf(extended));
        assertFalse(extendedThen.extended(), "not yet extended ten days ago");
        assertEquals(extended.originalDue(), extendedThen.due());
    }

    @Test
    void aLedgerWithNoOngoingItemsHasNoOngoingColumn() {
        List<Long> ongoing = ws.ledger().items().stream().filter(r -> r.status() == RectificationStatus.ONGOING)
                .map(Rectification::id).toList();
        ws.ledger().remove(ongoing);

        Block.Table figures = tables(render(WEEK, ZH)).get(0);
        assertFalse(figures.columns().stream().anyMatch(c -> c.header().equals("长期坚持")));
        assertEquals(7, figures.columns().size(), "单位 总数 已完成 整改中 未启动 逾期 本周完成");
    }

    @Test
    void anItemFinishedTodayIsListedThisWeekAndWasStillOverdueLastWeek() {
        LedgerSection.Item late = content(WEEK).overdue().stream()
                .filter(i -> i.unit().name().equals("国家水利发展部")).findFirst().orElseThrow();
        LedgerFigures waterBefore = content(WEEK).units().get(1).figures();

        ws.ledger().setStatus(List.of(late.item().id()), RectificationStatus.COMPLETED, TODAY, "");

        LedgerSection.Content now = content(WEEK);
        assertEquals(List.of(late.item().id()), now.finished().stream().map(i -> i.item().id()).toList());
        assertEquals(3, now.overdue().size());
        LedgerFigures water = now.units().get(1).figures();
        assertEquals(waterBefore.completed() + 1, water.completed());
        assertEquals(1, water.finishedInWeek());
        assertEquals(0, water.overdue());
        List<Block.Table> tables = tables(render(WEEK, ZH));
        assertEquals(List.of("编号", "单位", "问题", "完成时间"), tables.get(1).columns().stream().map(Block.Column::header).toList());
        assertEquals("11月24日", tables.get(1).rows().get(0).get(3));
        assertEquals(List.of(), tables.get(1).emphasised());

        LedgerSection.Content lastWeek = content(WEEK.previous());
        assertTrue(lastWeek.overdue().stream().anyMatch(i -> i.item().id() == late.item().id()),
                "on Sunday 11-22 the item due 11-21 was overdue and not yet done");
        assertEquals(waterBefore.completed(), lastWeek.units().get(1).figures().completed());
        assertEquals(List.of("文件会议仍然偏多，以文件落实文件、以会议落实会议现象未根本扭转"),
                lastWeek.finished().stream().map(i -> i.item().problem()).toList(), "completed on Saturday 11-21");
    }

    @Test
    void anItemFiledAfterTheSheetsDayIsNotCounted() {
        ws.ledger().add(Rectification.builder(Ledger.RECTIFY, unit("南山县").id(), TODAY)
                .problem("群众反映：集市占道经营").node(LedgerNode.IMMEDIATE).due(TODAY.plusDays(5)).build());

        assertEquals(33, content(WEEK).total().total());
        assertEquals(32, content(WEEK.previous()).total().total());
    }

    @Test
    void anEmptyLedgerSaysSoInOneLine() {
        ws.ledger().remove(ws.ledger().items().stream().map(Rectification::id).toList());

        assertTrue(content(WEEK).isEmpty());
        assertEquals(List.of(Block.Paragraph.muted("暂无整改事项。")), render(WEEK, ZH));
    }

    @Test
    void longListsShowTheirFirstRowsAndCountTheRest() {
        List<Unit> units = ws.units().units();
        for (int k = 0; k < 60; k++) {
            ws.ledger().add(Rectification.builder(Ledger.RECTIFY, units.get(k % units.size()).id(), TODAY)
                    .problem("督查发现的问题第" + k + "项：基层减负措施落实不到位，报表仍然偏多，检查考核频次偏高")
                    .node(LedgerNode.DEADLINE).due(TODAY.minusDays(1 + k % 20))
                    .status(RectificationStatus.IN_PROGRESS, TODAY).build());
        }
        for (int k = 0; k < 15; k++) {
            Rectification r = ws.ledger().add(Rectification.builder(Ledger.SPECIAL, units.get(k % units.size()).id(), TODAY)
                    .problem("专项整治第" + k + "项").node(LedgerNode.DEADLINE).due(TODAY.plusDays(30)).build()).item();
            ws.ledger().setStatus(List.of(r.id()), RectificationStatus.COMPLETED, TODAY.minusDays(k % 2), "");
        }

        LedgerSection.Content c = content(WEEK);
        assertEquals(64, c.overdue().size());
        assertEquals(15, c.finished().size());
        List<Block> blocks = render(WEEK, ZH);
        List<Block.Table> tables = tables(blocks);
        assertEquals(LedgerSection.MAX_LISTED, tables.get(1).rows().size());
        assertEquals(LedgerSection.MAX_LISTED, tables.get(2).rows().size());
        String problem = tables.get(2).rows().get(0).get(2);
        assertTrue(problem.startsWith("督查发现的问题第") && problem.endsWith("检查考核频次偏高"), "a long problem is whole: " + problem);
        assertTrue(blocks.contains(Block.Paragraph.of("另有 11 项本周完成，详见整改台账。")), blocks.toString());
        assertTrue(blocks.contains(Block.Paragraph.of("另有 60 项逾期，详见整改台账。")), blocks.toString());
    }

    @Test
    void englishHasItsOwnHeadingsAndCodes() {
        List<Block> blocks = render(WEEK, I18n.forLanguage("en"));
        assertEquals(new Block.Heading(2, "(1) Items per unit"), blocks.get(0));
        Block.Table overdue = tables(blocks).get(1);
        assertTrue(overdue.rows().get(0).get(0).matches("R-\\d{3}|SR-\\d{3}"), overdue.rows().get(0).toString());
    }

    @Test
    void anItemAsItStoodOnAPastDay() {
        Rectification closed = ws.ledger().items().stream().filter(r -> r.status() == RectificationStatus.CLOSED)
                .findFirst().orElseThrow();
        assertNull(AsOf.rectification(closed, closed.createdOn().minusDays(1), List.of()), "not filed yet");
        assertEquals(RectificationStatus.IN_PROGRESS,
                AsOf.rectification(closed, closed.completedOn().minusDays(1), List.of()).status());
        assertEquals(RectificationStatus.COMPLETED, AsOf.rectification(closed, closed.verifiedOn().minusDays(1), List.of()).status());
        assertEquals(closed, AsOf.rectification(closed, closed.verifiedOn(), List.of()));
    }

    @Test
    void cellTextIsFlattenedNeverCut() {
        assertEquals("短的问题 第二行", CharWidths.flat(" 短的问题\n  第二行 "));
        String long300 = "一二三四五六七八九十".repeat(30);
        assertEquals(long300, CharWidths.flat(long300));
        assertEquals(300, CharWidths.widthOf(long300));
        assertEquals(6, CharWidths.widthOf("abcdefghij"), 1e-9);
    }
}
