package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.TextWidths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The import preview in English: statuses and nodes whole ("Completed", not "Comple…"), rows listed "3, 4" (issue 11, defect 10). */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewEnglishFxTest {
    @TempDir
    Path dir;

    private static void fx(Runnable r) throws Exception {
        ImportWizardWindow.fx(r);
    }

    @Test
    void wordsInTheRowsTableAreWholeAndRowNumbersUseEnglishCommas(FxRobot robot) throws Exception {
        DemoFixture demo = DemoFixture.open(dir, "en");
        try {
            Path file = dir.resolve("南山县委整改台账.csv");
            Files.writeString(file, String.join("\r\n",
                    "序号,问题描述,整改措施,节点,整改时限,状态",
                    "1,村级活动场所利用率不高,制定使用管理办法,长期坚持,,已完成",
                    "2,便民窗口设置不合理,调整窗口布局,限期整改,下个月吧,未启动",
                    "3,办事指南更新不及时,定期更新,限期整改,明年,整改中") + "\r\n", StandardCharsets.UTF_8);
            ImportWizardWindow window = ImportWizardWindow.open(robot, demo, file);
            fx(window.button("Preview ›")::fire);

            Button skip = robot.lookup("#" + ImportWizard.SKIP_ID).queryAs(Button.class);
            assertEquals("Leave out the rows with problems (row 3, 4)", skip.getText());
            TableView<?> rows = robot.lookup("#" + ImportWizard.ROWS_ID).queryAs(TableView.class);
            for (TableColumn<?, ?> c : rows.getColumns()) {
                assertTrue(c.getWidth() >= TextWidths.of(c.getText(), true) + 10, c.getText() + ": " + c.getWidth());
            }
            TableColumn<?, ?> status = rows.getColumns().stream().filter(c -> c.getText().equals("Status"))
                    .findFirst().orElseThrow();
            assertTrue(status.getWidth() >= TextWidths.of("Not started", false) + 10, "status: " + status.getWidth());
            window.close();
        } finally {
            demo.close();
        }
    }
}
