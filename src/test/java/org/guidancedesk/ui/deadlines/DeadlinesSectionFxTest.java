package org.guidancedesk.ui.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.RuleKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The section on screen (headless): the add/edit dialog keeps the dates it was given; 导出… writes off the JavaFX thread. */
@ExtendWith(ApplicationExtension.class)
class DeadlinesSectionFxTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    static Path folder;
    private static int runs;
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private final List<Throwable> errors = new ArrayList<>();
    private final FxUiExecutor executor = new FxUiExecutor();
    private Workspace ws;
    private DeadlinesSection section;
    private UiTasks tasks;

    @Start
    void start(Stage stage) {
        ws = DemoCopies.open(folder.resolve("dialog" + (++runs) + ".db"), TODAY, clock);
        tasks = new UiTasks(executor, errors::add, I18n.forLanguage("zh"), clock);
        section = new DeadlinesSection(tasks, ws);
        Scene scene = new Scene((javafx.scene.Parent) section.view(), 1200, 800);
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

    private void waitForRows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#" + DeadlineStyles.TABLE_ID).queryAs(TableView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewWeeklyOrMonthlyDeadlineStartsToday(FxRobot robot) throws Exception {
        waitForRows(robot);
        robot.clickOn("#" + DeadlineStyles.ADD_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + DeadlineDialog.FROM_ID).tryQuery().isPresent());
        ChoiceBox<RuleKind> kind = robot.lookup("#" + DeadlineDialog.KIND_ID).queryAs(ChoiceBox.class);
        DatePicker from = robot.lookup("#" + DeadlineDialog.FROM_ID).queryAs(DatePicker.class);
        robot.interact(() -> kind.setValue(RuleKind.WEEKLY));
        assertEquals(TODAY, from.getValue(), "开始日期 of a weekly rule");
        assertEquals("2026年11月24日", from.getEditor().getText());
        robot.interact(() -> kind.setValue(RuleKind.MONTHLY));
        assertEquals(TODAY, from.getValue(), "开始日期 of a monthly rule");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void editingAOneOffKeepsItsDate(FxRobot robot) throws Exception {
        LocalDate due = LocalDate.of(2026, 12, 10);
        Deadline added = ws.deadlines().add(new Deadline(0, "报送调研报告", null, "", null, new Recurrence.Once(due), ""));
        robot.interact(section::reload);
        waitForRows(robot);
        javafx.scene.Node owner = robot.lookup("#" + DeadlineStyles.TABLE_ID).query();
        // showAndWait: opened later on the FX thread, not waited for.
        javafx.application.Platform.runLater(() -> DeadlineDialog.show(owner, I18n.forLanguage("zh"),
                section.viewModel(), added));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + DeadlineDialog.ONCE_ID).tryQuery().isPresent());
        DatePicker once = robot.lookup("#" + DeadlineDialog.ONCE_ID).queryAs(DatePicker.class);
        assertEquals(due, once.getValue());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void showingASubmissionAndMovingThroughItsFieldsWritesNothing(FxRobot robot) throws Exception {
        LocalDate due = TODAY.minusDays(3);
        Deadline added = ws.deadlines().add(new Deadline(0, "报送两批材料", null, "", null, new Recurrence.Once(due), ""));
        // What was sent, on two lines: a one-line text field cannot show the break.
        ws.deadlines().saveSubmission(new org.guidancedesk.domain.Submission(added.id(), due, due, "第一批"));
        // As an older file or another program may have left it: a line break in the stored text.
        String sql = "SELECT sent FROM submission WHERE deadline_id = " + added.id();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ws.file());
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE submission SET sent = '第一批' || char(10) || '第二批' WHERE deadline_id = " + added.id());
        }
        robot.interact(section::reload);
        waitForRows(robot);
        DeadlinesViewModel vm = section.viewModel();
        robot.interact(() -> vm.filterProperty().set(DeadlinesViewModel.Filter.ALL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.rows().stream()
                .anyMatch(r -> r.occurrence().deadline().id() == added.id()));
        long before = org.guidancedesk.testing.ChangeSets.count(ws.file());
        DeadlinesViewModel.Row row = vm.rows().stream().filter(r -> r.occurrence().deadline().id() == added.id())
                .findFirst().orElseThrow();
        robot.interact(() -> vm.select(row));
        List<javafx.scene.Node> fields = robot.lookup("." + DeadlineStyles.DETAILS + " .text-input").queryAll()
                .stream().filter(javafx.scene.Node::isVisible).toList();
        assertEquals(2, fields.size(), "the date and what was sent");
        for (javafx.scene.Node f : fields) {
            robot.interact(f::requestFocus);
        }
        robot.interact(() -> robot.lookup("#" + DeadlineStyles.TABLE_ID).query().requestFocus());
        // The edit dialog opened and closed unchanged, then another row, then the section left.
        javafx.scene.Node owner = robot.lookup("#" + DeadlineStyles.TABLE_ID).query();
        javafx.application.Platform.runLater(() -> DeadlineDialog.show(owner, I18n.forLanguage("zh"), vm, added));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + DeadlineDialog.ONCE_ID).tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        // And once confirmed unchanged.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + DeadlineDialog.ONCE_ID).tryQuery().isEmpty());
        javafx.application.Platform.runLater(() -> DeadlineDialog.show(owner, I18n.forLanguage("zh"), vm, added));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + DeadlineDialog.ONCE_ID).tryQuery().isPresent());
        javafx.stage.Window dialog = robot.listWindows().get(robot.listWindows().size() - 1);
        robot.clickOn(dialog.getScene().getFocusOwner()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        robot.interact(() -> vm.select(vm.rows().stream().filter(r -> r != row).findFirst().orElseThrow()));
        robot.interact(() -> vm.select(row));
        robot.interact(section::flush);
        robot.interact(section::reload);
        waitForRows(robot);
        // Waiting for an absence: every save the focus changes queued has reached the file once the queue is drained.
        org.guidancedesk.testing.Settled.after(executor);
        assertEquals(before, org.guidancedesk.testing.ChangeSets.count(ws.file()), "nothing written");
        assertEquals("第一批\n第二批", org.guidancedesk.testing.ChangeSets.text(ws.file(), sql), "the stored text as it was");
    }

    @Test
    void exportWritesTheFileOffTheFxThreadAndSaysSoInTheStatusBar(FxRobot robot) throws Exception {
        waitForRows(robot);
        Path out = folder.resolve("上报材料-" + runs + ".xlsx");
        java.util.concurrent.atomic.AtomicBoolean onFx = new java.util.concurrent.atomic.AtomicBoolean(true);
        javafx.scene.Node button = robot.lookup("#" + org.guidancedesk.ui.ExportFiles.DEADLINES_ID).query();
        robot.interact(() -> org.guidancedesk.ui.ExportFiles.run(button, tasks, out, path -> {
            onFx.set(javafx.application.Platform.isFxApplicationThread());
            return section.viewModel().export(path);
        }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.statusProperty().get().startsWith("已导出"));
        assertTrue(java.nio.file.Files.size(out) > 0);
        assertEquals(false, onFx.get(), "written on the database thread");
        assertTrue(tasks.statusProperty().get().matches("已导出 \\d+ 次上报材料报送到 上报材料-\\d+\\.xlsx"),
                tasks.statusProperty().get());
        assertEquals("上报材料-2026-11-24", section.viewModel().exportName());
    }
}
