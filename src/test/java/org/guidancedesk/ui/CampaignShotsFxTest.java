package org.guidancedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.CampaignTemplates;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.Snapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures to look at, not a check (issue 17): only with {@code -Dcampaign.shots=FOLDER}. Groups
 * made from the 2021 and 2023 templates — their checklists and the first page of their weekly
 * sheets — and 设置's 规定动作目录 and 阶段 tabs.
 */
@ExtendWith(ApplicationExtension.class)
class CampaignShotsFxTest {
    private static final String FOLDER = System.getProperty("campaign.shots");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);

    @TempDir
    static Path folder;
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private final FxUiExecutor executor = new FxUiExecutor();
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void close() {
        executor.shutdown(5_000);
    }

    private Workspace group(String code) {
        CampaignTemplate t = CampaignTemplates.load(code);
        Workspace ws = Workspace.open(folder.resolve(code + "-" + System.nanoTime() + ".db"), clock);
        ws.groups().createGroup(new Group("中央第十八指导组", t.campaign(), START, START.plusMonths(4), null), "李明",
                t.forBatch(t.batches().isEmpty() ? "" : "2"));
        for (String unit : new String[] {"东江省", "国家水利发展部", "北方能源集团有限公司", "江城大学"}) {
            ws.units().add(new Unit(0, unit, UnitKind.OTHER, "", "", 0));
        }
        return ws;
    }

    private void show(FxRobot robot, Section section, double width, double height) {
        robot.interact(() -> {
            Scene scene = new Scene((javafx.scene.Parent) section.view(), width, height);
            scene.getStylesheets().add(CampaignShotsFxTest.class.getResource("/org/guidancedesk/ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            section.reload();
        });
    }

    @Test
    void checklistsAndSheetsOf2021And2023(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(FOLDER != null, "pictures only when asked for");
        for (String code : new String[] {"2021", "2023"}) {
            try (Workspace ws = group(code)) {
                UiTasks tasks = new UiTasks(executor, e -> { }, I18n.forLanguage("zh"), clock);
                var checklist = new org.guidancedesk.ui.checklist.ChecklistSection(tasks, ws.checklist(), Optional.empty());
                show(robot, checklist, 1280, 800);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX).tryQuery()
                        .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> Snapshots.save(stage.getScene(), Path.of(FOLDER, "checklist-" + code + ".png")));
                byte[] pdf = org.guidancedesk.report.WeeklyPdf.render(ws.weekly().data(Week.of(TODAY)), I18n.forLanguage("zh"))
                        .pdf();
                javax.imageio.ImageIO.write(org.guidancedesk.report.PdfPages.render(pdf, 80).get(0), "png",
                        Path.of(FOLDER, "sheet-" + code + ".png").toFile());
            }
        }
    }

    @Test
    void settingsCatalogueAndPhases(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(FOLDER != null, "pictures only when asked for");
        try (Workspace ws = group("2023")) {
            var settings = new org.guidancedesk.ui.settings.SettingsSection(new UiTasks(executor, e -> { },
                    I18n.forLanguage("zh"), clock), ws, () -> { });
            show(robot, settings, 1100, 640);
            String[] names = {"catalog", "phases"};
            for (int i = 0; i < 2; i++) {
                int tab = 3 + i;
                robot.interact(() -> ((javafx.scene.control.TabPane) settings.view()).getSelectionModel().select(tab));
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(tab == 3 ? "#settings-catalog"
                        : "#settings-phases").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
                WaitForAsyncUtils.waitForFxEvents();
                String name = names[i];
                robot.interact(() -> Snapshots.save(stage.getScene(), Path.of(FOLDER, "settings-" + name + ".png")));
            }
        }
    }
}
