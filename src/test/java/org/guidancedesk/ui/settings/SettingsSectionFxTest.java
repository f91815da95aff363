package org.guidancedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The section builds, shows what the file holds, and saves the group form on Enter. */
@ExtendWith(ApplicationExtension.class)
class SettingsSectionFxTest {
    @TempDir
    static Path folder;
    private static int runs;
    private SettingsFixture fx;
    private SettingsSection section;
    private final AtomicInteger groupChanged = new AtomicInteger();

    @Start
    void start(Stage stage) {
        fx = new SettingsFixture(newFolder());
        fx.ws.units().add(new Unit(0, "东江省", UnitKind.PROVINCE, "张卫东", "010-65120318", 0));
        section = new SettingsSection(fx.tasks, fx.ws, groupChanged::incrementAndGet);
        section.reload();
        stage.setScene(new Scene((javafx.scene.Parent) section.view(), 900, 600));
        stage.show();
    }

    private static Path newFolder() {
        try {
            return java.nio.file.Files.createDirectory(folder.resolve("run" + (++runs)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theTabsShowTheFileAndTheGroupNameIsSavedOnEnter(FxRobot robot) {
        TabPane tabs = robot.lookup("#" + SettingsIds.TABS).queryAs(TabPane.class);
        assertEquals(7, tabs.getTabs().size());
        assertEquals("本组", tabs.getTabs().get(0).getText());

        TextField name = robot.lookup("#" + SettingsIds.GROUP_NAME).queryAs(TextField.class);
        assertEquals("中央第十八指导组", name.getText());
        robot.clickOn(name).eraseText(name.getText().length()).write("中央第九指导组").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("中央第九指导组", fx.ws.groups().group().orElseThrow().name());
        assertEquals(1, groupChanged.get());

        robot.clickOn(name).eraseText(name.getText().length()).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#" + SettingsIds.GROUP_ERROR).queryAs(Label.class);
        assertEquals("组名：不能为空", error.getText());
        assertEquals("中央第九指导组", fx.ws.groups().group().orElseThrow().name());

        robot.interact(() -> tabs.getSelectionModel().select(2));
        TableView<?> units = robot.lookup("#" + SettingsIds.UNITS_TABLE).queryAs(TableView.class);
        assertEquals(1, units.getItems().size());
        robot.interact(() -> tabs.getSelectionModel().select(3));
        TableView<?> catalog = robot.lookup("#" + SettingsIds.CATALOG_TABLE).queryAs(TableView.class);
        assertTrue(catalog.getItems().size() > 10);
    }

    @Test
    void theLedgerTabAddsACategoryAndSavesANodeAtOnce(FxRobot robot) {
        TabPane tabs = robot.lookup("#" + SettingsIds.TABS).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(5));
        assertEquals("整改台账", tabs.getTabs().get(5).getText());
        ListView<?> special = robot.lookup("#" + SettingsIds.LEDGER_SPECIAL).queryAs(ListView.class);
        ListView<?> rectify = robot.lookup("#" + SettingsIds.LEDGER_RECTIFY).queryAs(ListView.class);
        assertEquals(8, special.getItems().size());
        assertEquals(5, rectify.getItems().size());

        robot.clickOn("#" + SettingsIds.LEDGER_RECTIFY + "-add");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = robot.listWindows().get(robot.listWindows().size() - 1);
        javafx.scene.Node focused = dialog.getScene().getFocusOwner();
        assertTrue(focused instanceof TextField, "the name field has the focus");
        robot.clickOn(focused).write("信访举报").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("信访举报", fx.ws.ledger().categories(org.guidancedesk.domain.Ledger.RECTIFY).get(5));
        assertEquals(5, rectify.getSelectionModel().getSelectedIndex(), "the new category is selected");

        DatePicker first = robot.lookup("#" + SettingsIds.ledgerNode(0)).queryAs(DatePicker.class);
        robot.clickOn(first.getEditor()).write("2026-11-30").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(java.time.LocalDate.of(2026, 11, 30)), fx.ws.ledger().milestones());
    }

    @Test
    void aDuplicateUnitNameIsShownInsideTheDialogWhichStaysOpen(FxRobot robot) {
        TabPane tabs = robot.lookup("#" + SettingsIds.TABS).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.clickOn("#" + SettingsIds.UNITS_ADD);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = robot.listWindows().get(robot.listWindows().size() - 1);
        javafx.scene.Node focused = dialog.getScene().getFocusOwner();
        assertTrue(focused instanceof TextField, "the name field has the focus");
        // Monocle sends keys to the window last clicked, so click the focused field first.
        robot.clickOn(focused).write("东江省").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#" + SettingsIds.DIALOG_ERROR).queryAs(Label.class);
        assertEquals("单位名称：已有名为“东江省”的单位", error.getText());
        assertTrue(error.getScene().getWindow().isShowing(), "the dialog stays open");
        assertEquals(1, fx.ws.units().units().size());

        robot.write("2").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#" + SettingsIds.DIALOG_ERROR).tryQuery().isEmpty(), "closed on success");
        assertEquals("东江省2", fx.ws.units().units().get(1).name());
        TableView<?> units = robot.lookup("#" + SettingsIds.UNITS_TABLE).queryAs(TableView.class);
        assertEquals(1, units.getSelectionModel().getSelectedIndex(), "the new unit is selected");
    }

    @Test
    void enterConfirmsTheMemberDialogFromADutyBoxAndSpaceTicksIt(FxRobot robot) {
        TabPane tabs = robot.lookup("#" + SettingsIds.TABS).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("#" + SettingsIds.MEMBERS_ADD);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = robot.listWindows().get(robot.listWindows().size() - 1);
        robot.clickOn(dialog.getScene().getFocusOwner()).write("王芳");
        java.util.List<javafx.scene.control.CheckBox> boxes = robot.from(dialog.getScene().getRoot())
                .lookup(".check-box").queryAllAs(javafx.scene.control.CheckBox.class).stream().toList();
        robot.clickOn(boxes.get(0)); // ticked by the mouse
        robot.type(javafx.scene.input.KeyCode.TAB).type(javafx.scene.input.KeyCode.SPACE); // the next one by Space
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(boxes.get(1).isFocused() && boxes.get(1).isSelected(), "Space ticks the focused box");

        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!dialog.isShowing(), "Enter confirmed the dialog");
        org.guidancedesk.domain.Member saved = fx.ws.groups().members().stream()
                .filter(m -> m.name().equals("王芳")).findFirst().orElseThrow();
        assertEquals(java.util.EnumSet.of(org.guidancedesk.domain.Duty.values()[0], org.guidancedesk.domain.Duty.values()[1]),
                java.util.EnumSet.copyOf(saved.duties()));
    }
}
