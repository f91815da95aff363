package org.guidancedesk.ui.worklog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
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

/** The section on screen (headless): a talk added through the dialog, and a forum of 100,000 refused at its field. */
@ExtendWith(ApplicationExtension.class)
class WorkLogSectionFxTest {
    /** The dialog's own fields (the detail pane behind it has fields of the same ids). */
    private static final String IN_DIALOG = ".dialog-pane #";

    @TempDir
    static Path folder;
    private static int runs;
    private final Clock clock = Clock.fixed(DemoFixture.TODAY.atTime(10, 0).atZone(DemoFixture.ZONE).toInstant(),
            DemoFixture.ZONE);
    private final List<Throwable> errors = new ArrayList<>();
    private final FxUiExecutor executor = new FxUiExecutor();
    private Workspace ws;
    private WorkLogSection section;

    @Start
    void start(Stage stage) {
        ws = DemoCopies.open(folder.resolve("worklog" + (++runs) + ".db"), DemoFixture.TODAY, clock);
        org.guidancedesk.testing.WorkLogs.clear(ws); // the demo's own log would change what is listed first
        section = new WorkLogSection(new UiTasks(executor, errors::add, I18n.forLanguage("zh"), clock), ws);
        Scene scene = new Scene((javafx.scene.Parent) section.view(), 1200, 800);
        scene.getStylesheets().add(WorkLogSectionFxTest.class.getResource("/org/guidancedesk/ui/app.css").toExternalForm());
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

    private void openDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> section.viewModel().loadedProperty().get());
        robot.clickOn("#" + WorkStyles.ADD_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + EntryDialog.SAVE_ID).tryQuery().isPresent());
    }

    /** 保存 (fired: at the foot of a tall dialog it may lie below the headless screen). */
    private static void save(FxRobot robot) {
        javafx.scene.control.Button save = robot.lookup("#" + EntryDialog.SAVE_ID).queryAs(javafx.scene.control.Button.class);
        robot.interact(save::fire);
    }

    /** Ticks the unit in the units' menu (its check box, as a click on it does). */
    private static void tick(FxRobot robot, String unit) {
        javafx.scene.control.MenuButton units = robot.lookup(IN_DIALOG + WorkStyles.UNITS_ID).queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(() -> units.getItems().stream().filter(i -> i instanceof javafx.scene.control.CustomMenuItem c
                        && c.getContent() instanceof javafx.scene.control.CheckBox b && b.getText().equals(unit))
                .map(i -> (javafx.scene.control.CheckBox) ((javafx.scene.control.CustomMenuItem) i).getContent())
                .findFirst().orElseThrow().setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text field of the dialog with this prompt. */
    private static TextField prompted(FxRobot robot, String prompt) {
        return robot.lookup(".dialog-pane .text-field").match((TextField t) -> prompt.equals(t.getPromptText()) && t.isVisible())
                .queryAs(TextField.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTalkAddedThroughTheDialogIsSavedListedAndShown(FxRobot robot) throws Exception {
        openDialog(robot);
        String unit = ws.units().units().get(0).name();
        tick(robot, unit);
        robot.clickOn(prompted(robot, "姓名（可不填）")).write("王建国");
        robot.clickOn(prompted(robot, "职务")).write("党委书记");
        ChoiceBox<PersonLevel> level = robot.lookup(IN_DIALOG + WorkStyles.PEOPLE_ID + " .choice-box").queryAs(ChoiceBox.class);
        robot.interact(() -> level.setValue(PersonLevel.HEAD));
        javafx.scene.control.Button addRow = robot.lookup(IN_DIALOG + WorkStyles.PEOPLE_ADD_ID).queryAs(javafx.scene.control.Button.class);
        robot.interact(addRow::fire);
        robot.clickOn(robot.lookup(".dialog-pane .text-field").match((TextField t) -> "职务".equals(t.getPromptText())
                && t.getText().isEmpty()).queryAs(TextField.class)).write("处长");
        save(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !ws.workLog().entries().isEmpty()
                || robot.lookup(".dialog-pane ." + WorkStyles.ERROR_CLASS).tryQuery().isPresent());
        assertEquals(List.of(), robot.lookup(".dialog-pane ." + WorkStyles.ERROR_CLASS).queryAllAs(Label.class).stream()
                .map(Label::getText).toList(), "no refusal");
        WorkEntry saved = ws.workLog().entries().get(0);
        assertEquals(WorkKind.TALK, saved.kind());
        assertEquals(WorkStatus.DONE, saved.status());
        assertEquals(DemoFixture.TODAY, saved.on());
        long unitId = ws.units().units().get(0).id();
        assertEquals(List.of(new Interviewee("王建国", unitId, "党委书记", PersonLevel.HEAD, 1),
                new Interviewee("", unitId, "处长", PersonLevel.LEADERSHIP, 1)), ((WorkDetails.Talk) saved.details()).people());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + EntryDialog.SAVE_ID).tryQuery().isEmpty());
        TableView<WorkRow> table = robot.lookup("#" + WorkStyles.TABLE_ID).queryAs(TableView.class);
        assertEquals(saved.id(), table.getItems().get(0).id());
        assertEquals("2人：党委书记、处长", table.getItems().get(0).gist());
        Label week = robot.lookup("#" + WorkStyles.WEEK_ID).queryAs(Label.class);
        assertEquals("与1家单位2位同志进行了谈话（其中主要负责同志1人）。", week.getText());
        Node pane = robot.lookup("#" + WorkStyles.DETAILS_ID).query();
        assertTrue(robot.from(pane).lookup((Label l) -> l.getText() != null && l.getText().startsWith("个别谈话 · 11月24日"))
                .tryQuery().isPresent(), "the new entry is shown in its pane");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aForumOfAHundredThousandIsRefusedAtItsFieldAndNothingSaved(FxRobot robot) throws Exception {
        openDialog(robot);
        ChoiceBox<WorkKind> kind = robot.lookup(IN_DIALOG + WorkStyles.KIND_ID).queryAs(ChoiceBox.class);
        robot.interact(() -> kind.setValue(WorkKind.FORUM));
        tick(robot, ws.units().units().get(1).name());
        robot.clickOn(IN_DIALOG + WorkStyles.TOPIC_ID).write("主题教育办主任座谈会");
        robot.clickOn(IN_DIALOG + WorkStyles.PARTICIPANTS_ID).write("100000");
        save(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane ." + WorkStyles.ERROR_CLASS).tryQuery().isPresent());
        Label error = robot.lookup(".dialog-pane ." + WorkStyles.ERROR_CLASS).queryAs(Label.class);
        assertEquals("参加人数：应在 1 到 1000 之间", error.getText());
        Node participants = robot.lookup(IN_DIALOG + WorkStyles.PARTICIPANTS_ID).query();
        assertTrue(participants.getParent().getChildrenUnmodifiable().contains(error), "the message is at its field");
        assertTrue(participants.isFocused(), "and the field has the keyboard");
        assertEquals(List.of(), ws.workLog().entries(), "nothing saved");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lookingAtEveryEntryWritesNothingAndTypingInThePaneSavesAfterAPause(FxRobot robot) throws Exception {
        long unit = ws.units().units().get(0).id();
        long other = ws.units().units().get(1).id();
        long member = ws.groups().members().get(0).id();
        ws.workLog().save(new WorkEntry(0, WorkKind.TALK, WorkStatus.DONE, DemoFixture.TODAY, java.time.LocalTime.of(9, 30),
                java.util.Set.of(unit, other), false, List.of(member), member, "第一行\r\n第二行", "", new WorkDetails.Talk(List.of(
                new Interviewee("王建国", unit, "党委书记", PersonLevel.HEAD, 1), new Interviewee("", other, "", PersonLevel.MIDDLE, 5))),
                List.of(new org.guidancedesk.domain.WorkFinding(0, "学习流于形式", null)), List.of("一线工作法")));
        ws.workLog().save(new WorkEntry(0, WorkKind.VISIT, WorkStatus.DONE, DemoFixture.TODAY.minusDays(1), null,
                java.util.Set.of(unit), false, List.of(), null, "", "照片", new WorkDetails.Visit(List.of(
                new org.guidancedesk.domain.VisitedPlace("桃源村", org.guidancedesk.domain.PlaceKind.VILLAGE)),
                org.guidancedesk.domain.VisitMethod.COVERT), List.of(), List.of()));
        ws.workLog().save(new WorkEntry(0, WorkKind.REMINDER, WorkStatus.DONE, DemoFixture.TODAY.minusDays(2), null,
                java.util.Set.of(other), false, List.of(), null, "", "", new WorkDetails.Reminder("提示函", "办公室", "进度滞后",
                DemoFixture.TODAY.plusDays(3), null), List.of(), List.of()));
        robot.interact(section::reload);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> section.viewModel().rows().size() == 3);
        long before = org.guidancedesk.testing.ChangeSets.count(ws.file());
        TableView<WorkRow> table = robot.lookup("#" + WorkStyles.TABLE_ID).queryAs(TableView.class);
        for (int i = 0; i < 3; i++) {
            int row = i;
            robot.interact(() -> table.getSelectionModel().select(row));
            for (Node field : robot.lookup("#" + WorkStyles.DETAILS_ID + " .text-input").queryAll()) {
                if (field.isVisible()) {
                    robot.interact(field::requestFocus);
                }
            }
            robot.interact(table::requestFocus);
        }
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS); // longer than the typing pause: whatever it would write, it has
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, org.guidancedesk.testing.ChangeSets.count(ws.file()), "showing and leaving fields wrote nothing");

        robot.interact(() -> table.getSelectionModel().select(2));
        robot.clickOn("#" + WorkStyles.NOTES_ID).write("已电话催办");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.workLog().entries().stream()
                .anyMatch(e -> e.notes().equals("已电话催办")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.entry().notes().equals("已电话催办")));
    }
}
