package org.guidancedesk.ui.ledger;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.guidancedesk.ui.DemoFixture;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The ledger section in a window of its own with the import wizard open on a file, for TestFX tests of the wizard. */
final class ImportWizardWindow {
    private final FxRobot robot;
    private final Stage stage;
    final LedgerViewModel vm;

    private ImportWizardWindow(FxRobot robot, Stage stage, LedgerViewModel vm) {
        this.robot = robot;
        this.stage = stage;
        this.vm = vm;
    }

    static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the demo's ledger at 1280×800 and opens the wizard on the file (its first step, 列对应). */
    static ImportWizardWindow open(FxRobot robot, DemoFixture demo, Path file) throws Exception {
        LedgerViewModel vm = new LedgerViewModel(demo.tasks(), demo.workspace());
        LedgerView view = new LedgerView(vm, demo.tasks().i18n());
        Stage[] stage = new Stage[1];
        fx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene((javafx.scene.Parent) view.view(), 1280, 800));
            stage[0].show();
            vm.reload();
        });
        Platform.runLater(() -> ImportWizard.open(view.view(), demo.tasks().i18n(), vm, file));
        WaitForAsyncUtils.waitForFxEvents();
        return new ImportWizardWindow(robot, stage[0], vm);
    }

    /** The dialog's button whose text starts so ("预览 ›", "导入（…"). */
    Button button(String prefix) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix));
    }

    void close() throws Exception {
        fx(stage::close);
    }
}
