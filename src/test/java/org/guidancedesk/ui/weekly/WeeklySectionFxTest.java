package org.guidancedesk.ui.weekly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The section on screen (headless): the preview pages appear, with their count; a typed note is kept. */
@ExtendWith(ApplicationExtension.class)
class WeeklySectionFxTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    static Path folder;
    private static int runs;
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private final List<Throwable> errors = new ArrayList<>();
    private final FxUiExecutor executor = new FxUiExecutor();
    private Workspace ws;
    private WeeklySection section;

    @Start
    void start(Stage stage) {
        ws = DemoCopies.open(folder.resolve("weekly" + (++runs) + ".db"), TODAY, clock);
        UiTasks tasks = new UiTasks(executor, errors::add, I18n.forLanguage("zh"), clock);
        section = new WeeklySection(tasks, ReportServices.of(ws));
        Scene scene = new Scene((javafx.scene.Parent) section.view(), 1200, 800);
        scene.getStylesheets().add(org.guidancedesk.ui.MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        section.reload();
    }

    @AfterEach
    void close() {
        executor.shutdown(5_000);
        ws.close();
        assertTrue(errors.isEmpty(), () -> "unexpected errors: " + errors);
    }

    @Test
    void theSectionShowsThePreviewPagesAndTheirCount(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#" + WeeklyIds.PAGES)
                .queryAs(VBox.class).getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<ImageView> pages = robot.lookup("#" + WeeklyIds.PAGES + " .image-view").queryAllAs(ImageView.class)
                .stream().toList();
        assertFalse(pages.isEmpty());
        ImageView first = pages.get(0);
        assertTrue(first.getImage().getWidth() > 800, "rendered at about 110 dpi");
        assertTrue(first.getFitWidth() > 100 && first.getBoundsInParent().getWidth() > 100, "fitted to the pane");
        String count = robot.lookup("#" + WeeklyIds.PAGE_COUNT).queryAs(Label.class).getText();
        assertEquals("共 " + pages.size() + " 页", count);
        String week = robot.lookup("#" + WeeklyIds.WEEK).queryAs(Label.class).getText();
        assertTrue(week.endsWith("2026年11月23日—11月29日"), week);
    }

    @Test
    void aNoteTypedAndLeftAtOnceIsSavedByFlush(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + WeeklyIds.COORDINATION)
                .queryAs(TextArea.class).isEditable());
        TextArea coordination = robot.lookup("#" + WeeklyIds.COORDINATION).queryAs(TextArea.class);
        WaitForAsyncUtils.asyncFx(() -> {
            coordination.requestFocus();
            coordination.appendText("请协调调研用车");
            section.flush(); // what the window does before switching section or closing
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "请协调调研用车".equals(ws.weekly().notes(new Week(2026, 48)).coordination()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#" + WeeklyIds.RENDERING)
                .queryAs(Label.class).isVisible());
    }

    @Test
    void theBulletinsPartsAreEditedInPlaceAndGivenBack(FxRobot robot) throws Exception {
        robot.clickOn("#" + WeeklyIds.SHOW_DYNAMIC);
        String partId = "#" + WeeklyIds.DYNAMIC_PART_PREFIX + "problems";
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(partId).tryQuery().isPresent()
                && robot.lookup(partId).queryAs(TextArea.class).isEditable()
                && !robot.lookup(partId).queryAs(TextArea.class).getText().isEmpty());
        assertEquals("6", robot.lookup("#" + WeeklyIds.DYNAMIC_NUMBER)
                .queryAs(javafx.scene.control.TextField.class).getText());
        TextArea problems = robot.lookup(partId).queryAs(TextArea.class);
        String generated = problems.getText();
        WaitForAsyncUtils.asyncFx(() -> {
            problems.requestFocus();
            problems.setText("南山县调研题目偏大，已当面提出修改意见。");
            section.flush();
        }).get(5, TimeUnit.SECONDS);
        Week w48 = new Week(2026, 48);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "南山县调研题目偏大，已当面提出修改意见。"
                .equals(ws.dynamic().draft(w48).edited().get(org.guidancedesk.domain.DynamicPart.PROBLEMS)));
        String restoreId = "#" + WeeklyIds.DYNAMIC_RESTORE_PREFIX + "problems";
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(restoreId).query().isVisible());

        robot.clickOn(restoreId);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.dynamic().draft(w48).edited().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(generated, problems.getText());
        assertFalse(robot.lookup(restoreId).query().isVisible());

        robot.clickOn("#" + WeeklyIds.SHOW_SHEET);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + WeeklyIds.COORDINATION)
                .queryAs(TextArea.class).getScene() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#" + WeeklyIds.RENDERING)
                .queryAs(Label.class).isVisible());
    }
}
