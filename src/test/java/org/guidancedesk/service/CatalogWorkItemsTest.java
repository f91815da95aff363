package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.CatalogPlan;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.ItemRepeat;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.tabular.RawSheet;
import org.guidancedesk.tabular.TableReader;
import org.guidancedesk.tabular.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 工作事项 tab's 负责人 and 重复: written, read back, matched by a member's name, refused when not a rule. */
class CatalogWorkItemsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final org.guidancedesk.i18n.I18n ZH = org.guidancedesk.i18n.I18n.forLanguage("zh");
    private static final String STUDY = "每周开展学习交流研讨";

    @TempDir
    Path dir;

    private Workspace group2023(String file, String secretary) {
        Workspace ws = Workspace.open(dir.resolve(file), CLOCK);
        ws.groups().create(new NewGroup(new Group("第三巡回督导组", "主题教育", LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 12, 31), null), secretary, CampaignTemplates.load("2023").forBatch(""),
                List.of(new Member(0, "赵伟", MemberRole.MEMBER, Set.of(Duty.LOGISTICS), 0)), List.of()));
        return ws;
    }

    private static RequiredAction item(Workspace ws, String title) {
        return ws.catalog().actions().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theItemsTabCarriesOwnerAndRuleAndAnotherGroupTakesTheRuleAndTheOwnerItHas() throws Exception {
        Path file = dir.resolve("目录.xlsx");
        try (Workspace a = group2023("a.db", "李明")) {
            a.catalog().update(item(a, "审核问题清单").withPlan(
                    a.groups().members().stream().filter(m -> m.name().equals("赵伟")).findFirst().orElseThrow().id(),
                    ItemRepeat.monthly(15)));
            a.catalogFiles().export(file, ZH);
        }
        RawSheet items = TableReader.readSheets(file).stream().filter(s -> s.name().equals("工作事项")).findFirst()
                .orElseThrow();
        List<String> study = items.rows().stream().filter(r -> r.cells().size() > 1 && r.text(1).equals(STUDY))
                .findFirst().orElseThrow().cells().stream().map(c -> c.text()).toList();
        assertEquals(List.of(STUDY, "", "", "李明", "每周五"), study.subList(1, 6));

        // Another group, whose secretary is 王五 and who has a 赵伟 too, and a standard catalogue.
        try (Workspace b = Workspace.open(dir.resolve("b.db"), CLOCK)) {
            b.groups().createGroup(new Group("中央第十指导组", "主题教育", LocalDate.of(2026, 9, 7), LocalDate.of(2027, 1, 29),
                    null), "王五");
            b.groups().addMember(new Member(0, "赵伟", MemberRole.MEMBER, Set.of(), 0));
            b.catalogFiles().commit(b.catalogFiles().read(file));
            RequiredAction s = item(b, STUDY);
            assertEquals(ItemRepeat.weekly(DayOfWeek.FRIDAY), s.repeat());
            assertNull(s.ownerId(), "李明 is no member here");
            RequiredAction checked = item(b, "审核问题清单");
            assertEquals(ItemRepeat.monthly(15), checked.repeat());
            assertEquals(b.groups().members().stream().filter(m -> m.name().equals("赵伟")).findFirst().orElseThrow().id(),
                    checked.ownerId());
            // Imported again with the rule changed: the plan says so, the owner stays the group's.
            CatalogPlan again = b.catalogFiles().plan(b.catalogFiles().read(file));
            assertEquals(0, again.writes());
        }
    }

    @Test
    void aRepeatCellThatIsNoRuleIsNamedByTabRowAndColumn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter x = XlsxWriter.start(bytes, sheet("阶段", "类别", "名称", "代码"))) {
            x.row(List.of("工作事项", "自身建设", ""));
            x.nextSheet(sheet("规定动作", "阶段", "名称", "指导组参加", "起始日期", "截止日期"));
            x.nextSheet(sheet("工作事项", "方面", "名称", "起始日期", "截止日期", "负责人", "重复"));
            x.row(List.of("自身建设", "组内例会", "", "", "", "每两周"));
            x.nextSheet(sheet("台账类别", "台账", "类别"));
            x.nextSheet(sheet("上报材料", "名称", "方式", "日期", "起始日期", "截止日期", "时间", "报送对象", "说明"));
        }
        Path file = dir.resolve("坏的.xlsx");
        Files.write(file, bytes.toByteArray());
        try (Workspace ws = group2023("c.db", "李明")) {
            List<CatalogProblem> problems = ws.catalogFiles().read(file).problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("重复", problems.get(0).header());
            assertEquals("工作事项", problems.get(0).sheet());
        }
    }

    private static XlsxWriter.Sheet sheet(String name, String... headers) {
        return new XlsxWriter.Sheet(name, "目录 · " + name, "", java.util.Arrays.stream(headers)
                .map(h -> new XlsxWriter.Column(h, 12)).toList());
    }
}
