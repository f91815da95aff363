package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ReviewKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The campaign templates shipped in the jar, and the groups made from them. */
class CampaignTemplatesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-10-08T02:00:00Z"), ZONE);
    /** A second batch's dates: started on Monday 9 September 2019, ended in January. */
    private static final LocalDate START = LocalDate.of(2019, 9, 9);
    private static final LocalDate END = LocalDate.of(2020, 1, 17);

    @TempDir
    Path dir;

    /** Every template, one batch at a time (a template without batches once). */
    static Stream<CampaignTemplate> batches() {
        List<CampaignTemplate> all = new ArrayList<>();
        for (CampaignTemplate t : CampaignTemplates.all()) {
            if (t.batches().isEmpty()) {
                all.add(t.forBatch(""));
            } else {
                t.batches().forEach(b -> all.add(t.forBatch(b.code())));
            }
        }
        return all.stream();
    }

    @Test
    void theThreeCampaignsAreShippedAndEveryEntryCitesItsSource() {
        List<CampaignTemplate> all = CampaignTemplates.all();
        assertEquals(List.of("2019", "2021", "2023"), all.stream().map(CampaignTemplate::code).toList());
        assertEquals(List.of("第一批", "第二批"), all.get(0).batches().stream().map(CampaignTemplate.Batch::name).toList());
        for (CampaignTemplate t : all) {
            assertTrue(CampaignTemplate.SOURCES.containsAll(t.sourcesNamed()), t + " names " + t.sourcesNamed());
            assertFalse(t.sourcesNamed().contains(""), t + ": an entry without its source");
        }
        assertEquals(List.of("学党史", "悟思想", "办实事", "开新局"), unitPhases(all.get(1)));
        assertEquals(List.of("理论学习", "调查研究", "推动发展", "检视整改", "建章立制"), unitPhases(all.get(2)));
        assertEquals(8, all.get(0).categories().stream().filter(c -> c.ledger() == Ledger.SPECIAL).count(),
                "the eight 专项整治 of 2019");
        assertTrue(all.get(1).phases().stream().anyMatch(p -> p.name().equals("我为群众办实事")));
    }

    private static List<String> unitPhases(CampaignTemplate t) {
        return t.phases().stream().filter(p -> p.scope() == ActionScope.UNIT).map(CampaignTemplate.PhaseEntry::name).toList();
    }

    @ParameterizedTest
    @MethodSource("batches")
    void eachTemplateCreatesAConsistentGroup(CampaignTemplate t) {
        try (Workspace ws = Workspace.open(dir.resolve(t.code() + "-" + t.batches().size() + ".db"), CLOCK)) {
            ws.groups().createGroup(new Group("中央第十八指导组", t.campaign(), START, END, null), "李明", t);

            List<Phase> phases = ws.catalog().phases();
            for (ActionScope scope : ActionScope.values()) {
                assertEquals(t.phases().stream().filter(p -> p.scope() == scope).map(CampaignTemplate.PhaseEntry::name)
                        .toList(), phases.stream().filter(p -> p.scope() == scope).map(Phase::name).toList(),
                        "the template's phases replace a new file's, in order");
            }
            List<RequiredAction> actions = ws.catalog().actions();
            assertEquals(t.actions().size(), actions.size());
            for (Phase p : phases) {
                assertEquals(t.actionsIn(p.scope(), p.code()).stream().map(CampaignTemplate.ActionEntry::title).toList(),
                        actions.stream().filter(a -> a.phase().id() == p.id()).map(RequiredAction::title).toList(),
                        "the actions under " + p.name());
            }
            assertEquals(t.actions().stream().filter(CampaignTemplate.ActionEntry::mustAttend).count(),
                    actions.stream().filter(RequiredAction::mustAttend).count());
            for (CampaignTemplate.ActionEntry e : t.actions()) {
                RequiredAction a = actions.stream().filter(x -> x.scope() == e.scope() && x.title().equals(e.title()))
                        .findFirst().orElseThrow();
                assertEquals(e.to() == null ? null : e.to().on(START, END), a.dueTo(), e.title());
            }
            for (Ledger l : Ledger.values()) {
                List<String> listed = t.categories().stream().filter(c -> c.ledger() == l)
                        .map(CampaignTemplate.CategoryEntry::name).toList();
                assertFalse(listed.isEmpty(), t + " lists categories of " + l);
                assertEquals(listed, ws.ledger().categories(l));
            }
            assertEquals(t.nodes().stream().map(n -> n.day().on(START, END)).toList(), ws.ledger().milestones());
            List<Deadline> deadlines = ws.deadlines().deadlines();
            assertEquals(t.deadlines().size(), deadlines.size());
            Deadline weekly = deadlines.stream().filter(d -> d.recurrence() instanceof Recurrence.Weekly).findFirst()
                    .orElseThrow();
            assertEquals("报送工作动态", weekly.title());
            assertTrue(weekly.dueDates(ws.groups().group().orElseThrow()).stream()
                    .allMatch(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY));
            assertTrue(deadlines.stream().allMatch(d -> d.responsibleId() != null), "the secretary sends them");
            assertEquals(t.reviews().stream().map(CampaignTemplate.ReviewEntry::name).toList(),
                    ws.reviews().kinds().stream().map(ReviewKind::name).toList(), "the template's review kinds only");
        }
    }

    @Test
    void theSecondBatchOf2019FixesItsDatesFromTheStart() {
        CampaignTemplate second = CampaignTemplates.load("2019").forBatch("2");
        try (Workspace ws = Workspace.open(dir.resolve("2019-2.db"), CLOCK)) {
            ws.groups().createGroup(new Group("中央第十八指导组", second.campaign(), START, END, null), "李明", second);
            RequiredAction training = ws.catalog().actions().stream().filter(a -> a.title().equals("开展支部书记轮训"))
                    .findFirst().orElseThrow();
            assertEquals(LocalDate.of(2019, 10, 17), training.dueTo(), "38 days after the start (10月20日前 in 2019)");
            assertEquals(List.of(LocalDate.of(2019, 11, 30), LocalDate.of(2020, 6, 30), LocalDate.of(2020, 12, 31)),
                    ws.ledger().milestones(), "11月底前、明年6月前、明年年底前");
            assertEquals(10, ws.deadlines().deadlines().size(), "nine dated submissions and the weekly 工作动态");
        }
        CampaignTemplate first = CampaignTemplates.load("2019").forBatch("1");
        assertEquals("m0", first.actions().stream().filter(a -> a.title().equals("形成问题清单")).findFirst()
                .orElseThrow().to().text(), "第一批: 6月底前");
        assertThrows(IllegalArgumentException.class, () -> CampaignTemplates.load("2019").forBatch("3"));
    }

    /** The catalogue a group starts with when no template is chosen is exactly the one before templates. */
    @Test
    void theStandardCatalogueIsTheOneEveryGroupHadBefore() {
        List<String> expected = List.of(
                "U 学习教育 ★ 召开动员部署会", "U 学习教育 制定实施方案并报指导组审阅", "U 学习教育 ★ 举办读书班（集中学习研讨不少于7天）",
                "U 学习教育 ★ 一把手主持第一次集中学习并带头发言", "U 学习教育 ★ 讲专题党课", "U 学习教育 开展支部书记轮训",
                "U 调查研究 领导班子成员开展专题调研", "U 调查研究 ★ 召开调研成果交流会", "U 检视问题 形成问题清单",
                "U 检视问题 撰写对照检查材料", "U 检视问题 ★ 召开专题民主生活会", "U 整改落实 制定专项整治方案",
                "U 整改落实 通报整改落实情况", "U 总结 ★ 开展总结评估",
                "G 学习教育 召开指导组内部学习会", "G 学习教育 与联系单位召开见面沟通会", "G 学习教育 审阅各单位实施方案并反馈意见",
                "G 调查研究 开展个别谈话", "G 调查研究 采取“四不两直”方式实地调研", "G 调查研究 召开座谈会听取意见建议",
                "G 检视问题 审阅对照检查材料", "G 整改落实 督促建立整改台账（两本账）", "G 整改落实 跟踪专项整治进展",
                "G 总结 撰写指导工作总结报告");
        try (Workspace ws = Workspace.open(dir.resolve("standard.db"), CLOCK)) {
            ws.groups().createGroup(new Group("中央第十八指导组", "主题教育", START, END, null), "李明");
            List<String> made = new ArrayList<>();
            for (ActionScope scope : ActionScope.values()) {
                ws.catalog().actions().stream().filter(a -> a.scope() == scope).forEach(a -> made.add(
                        (scope == ActionScope.UNIT ? "U " : "G ") + a.phase().name() + (a.mustAttend() ? " ★ " : " ")
                                + a.title()));
            }
            assertEquals(expected, made);
            assertTrue(ws.catalog().actions().stream().allMatch(a -> a.dueFrom() == null && a.dueTo() == null));
            assertEquals(List.of(), ws.deadlines().deadlines(), "no dates before the group chose its template");
            assertEquals(Ledger.SPECIAL.defaultCategories(), ws.ledger().categories(Ledger.SPECIAL));
            assertEquals(10, ws.reviews().kinds().size());
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ws.catalog().phases().stream()
                    .filter(p -> p.scope() == ActionScope.UNIT).map(Phase::id).toList(), "a new file's own phases kept");
        }
    }

    @Test
    void aBrokenTemplateNamesTheLineOrTheEntry() {
        IllegalStateException scope = assertThrows(IllegalStateException.class, () -> CampaignTemplates.parse(
                SectionedText.read(CampaignTemplates.class, "templates/broken-scope.txt")));
        assertTrue(scope.getMessage().startsWith("templates/broken-scope.txt:13: "), scope.getMessage());
        IllegalStateException phase = assertThrows(IllegalStateException.class, () -> CampaignTemplates.parse(
                SectionedText.read(CampaignTemplates.class, "templates/broken-phase.txt")));
        assertTrue(phase.getMessage().contains("召开调研成果交流会 is under no phase RESEARCH"), phase.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> CampaignTemplates.parse(
                SectionedText.read(CampaignTemplates.class, "templates/broken-duplicate.txt")));
        assertTrue(twice.getMessage().contains("title twice"), twice.getMessage());
    }
}
