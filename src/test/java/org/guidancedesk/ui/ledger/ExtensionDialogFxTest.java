package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
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

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(b -> b.getText().equals(text))
                .findFirst().orElseThrow();
    }

    @Test
    void anEmptyReasonIsRefusedInTheDialogAndAReasonExtends(FxRobot robot) throws Exception {
        DemoFixture demo = DemoFixture.open(dir);
        try {
            LedgerViewModel vm = new LedgerViewModel(demo.tasks(), demo.workspace());
            LedgerView view = new LedgerView(vm, demo.tasks().i18n());
            Stage[] stage = new Stage[1];
            fx(() -> {
                stage[0] = new Stage();
                stage[0].setScene(new Scene((javafx.scene.Parent) view.view(), 1280, 800));
                stage[0].show();
                vm.reload();
            });
            LedgerRow row = vm.list().rows().stream().filter(r -> !r.isHeading()
                    && r.item().problem().startsWith("调研检视发现：基层反映报表多")).findFirst().orElseThrow();
            fx(() -> vm.selection().select(List.of(row), row));
            Button extend = robot.lookup("#" + LedgerStyles.EXTEND_ID).queryAs(Button.class);
            Button sendBack = robot.lookup("#" + LedgerStyles.SEND_BACK_ID).queryAs(Button.class);
            assertFalse(extend.isDisabled());
            assertTrue(sendBack.isDisabled(), "an open item is not sent back");

            Platform.runLater(extend::fire);
            WaitForAsyncUtils.waitForFxEvents();
            fx(() -> button(robot, "确定").fire());
            Label error = robot.lookup("#" + SettingsIds.DIALOG_ERROR).queryAs(Label.class);
            assertEquals("延期原因：不能为空", error.getText());
            assertTrue(robot.lookup("#" + LedgerStyles.DECISION_REASON_ID).tryQuery().isPresent(), "still open");

            TextArea reason = robot.lookup("#" + LedgerStyles.DECISION_REASON_ID).queryAs(TextArea.class);
            fx(() -> reason.setText("需与年度考核衔接"));
            fx(() -> button(robot, "确定").fire());
            assertFalse(robot.lookup("#" + LedgerStyles.DECISION_REASON_ID).tryQuery().isPresent(), "closed once stored");
            Rectification stored = demo.workspace().ledger().items().stream().filter(r -> r.id() == row.item().id())
                    .findFirst().orElseThrow();
            assertTrue(stored.extended());
            assertEquals(row.item().due(), stored.originalDue());
            assertEquals(vm.texts().extension(stored),
                    robot.lookup("#" + LedgerStyles.DETAIL_EXTENSION_ID).queryAs(Label.class).getText());
            fx(() -> stage[0].close());
        } finally {
            demo.close();
        }
    }
}
