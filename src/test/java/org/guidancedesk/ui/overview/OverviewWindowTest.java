package org.guidancedesk.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.MainWindow;
import org.guidancedesk.ui.SectionId;
import org.guidancedesk.ui.UiState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: it opens on 总览, and a tile or an overdue row opens its section. */
@ExtendWith(ApplicationExtension.class)
class OverviewWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;

    @Test
    void opensOnTheOverviewAndItsTilesAndRowsLeadToTheirSections(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        DemoCopies.copy(file, TODAY, clock);
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(new Stage(), I18n.forLanguage("zh"), UiState.load(dir), new FxUiExecutor(), clock, dir);
            window[0].show();
            window[0].open(file);
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + Ids.OVERVIEW + " .overview-tile").queryAll().size() == 6);
        assertEquals(12, robot.lookup("#" + Ids.OVERVIEW + " .agenda-row .light-red").queryAll().size(),
                "twelve overdue rows: one report, four actions, four ledger items, a reminder unanswered, our feedback "
                        + "on a document and a unit's revision");
        assertTrue(robot.lookup("#" + Ids.OVERVIEW + " .unit-bar").queryAll().size() >= 1);
        assertEquals(6, robot.lookup("#" + Ids.OVERVIEW + " .unit-ledger").queryAll().size());
        assertTrue(robot.lookup("#" + Ids.OVERVIEW + " .tile-ledger").queryAs(Button.class).getStyleClass()
                .contains("tile-alert"), "overdue ledger items make the tile red");
        Node ledgerRow = robot.lookup("#" + Ids.OVERVIEW + " .agenda-row").match(n -> n.getAccessibleText() != null
                && n.getAccessibleText().contains("整改台账") && n.getAccessibleText().contains("国家水利发展部")).query();
        assertTrue(ledgerRow.getAccessibleText().contains("督查考核发现"), ledgerRow.getAccessibleText());
        if (SectionId.LEDGER.available()) {
            // Enter on an overdue ledger row opens 整改台账.
            WaitForAsyncUtils.asyncFx(() -> {
                ledgerRow.requestFocus();
                javafx.event.Event.fireEvent(ledgerRow, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                        false, false, false, false));
            }).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.section(SectionId.LEDGER))
                    .queryAs(javafx.scene.control.ToggleButton.class).isSelected());
            WaitForAsyncUtils.asyncFx(() -> window[0].show(SectionId.OVERVIEW)).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.OVERVIEW + " .agenda-row")
                    .tryQuery().isPresent());
        }

        // Enter on the overdue deadline row opens 上报材料.
        Node report = robot.lookup("#" + Ids.OVERVIEW + " .agenda-row").match(n ->
                n.getAccessibleText() != null && n.getAccessibleText().contains("报送第一阶段进展情况")).query();
        WaitForAsyncUtils.asyncFx(() -> {
            report.requestFocus();
            javafx.event.Event.fireEvent(report, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                    false, false, false, false));
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.section(SectionId.DEADLINES))
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected());

        // Back to the overview, then the completion tile opens the checklist.
        WaitForAsyncUtils.asyncFx(() -> window[0].show(SectionId.OVERVIEW)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + Ids.OVERVIEW + " .tile-completion").tryQuery().isPresent());
        Button completion = robot.lookup("#" + Ids.OVERVIEW + " .tile-completion").queryAs(Button.class);
        WaitForAsyncUtils.asyncFx(completion::fire).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX).tryQuery().isPresent());

        WaitForAsyncUtils.asyncFx(() -> window[0].stage().close()).get(10, TimeUnit.SECONDS);
    }

    private MainWindow open(Path file) throws Exception {
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(new Stage(), I18n.forLanguage("zh"), UiState.load(dir), new FxUiExecutor(), clock, dir);
            window[0].show();
            window[0].open(file);
        }).get(10, TimeUnit.SECONDS);
        return window[0];
    }

    private static void click(Node row) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> javafx.event.Event.fireEvent(row, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, true, null))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node row(FxRobot robot, String... words) {
        return robot.lookup("#" + Ids.OVERVIEW + " .agenda-row").match(n -> n.getAccessibleText() != null
                && java.util.Arrays.stream(words).allMatch(w -> n.getAccessibleText().contains(w))).query();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClickOnARowOpensItsSectionWithTheItemSelected(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        DemoCopies.copy(file, TODAY, clock);
        MainWindow window = open(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + Ids.OVERVIEW + " .overview-tile").queryAll().size() == 6);

        // A ledger row: 整改台账 with that item selected.
        Node ledgerRow = row(robot, "整改台账", "国家水利发展部");
        click(ledgerRow);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.LEDGER_TABLE).tryQuery().isPresent()
                && robot.lookup("#" + Ids.LEDGER_TABLE).queryAs(javafx.scene.control.TableView.class)
                        .getSelectionModel().getSelectedItem() != null
                && ((org.guidancedesk.ui.ledger.LedgerRow) robot.lookup("#" + Ids.LEDGER_TABLE)
                        .queryAs(javafx.scene.control.TableView.class).getSelectionModel().getSelectedItem())
                        .unitName().equals("国家水利发展部")
                && ledgerRow.getAccessibleText().contains(((org.guidancedesk.ui.ledger.LedgerRow) robot
                        .lookup("#" + Ids.LEDGER_TABLE).queryAs(javafx.scene.control.TableView.class)
                        .getSelectionModel().getSelectedItem()).item().problem().substring(0, 6)));

        // The overdue report: 上报材料 with that occurrence selected.
        WaitForAsyncUtils.asyncFx(() -> window.show(SectionId.OVERVIEW)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.OVERVIEW + " .agenda-row")
                .tryQuery().isPresent());
        click(row(robot, "报送第一阶段进展情况"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deadlines-table").tryQuery().isPresent()
                && robot.lookup("#deadlines-table").queryAs(javafx.scene.control.TableView.class).getSelectionModel()
                        .getSelectedItem() instanceof org.guidancedesk.ui.deadlines.DeadlinesViewModel.Row r
                && r.title().equals("报送第一阶段进展情况"));

        // An overdue action of a unit: its cell in the matrix.
        WaitForAsyncUtils.asyncFx(() -> window.show(SectionId.OVERVIEW)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.OVERVIEW + " .agenda-row")
                .tryQuery().isPresent());
        Node action = robot.lookup("#" + Ids.OVERVIEW + " .agenda-row").match(n -> n.getAccessibleText() != null
                && n.getAccessibleText().contains("规定动作") && n.getAccessibleText().contains("逾期")
                && !n.getAccessibleText().contains("指导组")).query();
        click(action);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.MATRIX).tryQuery().isPresent()
                && !robot.lookup("#" + Ids.MATRIX).queryAs(javafx.scene.control.TableView.class).getSelectionModel()
                        .getSelectedCells().isEmpty());
        javafx.scene.control.TableView<?> matrix = robot.lookup("#" + Ids.MATRIX).queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.TablePosition<?, ?> cell = matrix.getSelectionModel().getSelectedCells().get(0);
        Object r = matrix.getItems().get(cell.getRow());
        String unit = ((org.guidancedesk.ui.checklist.MatrixColumn) cell.getTableColumn().getUserData()).title();
        assertTrue(action.getAccessibleText().contains(
                ((org.guidancedesk.ui.checklist.MatrixRow.ActionRow) r).action().title()), action.getAccessibleText());
        assertTrue(action.getAccessibleText().contains(unit), unit + " in " + action.getAccessibleText());
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aNewGroupsOverviewShowsItsBoxesAndSaysWhereToAddUnits(FxRobot robot) throws Exception {
        Path file = dir.resolve("new.db");
        try (Workspace ws = Workspace.open(file, clock)) {
            ws.groups().createGroup(new org.guidancedesk.domain.Group("中央第十八指导组", "主题教育", TODAY.minusDays(7),
                    TODAY.plusDays(90), null), "李明");
        }
        MainWindow window = open(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + Ids.OVERVIEW + " .overview-tile").queryAll().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> texts = robot.lookup("#" + Ids.OVERVIEW + " .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList();
        assertTrue(texts.stream().noneMatch(t -> t != null && t.contains("正在读取")), texts.toString());
        assertTrue(texts.contains("✓ 没有逾期事项"), texts.toString());
        assertTrue(texts.contains("还没有联系单位：请在 设置 › 单位 中添加"), texts.toString());
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(10, TimeUnit.SECONDS);
    }
}
