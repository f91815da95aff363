package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.ChangeSets;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.settings.SettingsIds;
import org.guidancedesk.ui.weekly.WeeklyIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the demo: selecting, moving the focus through every field of a pane,
 * opening and closing dialogs and changing section write nothing (no change set is added).
 */
@ExtendWith(ApplicationExtension.class)
class LookingWritesNothingWindowTest {
    private final Clock clock = Clock.fixed(DemoFixture.TODAY.atTime(10, 0).atZone(DemoFixture.ZONE).toInstant(),
            DemoFixture.ZONE);

    @TempDir
    Path dir;

    /** The demo, with texts a text control shows a little differently (CR LF, a trailing blank). */
    private Path demo() throws Exception {
        Path file = dir.resolve("demo.db");
        DemoCopies.copy(file, DemoFixture.TODAY, clock);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE action_record SET note = '第一行' || char(13) || char(10) || '第二行 '");
            s.executeUpdate("INSERT OR REPLACE INTO week_note (week, coordination, other, updated_at) VALUES "
                    + "('" + org.guidancedesk.domain.Week.of(DemoFixture.TODAY) + "', '协调' || char(13) || char(10) || '续 ', "
                    + "'其他' || char(13) || char(10), '2026-11-24T00:00:00Z')");
        }
        return file;
    }

    /** The window with its file open (sections can be shown once it is). */
    private static MainWindow open(FxRobot robot, Path dir, Clock clock, Path file) throws Exception {
        MainWindow window = WindowFixture.open(dir, clock, file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX).tryQuery().isPresent()
                && !robot.lookup("#" + Ids.MATRIX).queryAs(TableView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every visible field under the node focused in turn. */
    private static void focusEach(FxRobot robot, String query) throws Exception {
        List<Node> fields = robot.lookup(query).queryAll().stream()
                .filter(n -> n.isVisible() && !n.isDisabled() && n.isFocusTraversable()).toList();
        assertTrue(!fields.isEmpty(), "fields under " + query);
        for (Node f : fields) {
            fx(f::requestFocus);
        }
    }

    private static long after(Path file, MainWindow window) throws Exception {
        // No need to outwait the notes' typing pause: closing saves a note still waiting for it,
        // as the pause itself would (the sections' flush), and what is saved is counted below.
        WaitForAsyncUtils.waitForFxEvents();
        WindowFixture.close(window);
        long[] count = new long[1];
        // The window closes the file on its database thread; then it may be read.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (Workspace ws = Workspace.open(file, Clock.systemDefaultZone())) {
                return true;
            } catch (org.guidancedesk.store.StoreException e) {
                return false;
            }
        });
        count[0] = ChangeSets.count(file);
        return count[0];
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theChecklistPanelWritesNothingByBeingLookedAt(FxRobot robot) throws Exception {
        Path file = demo();
        long before = ChangeSets.count(file);
        MainWindow window = open(robot, dir, clock, file);
        TableView table = robot.lookup("#" + Ids.MATRIX).queryAs(TableView.class);
        List<TableColumn> columns = ((List<TableColumn>) table.getVisibleLeafColumns()).stream().limit(6).toList();
        int shown = 0;
        for (int row = 0; row < Math.min(3, table.getItems().size()); row++) {
            for (TableColumn column : columns) {
                int r = row;
                fx(() -> {
                    table.requestFocus();
                    table.getSelectionModel().clearAndSelect(r, column);
                    table.getFocusModel().focus(r, column);
                });
                if (robot.lookup("#" + Ids.CELL_DETAILS + " .text-input").queryAll().stream().noneMatch(Node::isVisible)) {
                    continue; // a column that is no cell (the unit's name)
                }
                shown++;
                focusEach(robot, "#" + Ids.CELL_DETAILS + " .text-input");
                focusEach(robot, "#" + Ids.CELL_DETAILS + " .check-box");
                fx(table::requestFocus);
            }
        }
        assertTrue(shown >= 6, "cells shown: " + shown);
        fx(() -> window.show(SectionId.OVERVIEW));
        fx(() -> window.show(SectionId.CHECKLIST));
        assertEquals(before, after(file, window), "no change set added");
    }

    @Test
    void theWeeklyNotesWriteNothingByBeingLookedAt(FxRobot robot) throws Exception {
        Path file = demo();
        long before = ChangeSets.count(file);
        MainWindow window = open(robot, dir, clock, file);
        fx(() -> window.show(SectionId.WEEKLY));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + WeeklyIds.COORDINATION).tryQuery()
                .map(n -> !((javafx.scene.control.TextArea) n).getText().isEmpty()).orElse(false));
        for (int i = 0; i < 2; i++) {
            robot.clickOn("#" + WeeklyIds.COORDINATION);
            robot.clickOn("#" + WeeklyIds.OTHER);
            robot.clickOn("#" + WeeklyIds.PREVIOUS);
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#" + WeeklyIds.NEXT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        fx(() -> window.show(SectionId.OVERVIEW));
        fx(() -> window.show(SectionId.WEEKLY));
        assertEquals(before, after(file, window), "no change set added");
    }

    @Test
    void theSettingsFormsWriteNothingWhenOpenedAndLeftUnchanged(FxRobot robot) throws Exception {
        Path file = demo();
        long before = ChangeSets.count(file);
        MainWindow window = open(robot, dir, clock, file);
        fx(() -> window.show(SectionId.SETTINGS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + SettingsIds.TABS).tryQuery().isPresent());
        TabPane tabs = robot.lookup("#" + SettingsIds.TABS).queryAs(TabPane.class);
        // 本组: every field focused and left, Enter in one.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#" + SettingsIds.GROUP_NAME)
                .queryAs(javafx.scene.control.TextField.class).getText().isEmpty());
        for (String id : List.of(SettingsIds.GROUP_NAME, SettingsIds.GROUP_CAMPAIGN, SettingsIds.GROUP_START,
                SettingsIds.GROUP_END, SettingsIds.GROUP_SECRETARY)) {
            robot.clickOn("#" + id);
        }
        robot.clickOn("#" + SettingsIds.GROUP_NAME).type(KeyCode.ENTER);
        // 成员 and 联系单位: each dialog opened on a row, once cancelled (Escape), once confirmed (Enter) unchanged.
        for (int[] tab : new int[][] {{1}, {2}}) {
            fx(() -> tabs.getSelectionModel().select(tab[0]));
            String tableId = tab[0] == 1 ? SettingsIds.MEMBERS_TABLE : SettingsIds.UNITS_TABLE;
            TableView<?> t = robot.lookup("#" + tableId).queryAs(TableView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !t.getItems().isEmpty());
            for (KeyCode close : List.of(KeyCode.ESCAPE, KeyCode.ENTER)) {
                fx(() -> {
                    t.requestFocus();
                    t.getSelectionModel().clearAndSelect(0);
                });
                int windows = robot.listWindows().size();
                robot.clickOn(t.lookup(".table-row-cell")).type(KeyCode.ENTER);
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listWindows().size() > windows);
                javafx.stage.Window dialog = robot.listWindows().get(robot.listWindows().size() - 1);
                robot.clickOn(dialog.getScene().getFocusOwner()).type(close);
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
            }
        }
        fx(() -> window.show(SectionId.OVERVIEW));
        assertEquals(before, after(file, window), "no change set added");
    }
}
