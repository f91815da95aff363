package org.guidancedesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.service.CampaignTemplates;
import org.guidancedesk.service.Workspace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A group made from each template: the weekly sheet's 规定动作进度 has a column per phase of that campaign. */
class TemplateSheetTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate START = LocalDate.of(2023, 9, 4);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-10-10T02:00:00Z"), ZONE);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2021", "2023"})
    void theProgressColumnsAreTheCampaignsPhases(String code) {
        CampaignTemplate t = CampaignTemplates.load(code);
        CampaignTemplate batch = t.forBatch(t.batches().isEmpty() ? "" : t.batches().get(t.batches().size() - 1).code());
        try (Workspace ws = Workspace.open(dir.resolve(code + ".db"), CLOCK)) {
            ws.groups().createGroup(new Group("中央第十八指导组", t.campaign(), START, START.plusMonths(4), null), "李明", batch);
            ws.units().add(new Unit(0, "东江省", UnitKind.PROVINCE, "", "", 0));
            ws.units().add(new Unit(0, "江城大学", UnitKind.UNIVERSITY, "", "", 0));

            WeeklyReport report = WeeklyReport.build(ws.weekly().data(Week.of(LocalDate.of(2023, 10, 10))),
                    WeeklySections.standard());
            ProgressSection.Progress p = report.content(ProgressSection.class);
            List<String> phases = t.phases().stream().filter(x -> x.scope() == ActionScope.UNIT)
                    .map(CampaignTemplate.PhaseEntry::name).toList();
            assertEquals(phases, p.phases().stream().map(Phase::name).toList());
            // 东江省 is no 企业 or 高校: the actions added for those kinds are 不适用 to it, so not counted.
            assertEquals(batch.withoutUnitKinds().actions().stream().filter(a -> a.scope() == ActionScope.UNIT).count(),
                    p.units().get(0).all().applicable(), "every required action counted once");
            Block.Table table = (Block.Table) new ProgressSection().render(p, report.data(), I18n.forLanguage("zh")).get(0);
            assertEquals(phases, table.columns().subList(1, 1 + phases.size()).stream().map(Block.Column::header).toList());
        }
    }
}
