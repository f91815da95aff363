package org.guidancedesk.ui.ledger;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.guidancedesk.ui.DemoFixture;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The demo's ledger section in a window of its own at 1280×800, for TestFX tests of its dialogs. */
final class LedgerTestWindow {
    private final FxRobot robot;
    private final Stage stage;
    final LedgerViewModel vm;
    final LedgerView view;

    private LedgerTestWindow(FxRobot robot, Stage stage, LedgerViewModel vm, LedgerView view) {
        this.robot = robot;
        this.stage = stage;
        this.vm = vm;
        this.view = view;
    }

    static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static LedgerTestWindow open(FxRobot robot, DemoFixture demo) throws Exception {
        LedgerViewModel vm = new LedgerViewModel(demo.tasks(), demo.workspace());
        LedgerView view = new LedgerView(vm, demo.tasks().i18n());
        Stage[] stage = new Stage[1];
        fx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene((javafx.scene.Parent) view.view(), 1280, 800));
            stage[0].show();
            vm.reload();
        });
        return new LedgerTestWindow(robot, stage[0], vm, view);
    }

    /** The open dialog's button whose text starts so ("预览 ›", "确定"). */
    Button button(String prefix) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix));
    }

    void close() throws Exception {
        fx(stage::close);
    }
}
