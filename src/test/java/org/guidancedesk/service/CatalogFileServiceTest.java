package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CatalogPlan;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.tabular.XlsxWriter;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export catalog → import catalog: the round trip, an import into a group with records, and a broken file. */
class CatalogFileServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZONE);
    private static final I18n ZH = I18n.forLanguage("zh");

    @TempDir
    Path dir;

    /** A group made from the 2023 template, dates and all. */
    private Workspace group2023(String name) {
        Workspace ws = Workspace.open(dir.resolve(name), CLOCK);
        ws.groups().createGroup(new Group("中央第九指导组", "主题教育", LocalDate.of(2026, 9, 7), LocalDate.of(2027, 1, 29), null),
                "李明", CampaignTemplates.load("2023").forBatch(""));
        return ws;
    }

    @Test
    void aCatalogueImportedBackIntoItsOwnGroupChangesNothing() {
        Path file = dir.resolve("目录.xlsx");
        try (Workspace ws = group2023("a.db")) {
            CatalogFileService.Written w = ws.catalogFiles().export(file, ZH);
            assertEquals(10, w.phases());
            assertEquals(13, w.actions());
            assertEquals(11, w.items());
            assertEquals(8, w.categories());
            assertEquals(1, w.deadlines());
            assertEquals(0, w.nodes(), "2023 sets no 三个节点");
            assertEquals(4, w.reviewKinds());
            assertEquals(2, w.kindRules(), "接诉即办 不适用 to 企业 and 高校");
            CatalogRead read = ws.catalogFiles().read(file);
            assertEquals(List.of(), read.problems());
            CatalogPlan plan = ws.catalogFiles().plan(read);
            assertEquals(0, plan.writes());
            assertEquals(List.of(), plan.leaves());
            assertEquals(w.phases() + w.actions() + w.items() + w.categories() + w.deadlines() + w.reviewKinds()
                    + w.kindRules(), plan.unchanged());
        }
    }

    @Test
    void exportedFromOneFileAndImportedIntoAnotherTheCatalogueComesOutEqual() {
        Path file = dir.resolve("2023.xlsx");
        try (Workspace a = group2023("a.db")) {
            a.catalogFiles().export(file, ZH);
        }
        Path again = dir.resolve("again.xlsx");
        try (Workspace b = Workspace.open(dir.resolve("b.db"), CLOCK)) {
            b.groups().createGroup(new Group("中央第十指导组", "主题教育", LocalDate.of(2026, 9, 7), LocalDate.of(2027, 1, 29),
                    null), "王五");
            CatalogRead read = b.catalogFiles().read(file);
            CatalogPlan plan = b.catalogFiles().commit(read);
            // Shared by name with the standard catalogue: the phase 调查研究, the 专项整治 of 形式主义、官僚主义,
            // and two actions, which the file moves to its own phases (and takes their ★ away).
            // Its two rules by kind of unit are added with the action they are about; the four review kinds
            // the standard group has too take the file's criteria.
            assertEquals(10 + 13 + 11 + 8 + 1 - 4 + 2, plan.adds().size());
            assertEquals(List.of("召开专题民主生活会", "开展总结评估", "实施方案", "问题清单", "专项整治方案", "对照检查材料"),
                    plan.changes().stream().map(CatalogPlan.Line::name).toList());
            assertEquals(22 + 9 + 12 + 6, plan.leaves().size(),
                    "the group's own actions, phases, categories and review kinds the file lacks stay");
            b.catalogFiles().export(again, ZH);
            CatalogRead back = b.catalogFiles().read(again);
            CatalogPlan same = CatalogPlan.of(read.entries(), back.entries());
            assertEquals(0, same.adds().size(), "every entry of the file is in the other group's export");
            assertEquals(List.of(), same.changes(), "and equal, field by field");
            RequiredAction checked = b.catalog().actions().stream().filter(x -> x.title().equals("审核问题清单")).findFirst()
                    .orElseThrow();
            assertEquals("从严把关", checked.phase().name());
            assertEquals(ActionScope.GROUP, checked.scope());
        }
    }

    @Test
    void anImportIntoAGroupWithRecordsAddsAndChangesWithoutDeleting() throws Exception {
        Path demo = DemoCopies.asDemoCommand(dir.resolve("demo.db"), TODAY);
        Path file = dir.resolve("目录.xlsx");
        try (Workspace ws = Workspace.open(demo, CLOCK)) {
            ws.catalogFiles().export(file, ZH);
        }
        // The office's copy: a new action, a due date moved, an action the file no longer lists.
        Path edited = dir.resolve("改过的目录.xlsx");
        try (Workspace ws = Workspace.open(demo, CLOCK)) {
            RequiredAction lecture = ws.catalog().actions().stream().filter(a -> a.title().equals("讲专题党课")).findFirst()
                    .orElseThrow();
            int records = ws.checklist().load().records().size();
            CatalogRead read = ws.catalogFiles().read(file);
            var entries = read.entries();
            List<RequiredAction> actions = new java.util.ArrayList<>(entries.actions().stream()
                    .filter(a -> !a.title().equals("开展总结评估"))
                    .map(a -> a.title().equals("讲专题党课") ? a.withDue(a.dueFrom(), lecture.dueTo().plusDays(7)) : a).toList());
            actions.add(new RequiredAction(0, "召开主题教育总结会议", entries.actions().get(0).phase(), true, null, null,
                    ActionScope.UNIT, 0));
            CatalogRead changed = new CatalogRead(edited.getFileName().toString(),
                    new org.guidancedesk.domain.CatalogEntries(entries.phases(), actions, entries.categories(), entries.deadlines(),
                            entries.nodes(), entries.reviewKinds(), entries.kindRules()),
                    List.of());

            CatalogPlan plan = ws.catalogFiles().plan(changed);
            List<String> lines = new CatalogPlanText(ZH).lines(plan);
            assertEquals("新增 1 项，修改 1 项，未变 " + plan.unchanged() + " 项；目录文件中未列出的已有条目 1 项（保持原样）", lines.get(0));
            assertTrue(lines.contains("新增 · 规定动作：召开主题教育总结会议"), lines.toString());
            assertTrue(lines.contains("修改 · 规定动作：讲专题党课：截止日期：" + ZH.longDate(lecture.dueTo()) + " → "
                    + ZH.longDate(lecture.dueTo().plusDays(7))), lines.toString());
            assertTrue(lines.contains("保持原样 · 规定动作：开展总结评估"), lines.toString());

            ws.catalogFiles().commit(changed);
            assertEquals(records, ws.checklist().load().records().size(), "every record stays");
            assertTrue(ws.catalog().actions().stream().anyMatch(a -> a.title().equals("开展总结评估")), "nothing deleted");
            RequiredAction moved = ws.catalog().actions().stream().filter(a -> a.id() == lecture.id()).findFirst().orElseThrow();
            assertEquals(lecture.dueTo().plusDays(7), moved.dueTo());
            assertTrue(ws.catalog().actions().stream().anyMatch(a -> a.title().equals("召开主题教育总结会议") && a.mustAttend()));
            ws.history().undo();
            assertEquals(lecture.dueTo(), ws.catalog().actions().stream().filter(a -> a.id() == lecture.id()).findFirst()
                    .orElseThrow().dueTo(), "one undo takes the import back");
        }
    }

    @Test
    void everyProblemIsNamedBySheetRowAndColumnAndNothingIsRead() throws Exception {
        Path file = dir.resolve("坏目录.xlsx");
        Files.write(file, brokenWorkbook(false));
        try (Workspace ws = group2023("a.db")) {
            CatalogRead read = ws.catalogFiles().read(file);
            assertNull(read.entries());
            List<String> said = read.problems().stream().map(p -> p.describe(ZH)).toList();
            assertEquals(List.of(
                    "工作表“工作事项”：缺少“截止日期”列",
                    "工作表“上报材料”：缺少工作表“上报材料”：目录文件应有“阶段”“规定动作”“工作事项”“台账类别”“上报材料”五个工作表（“三个节点”“审阅材料”“单位类型”可有可无）"), said, "the file's shape first; then nothing else is read");
        }
        Files.write(file, brokenWorkbook(true));
        try (Workspace ws = group2023("b.db")) {
            List<String> said = ws.catalogFiles().read(file).problems().stream().map(p -> p.describe(ZH)).toList();
            assertEquals(List.of(
                    "工作表“阶段” 第 4 行 · 类别（A 列）：“部门”不是“规定动作”或“工作事项”",
                    "工作表“规定动作” 第 4 行 · 名称（B 列）：“讲专题党课”出现了两次",
                    "工作表“规定动作” 第 5 行 · 阶段（A 列）：须参加（★）的规定动作没有写所属的阶段",
                    "工作表“规定动作” 第 6 行 · 阶段（A 列）：“推动发展”不在“阶段”工作表中：请先在那里列出，或改成已列出的名称",
                    "工作表“规定动作” 第 6 行 · 截止日期（E 列）：" + ZH.tr("ledgerio.problem.date", "明年"),
                    "工作表“上报材料” 第 3 行 · 日期（C 列）：“星期八”不是星期几（如 星期五）"), said);
            assertEquals(Ledger.values().length, 2);
        }
    }

    /**
     * A workbook with wrong rows (a phase of no kind, a title twice, ★ without a phase, an unknown
     * phase, a date that is not one); {@code whole}: with its fifth sheet and every column, else
     * without the 上报材料 sheet and the 工作事项 sheet's 截止日期.
     */
    private static byte[] brokenWorkbook(boolean whole) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter x = XlsxWriter.start(bytes, sheet("阶段", "类别", "名称", "代码"))) {
            x.row(List.of("规定动作", "学习教育", ""));
            x.row(List.of("部门", "调查研究", ""));
            x.nextSheet(sheet("规定动作", "阶段", "名称", "指导组参加", "起始日期", "截止日期"));
            x.row(List.of("学习教育", "讲专题党课", "★", "", ""));
            x.row(List.of("学习教育", "讲专题党课", "", "", ""));
            x.row(List.of("", "召开专题民主生活会", "★", "", ""));
            x.row(List.of("推动发展", "开展总结评估", "", "", "明年"));
            x.nextSheet(whole ? sheet("工作事项", "方面", "名称", "起始日期", "截止日期") : sheet("工作事项", "方面", "名称", "起始日期"));
            x.nextSheet(sheet("台账类别", "台账", "类别"));
            x.row(List.of("整改台账", "群众反映"));
            if (whole) {
                x.nextSheet(sheet("上报材料", "名称", "方式", "日期", "起始日期", "截止日期", "时间", "报送对象", "说明"));
                x.row(List.of("报送工作动态", "每周", "星期八", "", "", "12:00", "", ""));
            }
        }
        return bytes.toByteArray();
    }

    private static XlsxWriter.Sheet sheet(String name, String... headers) {
        return new XlsxWriter.Sheet(name, "目录 · " + name, "", java.util.Arrays.stream(headers)
                .map(h -> new XlsxWriter.Column(h, 12)).toList());
    }
}
