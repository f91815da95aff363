package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.settings.SettingsIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** 延期… from the toolbar: an empty reason is refused in the dialog, which stays open; a reason extends the item. */
@ExtendWith(ApplicationExtension.class)
class ExtensionDialogFxTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyReasonIsRefusedInTheDialogAndAReasonExtends(FxRobot robot) throws Exception {
        DemoFixture demo = DemoFixture.open(dir);
        try {
            LedgerTestWindow window = LedgerTestWindow.open(robot, demo);
            LedgerViewModel vm = window.vm;
            LedgerRow row = vm.list().rows().stream().filter(r -> !r.isHeading()
                    && r.item().problem().startsWith("调研检视发现：基层反映报表多")).findFirst().orElseThrow();
            LedgerTestWindow.fx(() -> vm.selection().select(List.of(row), row));
            Button extend = robot.lookup("#" + LedgerStyles.EXTEND_ID).queryAs(Button.class);
            Button sendBack = robot.lookup("#" + LedgerStyles.SEND_BACK_ID).queryAs(Button.class);
            assertFalse(extend.isDisabled());
            assertTrue(sendBack.isDisabled(), "an open item is not sent back");

            Platform.runLater(extend::fire);
            WaitForAsyncUtils.waitForFxEvents();
            LedgerTestWindow.fx(() -> window.button("确定").fire());
            Label error = robot.lookup("#" + SettingsIds.DIALOG_ERROR).queryAs(Label.class);
            assertEquals("延期原因：不能为空", error.getText());
            assertTrue(robot.lookup("#" + LedgerStyles.DECISION_REASON_ID).tryQuery().isPresent(), "still open");

            TextArea reason = robot.lookup("#" + LedgerStyles.DECISION_REASON_ID).queryAs(TextArea.class);
            LedgerTestWindow.fx(() -> reason.setText("需与年度考核衔接"));
            LedgerTestWindow.fx(() -> window.button("确定").fire());
            assertFalse(robot.lookup("#" + LedgerStyles.DECISION_REASON_ID).tryQuery().isPresent(), "closed once stored");
            Rectification stored = demo.workspace().ledger().items().stream().filter(r -> r.id() == row.item().id())
                    .findFirst().orElseThrow();
            assertTrue(stored.extended());
            assertEquals(row.item().due(), stored.originalDue());
            assertEquals(vm.texts().extension(stored),
                    robot.lookup("#" + LedgerStyles.DETAIL_EXTENSION_ID).queryAs(Label.class).getText());
            window.close();
        } finally {
            demo.close();
        }
    }
}
