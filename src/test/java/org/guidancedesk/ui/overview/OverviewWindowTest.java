package org.guidancedesk.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.DemoData;
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

/** The real window, headless: it opens on 总览, and a tile or an overdue row opens its section. */
@ExtendWith(ApplicationExtension.class)
class OverviewWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    @Test
    void opensOnTheOverviewAndItsTilesAndRowsLeadToTheirSections(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        try (Workspace ws = Workspace.open(file, clock)) {
            DemoData.write(ws, TODAY);
        }
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(new Stage(), I18n.forLanguage("zh"), UiState.load(dir), new FxUiExecutor(), clock, dir);
            window[0].show();
            window[0].open(file);
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + Ids.OVERVIEW + " .overview-tile").queryAll().size() == 6);
        assertEquals(9, robot.lookup("#" + Ids.OVERVIEW + " .agenda-row .light-red").queryAll().size(),
                "nine overdue rows: one report, four actions, four ledger items");
        assertTrue(robot.lookup("#" + Ids.OVERVIEW + " .unit-bar").queryAll().size() >= 1);
        assertEquals(6, robot.lookup("#" + Ids.OVERVIEW + " .unit-ledger").queryAll().size());
        assertTrue(robot.lookup("#" + Ids.OVERVIEW + " .tile-ledger").queryAs(Button.class).getStyleClass()
                .contains("tile-alert"), "overdue ledger items make the tile red");
        Node ledgerRow = robot.lookup("#" + Ids.OVERVIEW + " .agenda-row").match(n -> n.getAccessibleText() != null
                && n.getAccessibleText().contains("整改台账") && n.getAccessibleText().contains("国家水利发展部")).query();
        assertTrue(ledgerRow.getAccessibleText().contains("督查考核发现"), ledgerRow.getAccessibleText());
        if (SectionId.LEDGER.available()) {
            // Enter on an overdue ledger row opens 整改台账.
            WaitForAsyncUtils.asyncFx(() -> {
                ledgerRow.requestFocus();
                javafx.event.Event.fireEvent(ledgerRow, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                        false, false, false, false));
            }).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.section(SectionId.LEDGER))
                    .queryAs(javafx.scene.control.ToggleButton.class).isSelected());
            WaitForAsyncUtils.asyncFx(() -> window[0].show(SectionId.OVERVIEW)).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.OVERVIEW + " .agenda-row")
                    .tryQuery().isPresent());
        }

        // Enter on the overdue deadline row opens 上报材料.
        Node report = robot.lookup("#" + Ids.OVERVIEW + " .agenda-row").match(n ->
                n.getAccessibleText() != null && n.getAccessibleText().contains("报送第一阶段进展情况")).query();
        WaitForAsyncUtils.asyncFx(() -> {
            report.requestFocus();
            javafx.event.Event.fireEvent(report, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                    false, false, false, false));
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.section(SectionId.DEADLINES))
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected());

        // Back to the overview, then the completion tile opens the checklist.
        WaitForAsyncUtils.asyncFx(() -> window[0].show(SectionId.OVERVIEW)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + Ids.OVERVIEW + " .tile-completion").tryQuery().isPresent());
        Button completion = robot.lookup("#" + Ids.OVERVIEW + " .tile-completion").queryAs(Button.class);
        WaitForAsyncUtils.asyncFx(completion::fire).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX).tryQuery().isPresent());

        WaitForAsyncUtils.asyncFx(() -> window[0].stage().close()).get(10, TimeUnit.SECONDS);
    }
}
