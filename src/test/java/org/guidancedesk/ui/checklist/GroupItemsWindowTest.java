package org.guidancedesk.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.HeldOccurrence;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.CampaignTemplates;
import org.guidancedesk.service.NewGroup;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.MainWindow;
import org.guidancedesk.ui.SectionId;
import org.guidancedesk.ui.UiState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A 2023 group's weekly study in the real window: the cell's click holds this week's occurrence, the side panel any other. */
@ExtendWith(ApplicationExtension.class)
class GroupItemsWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String STUDY = "每周开展学习交流研讨";
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    private Path group2023() {
        Path file = dir.resolve("2023.db");
        try (Workspace ws = Workspace.open(file, clock)) {
            ws.groups().create(new NewGroup(new Group("第三巡回督导组", "主题教育", LocalDate.of(2026, 10, 12),
                    LocalDate.of(2026, 12, 31), null), "李明", CampaignTemplates.load("2023").forBatch(""),
                    List.of(new Member(0, "赵伟", MemberRole.MEMBER, Set.of(Duty.DOCUMENTS), 0)), List.of()));
        }
        return file;
    }

    private static java.util.Optional<TableCell<?, ?>> studyCell(FxRobot robot) {
        return robot.lookup("#" + Ids.MATRIX + " .table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && c.getAccessibleText() != null
                        && c.getAccessibleText().startsWith("本组，" + STUDY + "（每周五）："))
                .tryQuery();
    }

    private static void waitForText(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studyCell(robot).map(c -> text.equals(c.getText())).orElse(false));
    }

    @Test
    void theCellHoldsThisWeeksStudyAndThePanelAnEarlierOne(FxRobot robot) throws Exception {
        Path file = group2023();
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            UiState state = UiState.load(dir);
            state.setLastSection(SectionId.CHECKLIST.name());
            window[0] = new MainWindow(new Stage(), I18n.forLanguage("zh"), state, new FxUiExecutor(), clock, dir);
            window[0].show();
            window[0].open(file);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX).tryQuery().isPresent());
        robot.clickOn("#" + Ids.SCOPE_GROUP);
        // Nothing held, five Fridays gone by (16 Oct … 13 Nov).
        waitForText(robot, "↻ 0/11 ✘5");
        TableView<?> table = robot.lookup("#" + Ids.MATRIX).queryAs(TableView.class);
        List<String> headers = table.getColumns().stream().map(TableColumn::getText).toList();
        assertEquals("负责人", headers.get(1));
        assertEquals("周期", headers.get(2));

        robot.clickOn(studyCell(robot).orElseThrow());
        waitForText(robot, "↻ 1/11 ✘4"); // 13 Nov, the latest due by today
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + OccurrenceList.ID).tryQuery()
                .map(n -> ((VBox) n).getChildren().size() == 11).orElse(false));
        VBox boxes = robot.lookup("#" + OccurrenceList.ID).queryAs(VBox.class);
        CheckBox first = (CheckBox) boxes.getChildren().get(0);
        assertTrue(first.getText().startsWith("2026年10月16日 周五"), first.getText());
        assertTrue(first.getText().endsWith("未开展"), first.getText());
        assertTrue(((CheckBox) boxes.getChildren().get(4)).isSelected(), "13 Nov held");
        assertTrue(((CheckBox) boxes.getChildren().get(6)).isDisabled(), "27 Nov is further off than the next");
        robot.clickOn(first);
        waitForText(robot, "↻ 2/11 ✘3");
        WaitForAsyncUtils.asyncFx(() -> window[0].stage().close()).get(10, TimeUnit.SECONDS);

        try (Workspace ws = Workspace.open(file, clock)) {
            RequiredAction study = ws.catalog().actions().stream().filter(a -> a.title().equals(STUDY)).findFirst()
                    .orElseThrow();
            assertEquals(List.of(new HeldOccurrence(study.id(), LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 16)),
                    new HeldOccurrence(study.id(), LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 13))),
                    ws.checklist().load().heldOf(study.id()));
        }
    }
}
