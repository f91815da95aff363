package org.guidancedesk.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.LargeDemo;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.MainWindow;
import org.guidancedesk.ui.UiState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 总览 of a large group (40 units, hundreds overdue): its lists stop at {@link OverviewView#MAX_ROWS}
 * rows with the rest counted by kind, so the page stays a page (it once drew every row and took
 * most of a minute).
 */
@ExtendWith(ApplicationExtension.class)
class OverviewLargeGroupTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    @Test
    void theListsShowTheFirstRowsAndCountTheRest(FxRobot robot) throws Exception {
        Path file = dir.resolve("large.db");
        try (Workspace ws = Workspace.open(file, clock)) {
            LargeDemo.write(ws, TODAY, 7, new LargeDemo.Size(6_000, 2_000, 500));
        }
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindow window = new MainWindow(new Stage(), I18n.forLanguage("zh"), UiState.load(dir), new FxUiExecutor(),
                    clock, dir);
            window.show();
            window.open(file);
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#" + Ids.OVERVIEW + " .overview-tile").queryAll().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        int overdue = Integer.parseInt(robot.lookup("#" + Ids.OVERVIEW + " .tile-overdue .tile-value")
                .tryQuery().map(n -> ((Label) n).getText()).orElse("0"));
        List<Node> redRows = List.copyOf(robot.lookup("#" + Ids.OVERVIEW + " .agenda-row .light-red").queryAll());
        assertEquals(OverviewView.MAX_ROWS, redRows.size(), "the overdue list stops at its rows");
        List<String> more = robot.lookup("#" + Ids.OVERVIEW + " .overview-empty").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t.startsWith("另有 ")).toList();
        assertTrue(more.stream().anyMatch(t -> t.contains("项未列出：") && t.contains("规定动作")), more.toString());
        if (overdue > 0) {
            assertTrue(more.stream().anyMatch(t -> t.startsWith("另有 " + (overdue - OverviewView.MAX_ROWS) + " 项未列出")),
                    "the rest counted: " + overdue + " overdue, " + more);
        }
    }
}
