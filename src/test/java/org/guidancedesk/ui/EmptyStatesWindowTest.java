package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.guidancedesk.domain.Group;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.settings.SettingsIds;
import org.guidancedesk.ui.weekly.WeeklyIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A group just created: every section says what to do while it has nothing yet. */
@ExtendWith(ApplicationExtension.class)
class EmptyStatesWindowTest {
    private final Clock clock = Clock.fixed(DemoFixture.TODAY.atTime(10, 0).atZone(DemoFixture.ZONE).toInstant(),
            DemoFixture.ZONE);
    private final I18n zh = I18n.forLanguage("zh");

    @TempDir
    Path dir;

    private Path freshGroup() {
        Path file = dir.resolve("fresh.db");
        try (Workspace ws = Workspace.open(file, clock)) {
            ws.groups().createGroup(new Group("中央第十八指导组", "主题教育", DemoFixture.TODAY.minusDays(20),
                    DemoFixture.TODAY.plusDays(90), null), "李明");
        }
        return file;
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String placeholder(FxRobot robot, String tableId) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + tableId).tryQuery().isPresent());
        return ((Label) robot.lookup("#" + tableId).queryAs(TableView.class).getPlaceholder()).getText();
    }

    private static void waitForText(FxRobot robot, String id, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery()
                .map(n -> n.isVisible() && text.equals(((Label) n).getText())).orElse(false));
    }

    @Test
    void eachSectionOfAFreshGroupSaysWhatToDo(FxRobot robot) throws Exception {
        MainWindow window = WindowFixture.open(dir, clock, freshGroup());
        // 规定动作: the standard actions are there, no unit to tick them for.
        waitForText(robot, "checklist-empty-hint", zh.tr("empty.checklist.noUnits"));
        assertTrue(zh.tr("empty.checklist.noUnits").contains("设置 › 联系单位"));

        fx(() -> window.show(SectionId.DEADLINES));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> placeholder(robot, "deadlines-table").equals(zh.tr("empty.deadlines")));
        assertEquals("还没有上报材料：点击 新增材料… 添加，如每周五报送工作动态", placeholder(robot, "deadlines-table"));

        fx(() -> window.show(SectionId.LEDGER));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> placeholder(robot, Ids.LEDGER_TABLE).equals(zh.tr("ledger.empty")));

        fx(() -> window.show(SectionId.WEEKLY));
        waitForText(robot, WeeklyIds.EMPTY_HINT, zh.tr("empty.weekly"));

        fx(() -> window.show(SectionId.SETTINGS));
        TabPane tabs = robot.lookup("#" + SettingsIds.TABS).queryAs(TabPane.class);
        fx(() -> tabs.getSelectionModel().select(2));
        assertEquals(zh.tr("settings.units.empty"), placeholder(robot, SettingsIds.UNITS_TABLE));
        assertEquals(zh.tr("settings.members.empty"), placeholder(robot, SettingsIds.MEMBERS_TABLE));
        WindowFixture.close(window);
    }

    @Test
    void theChecklistWithoutActionsSaysWhereToAddThem(FxRobot robot) throws Exception {
        Path file = freshGroup();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM required_action");
        }
        MainWindow window = WindowFixture.open(dir, clock, file);
        waitForText(robot, "checklist-empty-hint", zh.tr("empty.checklist.noActions"));
        assertEquals(zh.tr("empty.checklist.noActions"), placeholder(robot, Ids.MATRIX), "the empty matrix says it too");
        WindowFixture.close(window);
    }
}
