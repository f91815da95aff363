package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.UnitKindRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates' additions by kind of unit, applied as 不适用 cells when a unit is added or its kind changed; the recipient line. */
class UnitKindRulesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-09-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    /** 2019's addition for 企业 and 高校 (seed 003) and for 企业 alone (seed 000). */
    private static final String FIELD = "针对性学习总书记对本行业本领域的重要讲话和重要指示精神";
    private static final String CORE = "找准制约企业生存发展的关键核心问题及解决路径";
    /** 2023's action that 企业 and 高校 do not carry out. */
    private static final String HOTLINE = "落实“民呼我为”“接诉即办”机制";

    @TempDir
    Path dir;

    private Workspace group(String template, String batch, List<Unit> units) {
        Workspace ws = Workspace.open(dir.resolve(template + ".db"), CLOCK);
        ws.groups().create(new NewGroup(new Group("中央第十八指导组", "主题教育", LocalDate.of(2019, 9, 9),
                LocalDate.of(2020, 1, 31), null), "李明", CampaignTemplates.load(template).forBatch(batch), List.of(),
                units));
        return ws;
    }

    private static Unit unit(String name, UnitKind kind) {
        return new Unit(0, name, kind, "", "", 0);
    }

    /** Each unit's 不适用 cells, by action title. */
    private static Map<String, Set<String>> exempt(Workspace ws) {
        Checklist list = ws.checklist().load();
        Map<Long, String> titles = list.unitActions().stream().collect(Collectors.toMap(RequiredAction::id,
                RequiredAction::title));
        return list.units().stream().collect(Collectors.toMap(Unit::name, u -> list.unitActions().stream()
                .filter(a -> list.record(new RecordKey(a.id(), u.id())).status() == ActionStatus.NOT_APPLICABLE)
                .map(a -> titles.get(a.id())).collect(Collectors.toSet())));
    }

    @Test
    void theWizardsUnitsGetTheirKindsAdditionsAndEveryOtherUnitTheirCellsNotApplicable() {
        try (Workspace ws = group("2019", "2", List.of(unit("江城大学", UnitKind.UNIVERSITY),
                unit("北方能源集团有限公司", UnitKind.ENTERPRISE), unit("东江省", UnitKind.PROVINCE)))) {
            assertTrue(ws.catalog().actions().stream().anyMatch(a -> a.title().equals(FIELD)), "listed once for all");
            assertEquals(1, ws.catalog().actions().stream().filter(a -> a.title().equals(FIELD)).count());
            assertEquals(Map.of("江城大学", Set.of(CORE), "北方能源集团有限公司", Set.of(), "东江省", Set.of(FIELD, CORE)),
                    exempt(ws));
        }
    }

    @Test
    void aUnitAddedLaterInTheSettingsGetsItsKindsRulesAndNoOtherUnitChanges() {
        try (Workspace ws = group("2023", "", List.of(unit("东江省", UnitKind.PROVINCE)))) {
            Map<RecordKey, ActionRecord> before = ws.checklist().load().records();
            Unit school = ws.units().add(unit("江城大学", UnitKind.UNIVERSITY));
            Unit city = ws.units().add(unit("西岭市", UnitKind.CITY));
            assertEquals(Map.of("东江省", Set.of(), "江城大学", Set.of(HOTLINE), "西岭市", Set.of()), exempt(ws));
            Map<RecordKey, ActionRecord> after = ws.checklist().load().records();
            assertEquals(1, after.size() - before.size(), "one 不适用 record, the university's");
            assertTrue(after.keySet().stream().allMatch(k -> before.containsKey(k) || k.unitId() == school.id()));
            assertTrue(after.keySet().stream().noneMatch(k -> k.unitId() == city.id()));
        }
    }

    @Test
    void editingAUnitTwiceAddsNothingAndARecordedCellIsNeverOverwritten() {
        try (Workspace ws = group("2019", "2", List.of(unit("东江省", UnitKind.PROVINCE)))) {
            Unit province = ws.units().units().get(0);
            RequiredAction field = ws.catalog().actions().stream().filter(a -> a.title().equals(FIELD)).findFirst()
                    .orElseThrow();
            RequiredAction core = ws.catalog().actions().stream().filter(a -> a.title().equals(CORE)).findFirst()
                    .orElseThrow();
            ws.units().update(province);
            ws.units().update(province);
            assertEquals(2, ws.checklist().load().records().size(), "the same two 不适用 cells, no more");

            // The user planned the exempt 本行业 study anyway: a new kind keeps what they wrote.
            RecordKey fieldKey = new RecordKey(field.id(), province.id());
            ActionRecord planned = new ActionRecord(fieldKey, ActionStatus.SCHEDULED, LocalDate.of(2019, 9, 20), null,
                    Set.of(), "省委安排");
            ws.checklist().save(planned);
            Unit asEnterprise = new Unit(province.id(), province.name(), UnitKind.ENTERPRISE, "", "", 0);
            ws.units().update(asEnterprise);
            assertEquals(planned, ws.checklist().load().record(fieldKey));
            RecordKey coreKey = new RecordKey(core.id(), province.id());
            assertEquals(ActionStatus.NOT_SCHEDULED, ws.checklist().load().record(coreKey).status(),
                    "the 不适用 the rules wrote is gone once the action fits");
            assertEquals(Set.of("INSERT", "DELETE"), ws.history().ofCell(coreKey).stream().map(c -> c.op().name())
                    .collect(Collectors.toSet()), "both steps kept in the cell's history");
            ws.units().update(new Unit(province.id(), province.name(), UnitKind.PROVINCE, "", "", 0));
            assertEquals(ActionStatus.NOT_APPLICABLE, ws.checklist().load().record(coreKey).status());
        }
    }

    /** The note of a unit's cell of an action, by title. */
    private static String note(Workspace ws, String unitName, String title) {
        Checklist list = ws.checklist().load();
        long unitId = list.units().stream().filter(u -> u.name().equals(unitName)).findFirst().orElseThrow().id();
        long actionId = list.unitActions().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow().id();
        ActionRecord r = list.record(new RecordKey(actionId, unitId));
        assertEquals(ActionStatus.NOT_APPLICABLE, r.status(), unitName + " · " + title);
        return r.note();
    }

    @Test
    void aCellTheRulesMarkNotApplicableSaysWhyInTheLanguageOfTheMomentItIsWritten() {
        try (Workspace ws = group("2019", "2", List.of(unit("东江省", UnitKind.PROVINCE),
                unit("江城大学", UnitKind.UNIVERSITY)))) {
            assertEquals("仅适用于企业、高校", note(ws, "东江省", FIELD));
            assertEquals("仅适用于企业", note(ws, "东江省", CORE));
            assertEquals("仅适用于企业", note(ws, "江城大学", CORE));
            ws.writeIn(org.guidancedesk.i18n.I18n.forLanguage("en"));
            ws.units().add(unit("西岭市", UnitKind.CITY));
            assertEquals("Only for Enterprise, University", note(ws, "西岭市", FIELD));
            assertEquals("仅适用于企业、高校", note(ws, "东江省", FIELD), "a note written stays as it was written");
        }
        try (Workspace ws = group("2023", "", List.of(unit("北方能源集团有限公司", UnitKind.ENTERPRISE)))) {
            assertEquals("模板规定：企业不适用", note(ws, "北方能源集团有限公司", HOTLINE));
            ws.writeIn(org.guidancedesk.i18n.I18n.forLanguage("en"));
            ws.units().add(unit("江城大学", UnitKind.UNIVERSITY));
            assertEquals("Template rule: not applicable to University", note(ws, "江城大学", HOTLINE));
        }
    }

    @Test
    void aKindChangedTakesTheRulesNoteWithItInEitherLanguageAndLeavesTheUsersOwn() {
        try (Workspace ws = group("2023", "", List.of(unit("北方能源集团有限公司", UnitKind.ENTERPRISE),
                unit("江城大学", UnitKind.UNIVERSITY)))) {
            Unit firm = ws.units().units().get(0);
            ws.units().update(new Unit(firm.id(), firm.name(), UnitKind.UNIVERSITY, "", "", 0));
            assertEquals("模板规定：高校不适用", note(ws, firm.name(), HOTLINE), "the reason follows the kind");
            ws.writeIn(org.guidancedesk.i18n.I18n.forLanguage("en"));
            ws.units().update(new Unit(firm.id(), firm.name(), UnitKind.ENTERPRISE, "", "", 0));
            assertEquals("Template rule: not applicable to Enterprise", note(ws, firm.name(), HOTLINE));
            ws.writeIn(org.guidancedesk.i18n.I18n.forLanguage("zh"));
            ws.units().update(new Unit(firm.id(), firm.name(), UnitKind.ENTERPRISE, "", "", 0));
            assertEquals("Template rule: not applicable to Enterprise", note(ws, firm.name(), HOTLINE),
                    "saved again in another language: the same reason, not written again");
            ws.units().update(new Unit(firm.id(), firm.name(), UnitKind.PROVINCE, "", "", 0));
            RequiredAction hotline = ws.catalog().actions().stream().filter(a -> a.title().equals(HOTLINE)).findFirst()
                    .orElseThrow();
            assertEquals(ActionStatus.NOT_SCHEDULED, ws.checklist().load().record(new RecordKey(hotline.id(), firm.id()))
                    .status(), "the English note the rules wrote is theirs too: gone once the action fits");

            // A 不适用 the user wrote with a note of their own stays whatever the kind.
            Unit school = ws.units().units().get(1);
            RecordKey key = new RecordKey(hotline.id(), school.id());
            ActionRecord own = new ActionRecord(key, ActionStatus.NOT_APPLICABLE, null, null, Set.of(), "学校已有12345热线分中心");
            ws.checklist().save(own);
            ws.units().update(new Unit(school.id(), school.name(), UnitKind.CITY, "", "", 0));
            assertEquals(own, ws.checklist().load().record(key));
        }
    }

    @Test
    void theStandardCatalogueAndOtherKindsAreUntouched() {
        Path file = dir.resolve("standard.db");
        try (Workspace ws = Workspace.open(file, CLOCK)) {
            ws.groups().createGroup(new Group("中央第十八指导组", "主题教育", LocalDate.of(2019, 9, 9),
                    LocalDate.of(2020, 1, 31), null), "李明");
            ws.units().add(unit("东江省", UnitKind.PROVINCE));
            assertTrue(ws.catalog().actions().stream().noneMatch(a -> a.title().equals(FIELD)));
            assertEquals(Map.of(), ws.checklist().load().records());
        }
    }

    @Test
    void aTemplateReadsItsRulesAndRefusesOneNamingNoAction() {
        CampaignTemplate t = CampaignTemplates.load("2019").forBatch("2");
        assertEquals(List.of(new CampaignTemplate.KindEntry(UnitKind.ENTERPRISE, UnitKindRule.Rule.ADD, FIELD, "003"),
                new CampaignTemplate.KindEntry(UnitKind.UNIVERSITY, UnitKindRule.Rule.ADD, FIELD, "003"),
                new CampaignTemplate.KindEntry(UnitKind.ENTERPRISE, UnitKindRule.Rule.ADD, CORE, "000")), t.unitKinds());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CampaignTemplates.parse(SectionedText.read(UnitKindRulesTest.class, "templates/broken-kind.txt")));
        assertTrue(e.getMessage().contains("names no action of the units"), e.getMessage());
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> CampaignTemplates.parse(SectionedText.read(UnitKindRulesTest.class, "templates/broken-kind-name.txt")));
        assertTrue(unknown.getMessage().contains("broken-kind-name.txt:"), unknown.getMessage());
    }

    @Test
    void eachTemplatesDeadlinesGoToItsOwnRecipient() {
        Map<String, String> expected = Map.of("2019", Deadline.DEFAULT_RECIPIENT, "2021", "党史学习教育领导小组办公室",
                "2023", Deadline.DEFAULT_RECIPIENT);
        for (String code : CampaignTemplates.CODES) {
            CampaignTemplate t = CampaignTemplates.load(code);
            assertEquals(expected.get(code), t.recipient(), code);
            try (Workspace ws = group(code, t.batches().isEmpty() ? "" : t.batches().get(0).code(), List.of())) {
                List<Deadline> deadlines = ws.deadlines().deadlines();
                assertTrue(!deadlines.isEmpty(), code);
                assertEquals(Set.of(expected.get(code)), deadlines.stream().map(Deadline::recipient)
                        .collect(Collectors.toSet()), code);
            }
        }
    }
}
