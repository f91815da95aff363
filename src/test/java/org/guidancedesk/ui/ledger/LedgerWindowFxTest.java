package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.DemoFixture;
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

/** The ledger window at a laptop's size: 责任领导 in view, the 打印 menu, and a cell corrected in the import preview. */
@ExtendWith(ApplicationExtension.class)
class LedgerWindowFxTest {
    private final Clock clock = Clock.fixed(DemoFixture.TODAY.atTime(10, 0).atZone(DemoFixture.ZONE).toInstant(),
            DemoFixture.ZONE);

    @TempDir
    Path dir;

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<LedgerRow> table(FxRobot robot) {
        return robot.lookup("#" + Ids.LEDGER_TABLE).queryAs(TableView.class);
    }

    /** Where the visible columns up to and with the named one end, in px from the table's left. */
    private static double endOf(TableView<LedgerRow> table, String header) {
        double right = 0;
        for (TableColumn<LedgerRow, ?> c : table.getVisibleLeafColumns()) {
            right += c.getWidth();
            if (c.getText().equals(header)) {
                return right;
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static double viewport(TableView<LedgerRow> table) {
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 16;
    }

    @Test
    void withTheDetailPaneOpenStatusIsInViewAt1280AndTheLeaderToo1366(FxRobot robot) throws Exception {
        Path file = dir.resolve("demo.db");
        try (Workspace ws = Workspace.open(file, clock)) {
            DemoData.write(ws, DemoFixture.TODAY);
        }
        MainWindow[] window = new MainWindow[1];
        fx(() -> {
            UiState state = UiState.load(dir);
            state.setLastSection(SectionId.LEDGER.name());
            window[0] = new MainWindow(new Stage(), I18n.forLanguage("zh"), state, new FxUiExecutor(), clock, dir);
            window[0].show();
            window[0].open(file);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Ids.LEDGER_TABLE).tryQuery().isPresent()
                && !table(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<LedgerRow> table = table(robot);
        assertTrue(robot.lookup("#" + LedgerStyles.DETAIL_PROBLEM_ID).query().isVisible(), "the detail pane is open");
        assertEquals(1280, window[0].stage().getWidth(), 1, "the headless screen's width");
        assertTrue(endOf(table, "状态") <= viewport(table), "状态 ends at " + endOf(table, "状态") + " of " + viewport(table));
        // What the window has beside the ledger section (the sidebar): the same at 1366 px.
        double beside = window[0].stage().getWidth() - table.getScene().getWidth()
                + table.localToScene(table.getBoundsInLocal()).getMinX();
        MenuButton print = robot.lookup("#" + LedgerStyles.PRINT_ID).queryAs(MenuButton.class);
        assertEquals(java.util.List.of("打印…", "导出 PDF…"), print.getItems().stream().map(i -> i.getText()).toList());
        fx(() -> window[0].stage().close());

        // The section as it is in a 1366 px window (the headless screen is narrower, so without the sidebar).
        DemoFixture demo = DemoFixture.open(java.nio.file.Files.createDirectories(dir.resolve("wide")));
        try {
            LedgerViewModel vm = new LedgerViewModel(demo.tasks(), demo.workspace());
            LedgerView view = new LedgerView(vm, demo.tasks().i18n());
            Stage[] stage = new Stage[1];
            fx(() -> {
                stage[0] = new Stage();
                stage[0].setScene(new Scene((javafx.scene.Parent) view.view(), 1366 - beside, 700));
                stage[0].show();
                vm.reload();
            });
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            TableView<LedgerRow> wide = (TableView<LedgerRow>) view.view().lookup("#" + Ids.LEDGER_TABLE);
            assertTrue(endOf(wide, "责任领导") <= viewport(wide),
                    "责任领导 ends at " + endOf(wide, "责任领导") + " of " + viewport(wide) + " (" + beside + " beside)");
            assertTrue(endOf(wide, "责任领导") - endOf(wide, "状态") >= 60, "wide enough for a name");
            fx(() -> stage[0].close());
        } finally {
            demo.close();
        }
    }

    @Test
    void aProblemCellIsCorrectedInThePreviewWithEnterAndTheImportIsOffered(FxRobot robot) throws Exception {
        DemoFixture demo = DemoFixture.open(dir);
        try {
            Path file = dir.resolve("南山县委整改台账.csv");
            Files.writeString(file, String.join("\r\n",
                    "序号,问题描述,整改措施,整改时限,完成情况",
                    "1,村级活动场所利用率不高,制定使用管理办法,2026-12-31,整改中",
                    "2,便民窗口设置不合理,调整窗口布局,下个月吧,未启动",
                    "合计,2项,,,",
                    "注：时限请写到日,,,,") + "\r\n", StandardCharsets.UTF_8);
            ImportWizardWindow window = ImportWizardWindow.open(robot, demo, file);
            // 列对应: the unit the file name names is chosen already; on to the preview.
            Button next = window.button("预览 ›");
            assertTrue(robot.lookup("（按文件的标题或名称推测，可更改）").tryQuery().isPresent(), "the guess is said");
            fx(next::fire);

            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertTrue(pane.getPrefWidth() <= 1280 && pane.getScene().getWindow().getWidth() <= 1280,
                    "fits a 1280 px screen: " + pane.getScene().getWindow().getWidth());
            assertTrue(pane.getScene().getWindow().getHeight() <= 800, "fits 800 px: " + pane.getScene().getWindow().getHeight());
            ListView<?> problems = robot.lookup("#" + ImportWizard.PROBLEMS_ID).queryAs(ListView.class);
            assertEquals(1, problems.getItems().size());
            assertTrue(robot.lookup("#" + ImportWizard.NOT_DATA_ID).tryQuery().isPresent(), "合计 and 注 rows are shown");
            TextField value = robot.lookup("." + ImportWizard.FIX_FIELD).queryAs(TextField.class);
            assertEquals("下个月吧", value.getText());

            robot.clickOn(value).eraseText(value.getText().length()).write("2026-12-20").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(robot.lookup("#" + ImportWizard.PROBLEMS_ID).tryQuery().isPresent(), "the problem is gone");
            Button commit = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                    .filter(b -> b.getText().equals("导入 2 项")).findFirst().orElseThrow();
            assertFalse(commit.isDisabled());
            fx(commit::fire);
            assertTrue(demo.workspace().ledger().items().stream().anyMatch(r -> r.problem().equals("便民窗口设置不合理")
                    && java.time.LocalDate.of(2026, 12, 20).equals(r.due())), "imported as corrected");
            window.close();
        } finally {
            demo.close();
        }
    }
}
