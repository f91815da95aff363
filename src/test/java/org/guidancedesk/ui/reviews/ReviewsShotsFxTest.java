package org.guidancedesk.ui.reviews;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.testing.Snapshots;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.UiTasks;
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
 * Pictures of the section to look at, not a check: only with {@code -Dreviews.shots=FOLDER}, the
 * demo's ministry with a point sent back, and the 反馈 dialog, in Chinese and English.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewsShotsFxTest {
    private static final String FOLDER = System.getProperty("reviews.shots");

    @TempDir
    static Path folder;
    private static int runs;
    private final Clock clock = Clock.fixed(DemoFixture.TODAY.atTime(10, 0).atZone(DemoFixture.ZONE).toInstant(),
            DemoFixture.ZONE);
    private final FxUiExecutor executor = new FxUiExecutor();
    private Workspace ws;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        ws = DemoCopies.open(folder.resolve("shots" + (++runs) + ".db"), DemoFixture.TODAY, clock);
    }

    @AfterEach
    void close() {
        executor.shutdown(5_000);
        ws.close();
    }

    @Test
    void chinese(FxRobot robot) throws Exception {
        shots(robot, "zh");
    }

    @Test
    void english(FxRobot robot) throws Exception {
        shots(robot, "en");
    }

    /** Shows the section in the stage with the window's stylesheet, and reads it. */
    private void show(FxRobot robot, org.guidancedesk.ui.Section section, double width, double height) {
        robot.interact(() -> {
            Scene scene = new Scene((javafx.scene.Parent) section.view(), width, height);
            scene.getStylesheets().add(ReviewsShotsFxTest.class.getResource("/org/guidancedesk/ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            section.reload();
        });
    }

    /** 总览 scrolled to its foot, where the reviewing so far is said. */
    @Test
    void overview(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(FOLDER != null, "pictures only when asked for");
        var overview = new org.guidancedesk.ui.overview.OverviewSection(new UiTasks(executor, e -> { }, I18n.forLanguage("zh"),
                clock), ws, (id, item) -> { });
        show(robot, overview, 1280, 800);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#overview-reviews").tryQuery()
                .map(n -> !((javafx.scene.control.Label) n).getText().isEmpty()).orElse(false));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) overview.view()).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.save(stage.getScene(), Path.of(FOLDER, "overview-foot.png")));
    }

    /** 设置 › 审阅材料: the kinds with their usual problems, the feedback window. */
    @Test
    void settings(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(FOLDER != null, "pictures only when asked for");
        var settings = new org.guidancedesk.ui.settings.SettingsSection(new UiTasks(executor, e -> { },
                I18n.forLanguage("zh"), clock), ws, () -> { });
        show(robot, settings, 1100, 600);
        robot.interact(() -> ((javafx.scene.control.TabPane) settings.view()).getSelectionModel().select(6));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#settings-review-kinds").tryQuery()
                .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.save(stage.getScene(), Path.of(FOLDER, "settings.png")));
    }

    @SuppressWarnings("unchecked")
    private void shots(FxRobot robot, String language) throws Exception {
        Assumptions.assumeTrue(FOLDER != null, "pictures only when asked for");
        ReviewsSection section = new ReviewsSection(new UiTasks(executor, e -> { }, I18n.forLanguage(language), clock), ws);
        show(robot, section, 1280, 800);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> section.viewModel().loadedProperty().get());
        TableView<ReviewBoard.Row> grid = robot.lookup("#" + ReviewStyles.GRID_ID).queryAs(TableView.class);
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(1, grid.getColumns().get(3)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.save(stage.getScene(), Path.of(FOLDER, "section-" + language + ".png")));
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(1, grid.getColumns().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.save(stage.getScene(), Path.of(FOLDER, "rounds-" + language + ".png")));
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(4, grid.getColumns().get(3)));
        WaitForAsyncUtils.waitForFxEvents();
        int windows = robot.listWindows().size();
        // Not through interact: the dialog waits in a nested loop, and interact would wait for it.
        Button answer = robot.lookup("#" + ReviewStyles.ANSWER_ID).queryAs(Button.class);
        javafx.application.Platform.runLater(answer::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().size() > windows);
        Window dialog = robot.listWindows().get(robot.listWindows().size() - 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.save(dialog.getScene(), Path.of(FOLDER, "feedback-" + language + ".png")));
        robot.interact(dialog::hide);
    }
}
