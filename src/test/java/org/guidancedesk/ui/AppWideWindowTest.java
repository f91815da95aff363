package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.help.HelpDialog;
import org.guidancedesk.ui.overview.StartupNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a whole: language without restart, the day's notice, the guide, questions that wrap. */
@ExtendWith(ApplicationExtension.class)
class AppWideWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    private Path demo() {
        Path file = dir.resolve("demo.db");
        DemoCopies.copy(file, TODAY, clock);
        return file;
    }

    private MainWindow openWindow(Path file, SectionId section) throws Exception {
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            UiState state = UiState.load(dir);
            state.setLastSection(section.name());
            window[0] = new MainWindow(new Stage(), I18n.forLanguage("zh"), state, new FxUiExecutor(), clock, dir);
            window[0].show();
            window[0].open(file);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window[0].currentSection() == section);
        return window[0];
    }

    private static void close(MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(10, TimeUnit.SECONDS);
    }

    private static String sidebarText(MainWindow window, SectionId id) {
        return ((ToggleButton) window.stage().getScene().lookup("#" + Ids.section(id))).getText();
    }

    @Test
    void theLanguageChangesAtOnceWithTheSameFileSectionAndUndo(FxRobot robot) throws Exception {
        Path file = demo();
        MainWindow window = openWindow(file, SectionId.SETTINGS);
        Workspace ws = window.session().workspace();
        Unit first = ws.units().units().get(0);
        ws.units().update(new Unit(first.id(), first.name() + "（改）", first.kind(), first.contact(), first.phone(),
                first.sortOrder()));
        assertEquals("设置", sidebarText(window, SectionId.SETTINGS));

        MainWindow[] english = new MainWindow[1];
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            switchedToEnglish(window, english, ws);
        } finally {
            java.util.Locale.setDefault(before); // the switch sets the default locale: later tests expect theirs
        }
    }

    private void switchedToEnglish(MainWindow window, MainWindow[] english, Workspace ws) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> english[0] = window.switchLanguage("en")).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> english[0].session() != null
                && english[0].currentSection() == SectionId.SETTINGS);
        WaitForAsyncUtils.waitForFxEvents();

        assertSame(window.stage(), english[0].stage(), "the same window, not a new one");
        assertEquals("Settings", sidebarText(english[0], SectionId.SETTINGS));
        assertSame(ws, english[0].session().workspace(), "the file stayed open");
        assertTrue(english[0].stage().getTitle().contains("demo.db"), english[0].stage().getTitle());
        assertTrue(ws.history().undoable().isPresent(), "this session's edit can still be undone");
        assertEquals("en", UiState.load(dir).language().orElseThrow(), "remembered for the next start");
        close(english[0]);
    }

    @Test
    void theDaysNoticeAlsoComesWhenTheWindowOpensOnTheMatrix(FxRobot robot) throws Exception {
        // Its read waits for the matrix's data to be on show; 总览 first lends it its agenda instead.
        MainWindow window = openWindow(demo(), SectionId.CHECKLIST);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> window.stage().getScene().lookup("#" + StartupNotice.ID) != null);
        assertEquals(SectionId.CHECKLIST, window.currentSection());
        close(window);
    }

    @Test
    void theDaysNoticeShowsInsideTheWindowAboveTheStatusBar(FxRobot robot) throws Exception {
        MainWindow window = openWindow(demo(), SectionId.OVERVIEW);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> window.stage().getScene().lookup("#" + StartupNotice.ID) != null);
        WaitForAsyncUtils.waitForFxEvents();
        Node notice = window.stage().getScene().lookup("#" + StartupNotice.ID);
        Node status = window.stage().getScene().lookup("#" + Ids.STATUS);
        Bounds n = notice.localToScene(notice.getBoundsInLocal());
        Bounds s = status.localToScene(status.getBoundsInLocal());
        assertTrue(n.getMaxY() <= s.getMinY(), "notice " + n + " covers the status bar " + s);
        assertTrue(n.getMaxX() <= window.stage().getScene().getWidth());
        close(window);
    }

    @Test
    void f1OpensTheGuideWithThisMachinesPaths(FxRobot robot) throws Exception {
        Path file = demo();
        MainWindow window = openWindow(file, SectionId.OVERVIEW);
        MenuItem guide = window.stage().getScene().getRoot().lookupAll(".menu-bar").stream()
                .map(n -> (javafx.scene.control.MenuBar) n).flatMap(b -> b.getMenus().stream())
                .flatMap(m -> m.getItems().stream()).filter(i -> FileMenu.HELP_GUIDE_ID.equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("F1"), guide.getAccelerator());
        WaitForAsyncUtils.asyncFx(guide::fire).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#" + HelpDialog.ID) != null));
        Node body = Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> w.getScene().lookup("#" + HelpDialog.ID)).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow();
        String text = String.join("\n", body.lookupAll(".label").stream().map(l -> ((Label) l).getText()).toList());
        assertTrue(text.contains(file.toRealPath().toString()), text);
        assertTrue(text.contains(dir.resolve("backups").toString()), text);
        assertTrue(text.contains("Ctrl+Z"), text);
        WaitForAsyncUtils.asyncFx(() -> ((Stage) body.getScene().getWindow()).close()).get(5, TimeUnit.SECONDS);
        close(window);
    }

    @Test
    void aLongQuestionWrapsInsideItsDialog(FxRobot robot) throws Exception {
        String question = "删除“东江省”将同时删除它的 14 条规定动作记录（其中 9 条已完成）和整改台账中的 12 项整改事项（含进展情况）。"
                .repeat(2) + "删除后可以在“编辑 › 回收站”中恢复。";
        Alert[] alert = new Alert[1];
        WaitForAsyncUtils.asyncFx(() -> {
            alert[0] = Alerts.wrapped(new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL));
            alert[0].show();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label text = (Label) alert[0].getDialogPane().lookup("#alert-text");
        assertEquals(question, text.getText());
        assertTrue(text.isWrapText());
        double paneWidth = alert[0].getDialogPane().getWidth();
        assertTrue(paneWidth <= Alerts.TEXT_WIDTH + 120, "dialog " + paneWidth + " wide");
        assertTrue(text.getHeight() > 3 * text.getFont().getSize(), "the text runs over several lines: " + text.getHeight());
        Bounds inPane = text.localToScene(text.getBoundsInLocal());
        assertTrue(inPane.getMaxX() <= alert[0].getDialogPane().getWidth(), "the text stays inside the dialog");
        WaitForAsyncUtils.asyncFx(() -> alert[0].close()).get(5, TimeUnit.SECONDS);
    }
}
