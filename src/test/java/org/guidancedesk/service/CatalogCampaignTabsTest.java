package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.CatalogEntries;
import org.guidancedesk.domain.CatalogPlan;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.UnitKindRule;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.tabular.XlsxWriter;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue workbook's campaign tabs (三个节点, 审阅材料, 单位类型): the round trip, an import into
 * a group with records, a workbook of the first five tabs only, and bad cells named by tab, row and
 * column.
 */
class CatalogCampaignTabsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZONE);
    private static final I18n ZH = I18n.forLanguage("zh");

    @TempDir
    Path dir;

    @Test
    void theCampaignTabsComeOutOfAFreshGroupAsTheyWentIn() {
        Path file = dir.resolve("2019.xlsx");
        CatalogRead first;
        try (Workspace a = Workspace.open(dir.resolve("a.db"), CLOCK)) {
            a.groups().createGroup(new Group("中央第十八指导组", "主题教育", LocalDate.of(2026, 9, 7), LocalDate.of(2027, 1, 29),
                    null), "李明", CampaignTemplates.load("2019").forBatch("2"));
            CatalogFileService.Written w = a.catalogFiles().export(file, ZH);
            assertEquals(List.of(3, 10, 3), List.of(w.nodes(), w.reviewKinds(), w.kindRules()));
            first = a.catalogFiles().read(file);
        }
        assertEquals(List.of(), first.problems());
        Path again = dir.resolve("again.xlsx");
        try (Workspace b = Workspace.open(dir.resolve("b.db"), CLOCK)) {
            b.groups().createGroup(new Group("中央第十九指导组", "主题教育", LocalDate.of(2026, 9, 7), LocalDate.of(2027, 1, 29),
                    null), "王五");
            b.catalogFiles().commit(b.catalogFiles().read(file));
            b.catalogFiles().export(again, ZH);
            CatalogEntries back = b.catalogFiles().read(again).entries();
            CatalogEntries went = first.entries();
            CatalogPlan same = CatalogPlan.of(went, back);
            assertEquals(List.of(), same.adds(), "every entry of the file is in the other group's export");
            assertEquals(List.of(), same.changes(), "and equal, field by field");
            assertEquals(went.nodes(), back.nodes());
            assertEquals(new HashSet<>(went.kindRules()), new HashSet<>(back.kindRules()));
            assertEquals(went.reviewKinds().stream().map(k -> k.name() + k.criteria()).toList(),
                    back.reviewKinds().stream().map(k -> k.name() + k.criteria()).toList(),
                    "the standard group's ten kinds take the 2019 names' criteria, in the file's order where they are the same");
        }
    }

    @Test
    void anImportIntoAGroupWithRecordsMovesANodeAddsKindsAndRulesAndKeepsEveryRecord() {
        Path demo = DemoCopies.asDemoCommand(dir.resolve("demo.db"), TODAY);
        Path file = dir.resolve("目录.xlsx");
        try (Workspace ws = Workspace.open(demo, CLOCK)) {
            ws.catalogFiles().export(file, ZH);
            CatalogEntries e = ws.catalogFiles().read(file).entries();
            Checklist before = ws.checklist().load();
            List<RequiredAction> unitActions = before.unitActions();
            RequiredAction exempted = unitActions.get(unitActions.size() - 1);
            RequiredAction schoolsOnly = unitActions.get(unitActions.size() - 2);
            List<LocalDate> nodes = new ArrayList<>(e.nodes());
            nodes.set(1, nodes.get(1).plusDays(1));
            List<ReviewKind> kinds = new ArrayList<>(e.reviewKinds());
            kinds.set(0, new ReviewKind(0, kinds.get(0).name(), List.of("规定动作一个不能少", "防止层层加码"), 0));
            kinds.add(new ReviewKind(0, "调研报告", List.of("问题见人见事"), 0));
            List<CatalogEntries.KindRule> rules = List.of(
                    new CatalogEntries.KindRule(exempted.title(), UnitKind.ENTERPRISE, UnitKindRule.Rule.NOT_APPLICABLE),
                    new CatalogEntries.KindRule(schoolsOnly.title(), UnitKind.UNIVERSITY, UnitKindRule.Rule.ADD));
            CatalogRead edited = new CatalogRead("改过的目录.xlsx", new CatalogEntries(e.phases(), e.actions(), e.categories(),
                    e.deadlines(), nodes, kinds, rules), List.of());

            List<String> lines = new CatalogPlanText(ZH).lines(ws.catalogFiles().plan(edited));
            assertTrue(lines.get(0).startsWith("新增 3 项，修改 2 项，"), lines.get(0));
            assertTrue(lines.contains("新增 · 审阅材料：调研报告"), lines.toString());
            assertTrue(lines.contains("新增 · 单位类型规则：企业 · " + exempted.title() + "（此类单位不适用）"), lines.toString());
            assertTrue(lines.contains("新增 · 单位类型规则：高校 · " + schoolsOnly.title() + "（仅此类单位（增加））"), lines.toString());
            assertTrue(lines.contains("修改 · 节点：第二个节点：日期：" + ZH.longDate(e.nodes().get(1)) + " → "
                    + ZH.longDate(nodes.get(1))), lines.toString());
            assertTrue(lines.contains("修改 · 审阅材料：" + kinds.get(0).name() + "：审阅标准："
                    + String.join("；", e.reviewKinds().get(0).criteria()) + " → 规定动作一个不能少；防止层层加码"), lines.toString());

            ws.catalogFiles().commit(edited);
            Checklist after = ws.checklist().load();
            for (Map.Entry<RecordKey, ActionRecord> r : before.records().entrySet()) {
                assertEquals(r.getValue(), after.records().get(r.getKey()), "every record stays as it was");
            }
            for (Unit u : after.units()) {
                checkCell(before, after, exempted, u, u.kind() != UnitKind.ENTERPRISE, "模板规定：企业不适用");
                checkCell(before, after, schoolsOnly, u, u.kind() == UnitKind.UNIVERSITY, "仅适用于高校");
            }
            assertTrue(after.records().size() > before.records().size(), "the rules wrote 不适用 in empty cells");
            assertEquals(nodes, ws.ledger().milestones());
            assertEquals(List.of("规定动作一个不能少", "防止层层加码"), ws.reviews().kinds().get(0).criteria());
            assertEquals("调研报告", ws.reviews().kinds().get(kinds.size() - 1).name(), "added after the others");

            ws.history().undo();
            assertEquals(e.nodes(), ws.ledger().milestones(), "one undo takes the whole import back");
            assertEquals(e.reviewKinds().size(), ws.reviews().kinds().size());
            assertEquals(before.records(), ws.checklist().load().records());
        }
    }

    /** A cell the rule does not fit is 不适用 with the rule's note when it was empty, else as it was; one it fits is as it was. */
    private static void checkCell(Checklist before, Checklist after, RequiredAction a, Unit u, boolean fits, String note) {
        RecordKey key = new RecordKey(a.id(), u.id());
        ActionRecord was = before.record(key);
        ActionRecord now = after.record(key);
        if (!fits && was.isEmpty()) {
            assertEquals(ActionStatus.NOT_APPLICABLE, now.status(), u.name() + " · " + a.title());
            assertEquals(note, now.note(), u.name() + " · " + a.title());
        } else {
            assertEquals(was, now, u.name() + " · " + a.title());
        }
    }

    @Test
    void aWorkbookOfTheFirstFiveTabsStillImportsAndLeavesTheCampaignAsItIs() throws Exception {
        Path demo = DemoCopies.asDemoCommand(dir.resolve("demo.db"), TODAY);
        Path file = dir.resolve("五个工作表.xlsx");
        Files.write(file, workbook(false, List.of()));
        try (Workspace ws = Workspace.open(demo, CLOCK)) {
            List<LocalDate> nodes = ws.ledger().milestones();
            List<ReviewKind> kinds = ws.reviews().kinds();
            CatalogRead read = ws.catalogFiles().read(file);
            assertEquals(List.of(), read.problems());
            CatalogPlan plan = ws.catalogFiles().commit(read);
            List<CatalogPlan.Part> campaign = List.of(CatalogPlan.Part.NODE, CatalogPlan.Part.REVIEW_KIND,
                    CatalogPlan.Part.KIND_RULE);
            assertEquals(List.of("学习贯彻"), plan.adds().stream().map(CatalogPlan.Line::name).toList());
            assertTrue(plan.changes().stream().noneMatch(l -> campaign.contains(l.part())), plan.changes().toString());
            assertTrue(plan.leaves().stream().anyMatch(l -> l.part() == CatalogPlan.Part.NODE));
            assertTrue(plan.leaves().stream().anyMatch(l -> l.part() == CatalogPlan.Part.REVIEW_KIND));
            assertEquals(nodes, ws.ledger().milestones());
            assertEquals(kinds, ws.reviews().kinds());
        }
    }

    @Test
    void badCellsOfTheCampaignTabsAreNamedByTabRowAndColumnAndNothingIsImported() throws Exception {
        Path demo = DemoCopies.asDemoCommand(dir.resolve("demo.db"), TODAY);
        Path file = dir.resolve("坏目录.xlsx");
        Files.write(file, workbook(true, List.of(
                List.of("第一个节点", "2026-11-30"), List.of("第四个节点", "2026-12-31"), List.of("第二个节点", "下月底"),
                List.of("第一节点", "2027-01-15"))));
        byte[] before = Files.readAllBytes(demo);
        try (Workspace ws = Workspace.open(demo, CLOCK)) {
            CatalogRead read = ws.catalogFiles().read(file);
            assertNull(read.entries());
            assertEquals(List.of(
                    "工作表“三个节点” 第 4 行 · 节点（A 列）：“第四个节点”不是第一个、第二个或第三个节点",
                    "工作表“三个节点” 第 5 行 · 日期（B 列）：" + ZH.tr("ledgerio.problem.date", "下月底"),
                    "工作表“三个节点” 第 6 行 · 节点（A 列）：“第一节点”出现了两次",
                    "工作表“审阅材料” 第 4 行 · 名称（A 列）：“实施方案”出现了两次",
                    "工作表“单位类型” 第 3 行 · 单位类型（A 列）：“乡镇”不是单位类型（省区市、部委、企业、高校、市、县、市直部门、其他）",
                    "工作表“单位类型” 第 4 行 · 规则（B 列）：“删除”不是“增加”或“不适用”",
                    "工作表“单位类型” 第 5 行 · 规定动作名称（C 列）：“开展集中学习研讨”不在“规定动作”工作表中：规则只能针对该表列出的规定动作",
                    "工作表“单位类型” 第 7 行 · 规定动作名称（C 列）：“讲专题党课”对“企业”有两条规则"),
                    read.problems().stream().map(p -> p.describe(ZH)).toList());
            assertThrows(IllegalArgumentException.class, () -> ws.catalogFiles().commit(read));
        }
        assertArrayEquals(before, Files.readAllBytes(demo), "nothing imported");
    }

    /**
     * A small workbook: one phase, one action (讲专题党课), no items, categories or deadlines; with
     * {@code campaign}, the three campaign tabs after them (these node rows, two review kinds of one
     * name, rules of an unknown kind, an unknown rule, an unknown action, one good and its twin).
     */
    private static byte[] workbook(boolean campaign, List<List<Object>> nodeRows) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter x = XlsxWriter.start(bytes, sheet("阶段", "类别", "名称", "代码"))) {
            x.row(List.of("规定动作", "学习贯彻", ""));
            x.nextSheet(sheet("规定动作", "阶段", "名称", "指导组参加", "起始日期", "截止日期"));
            x.row(List.of("学习贯彻", "讲专题党课", "★", "", ""));
            x.nextSheet(sheet("工作事项", "方面", "名称", "起始日期", "截止日期"));
            x.nextSheet(sheet("台账类别", "台账", "类别"));
            x.nextSheet(sheet("上报材料", "名称", "方式", "日期", "起始日期", "截止日期", "时间", "报送对象", "说明"));
            if (campaign) {
                x.nextSheet(sheet("三个节点", "节点", "日期"));
                for (List<Object> row : nodeRows) {
                    x.row(row);
                }
                x.nextSheet(sheet("审阅材料", "名称", "审阅标准"));
                x.row(List.of("实施方案", "规定动作一个不能少"));
                x.row(List.of("实施方案", "学习时长"));
                x.nextSheet(sheet("单位类型", "单位类型", "规则", "规定动作名称"));
                x.row(List.of("乡镇", "不适用", "讲专题党课"));
                x.row(List.of("企业", "删除", "讲专题党课"));
                x.row(List.of("高校", "增加", "开展集中学习研讨"));
                x.row(List.of("企业", "不适用", "讲专题党课"));
                x.row(List.of("企业", "增加", "讲专题党课"));
            }
        }
        return bytes.toByteArray();
    }

    private static XlsxWriter.Sheet sheet(String name, String... headers) {
        return new XlsxWriter.Sheet(name, "目录 · " + name, "", java.util.Arrays.stream(headers)
                .map(h -> new XlsxWriter.Column(h, 12)).toList());
    }
}
