package org.guidancedesk.ui.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewState;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.ChangeSets;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.DemoFixture;
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

/** The section on screen (headless): a cell picked shows its rounds; 反馈… refuses at its field, then saves. */
@ExtendWith(ApplicationExtension.class)
class ReviewsSectionFxTest {
    @TempDir
    static Path folder;
    private static int runs;
    private final Clock clock = Clock.fixed(DemoFixture.TODAY.atTime(10, 0).atZone(DemoFixture.ZONE).toInstant(),
            DemoFixture.ZONE);
    private final List<Throwable> errors = new ArrayList<>();
    private final FxUiExecutor executor = new FxUiExecutor();
    private Path file;
    private Workspace ws;
    private ReviewsSection section;

    @Start
    void start(Stage stage) {
        file = folder.resolve("reviews" + (++runs) + ".db");
        ws = DemoCopies.open(file, DemoFixture.TODAY, clock);
        section = new ReviewsSection(new UiTasks(executor, errors::add, I18n.forLanguage("zh"), clock), ws);
        Scene scene = new Scene((javafx.scene.Parent) section.view(), 1200, 760);
        scene.getStylesheets().add(ReviewsSectionFxTest.class.getResource("/org/guidancedesk/ui/app.css").toExternalForm());
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

    /** Picks the cell of a unit and kind the way a click does. */
    @SuppressWarnings("unchecked")
    private void pick(FxRobot robot, String unit, String kind) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> section.viewModel().loadedProperty().get());
        TableView<ReviewBoard.Row> grid = robot.lookup("#" + ReviewStyles.GRID_ID).queryAs(TableView.class);
        int row = 0;
        while (!grid.getItems().get(row).unit().name().equals(unit)) {
            row++;
        }
        int at = row;
        var column = grid.getColumns().stream().filter(c -> c.getUserData() instanceof org.guidancedesk.domain.ReviewKind k
                && k.name().equals(kind)).findFirst().orElseThrow();
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(at, column));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String paneTitle(FxRobot robot) {
        return robot.lookup("#" + ReviewStyles.PANE_ID + " ." + ReviewStyles.PANE_TITLE).queryAs(Label.class).getText();
    }

    @Test
    void pickingACellShowsItsRoundsAndLookingWritesNothing(FxRobot robot) throws Exception {
        long before = ChangeSets.count(file);
        pick(robot, "国家水利发展部", "实施方案");
        assertEquals("国家水利发展部 · 实施方案", paneTitle(robot));
        assertEquals(3, robot.lookup("#" + ReviewStyles.PANE_ID + " ." + ReviewStyles.ROUND_TITLE).queryAll().size(),
                "three rounds");
        assertTrue(robot.lookup("#" + ReviewStyles.ANSWER_ID).queryAs(Button.class).isDisabled(), "approved");
        pick(robot, "西岭市", "调研题目");
        assertTrue(!robot.lookup("#" + ReviewStyles.ANSWER_ID).queryAs(Button.class).isDisabled());
        assertEquals(before, ChangeSets.count(file), "looking writes nothing");
    }

    @Test
    void feedbackRefusedAtItsFieldThenSavedWithATickedProblem(FxRobot robot) throws Exception {
        pick(robot, "西岭市", "调研题目");
        robot.clickOn("#" + ReviewStyles.ANSWER_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .check-box").tryQuery().isPresent());
        DatePicker by = robot.lookup(".dialog-pane .date-picker").nth(1).queryAs(DatePicker.class);
        robot.interact(() -> by.setValue(null));
        robot.interact(() -> robot.lookup(".dialog-pane .check-box").queryAs(CheckBox.class).setSelected(true));
        Button ok = robot.lookup(".dialog-pane .button").match((Button b) -> "确定".equals(b.getText())).queryAs(Button.class);
        long before = ChangeSets.count(file);
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-dialog-error").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertEquals("重报日期：“修改后重报”须定下重报日期", robot.lookup("#settings-dialog-error").queryAs(Label.class).getText());
        assertEquals(before, ChangeSets.count(file), "refused: nothing written");

        robot.interact(() -> robot.lookup("#" + ReviewDialogs.RESULT_ID_PREFIX + "rewrite").queryAs(RadioButton.class)
                .setSelected(true));
        robot.clickOn(robot.lookup(".dialog-pane .text-field").match((TextField t) -> "意见内容".equals(t.getPromptText()))
                .queryAs(TextField.class));
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane .check-box").tryQuery().isPresent());
        Review stored = ws.reviews().reviews().stream().filter(r -> r.rounds().get(0).version().equals("调研题目（6个）"))
                .findFirst().orElseThrow();
        assertEquals(ReviewState.RESUBMIT, stored.state());
        assertEquals("题目大而空", stored.points().get(0).text(), "the ticked problem as the point");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("西岭市 · 调研题目", paneTitle(robot));
    }
}
