package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's header names the campaign week, and once the campaign is over, its end. */
@ExtendWith(ApplicationExtension.class)
class HeaderWindowTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The window makes its own stage.
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    private String headerOn(FxRobot robot, LocalDate day) throws Exception {
        Path file = DemoCopies.copy(dir.resolve(day + ".db"), DEMO_DAY, at(DEMO_DAY));
        MainWindow window = WindowFixture.open(dir.resolve("data-" + day), at(day), file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".app-header").tryQuery()
                .map(n -> ((Label) n).getText().contains("中央第十八指导组")).orElse(false));
        String text = robot.lookup(".app-header").queryAs(Label.class).getText();
        WindowFixture.close(window);
        return text;
    }

    @Test
    void aRunningCampaignShowsItsWeekAndAnEndedOneItsEnd(FxRobot robot) throws Exception {
        String running = headerOn(robot, DEMO_DAY);
        assertTrue(running.matches(".*第\\d+周（.*"), running);
        String years = headerOn(robot, LocalDate.of(2030, 3, 2));
        assertTrue(years.contains("已结束"), years);
        assertFalse(years.matches(".*第\\d+周.*"), years);
    }
}
