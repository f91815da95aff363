package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.TextWidths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview in English: statuses and nodes whole ("Completed", not "Comple…"), rows listed "3, 4" (issue 11, defect 10). */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewEnglishFxTest {
    @TempDir
    Path dir;

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void wordsInTheRowsTableAreWholeAndRowNumbersUseEnglishCommas(FxRobot robot) throws Exception {
        DemoFixture demo = DemoFixture.open(dir, "en");
        try {
            LedgerViewModel vm = new LedgerViewModel(demo.tasks(), demo.workspace());
            LedgerView view = new LedgerView(vm, demo.tasks().i18n());
            Path file = dir.resolve("南山县委整改台账.csv");
            Files.writeString(file, String.join("\r\n",
                    "序号,问题描述,整改措施,节点,整改时限,状态",
                    "1,村级活动场所利用率不高,制定使用管理办法,长期坚持,,已完成",
                    "2,便民窗口设置不合理,调整窗口布局,限期整改,下个月吧,未启动",
                    "3,办事指南更新不及时,定期更新,限期整改,明年,整改中") + "\r\n", StandardCharsets.UTF_8);
            Stage[] stage = new Stage[1];
            fx(() -> {
                stage[0] = new Stage();
                stage[0].setScene(new Scene((javafx.scene.Parent) view.view(), 1280, 800));
                stage[0].show();
                vm.reload();
            });
            Platform.runLater(() -> ImportWizard.open(view.view(), demo.tasks().i18n(), vm, file));
            WaitForAsyncUtils.waitForFxEvents();
            Button next = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                    .filter(b -> b.getText().equals("Preview ›")).findFirst().orElseThrow();
            fx(next::fire);

            Button skip = robot.lookup("#" + ImportWizard.SKIP_ID).queryAs(Button.class);
            assertEquals("Leave out the rows with problems (row 3, 4)", skip.getText());
            TableView<?> rows = robot.lookup("#" + ImportWizard.ROWS_ID).queryAs(TableView.class);
            for (TableColumn<?, ?> c : rows.getColumns()) {
                assertTrue(c.getWidth() >= TextWidths.of(c.getText(), true) + 10, c.getText() + ": " + c.getWidth());
            }
            TableColumn<?, ?> status = rows.getColumns().stream().filter(c -> c.getText().equals("Status"))
                    .findFirst().orElseThrow();
            assertTrue(status.getWidth() >= TextWidths.of("Not started", false) + 10, "status: " + status.getWidth());
            fx(() -> stage[0].close());
        } finally {
            demo.close();
        }
    }
}
