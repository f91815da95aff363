package org.guidancedesk.ui.ledger;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import org.guidancedesk.ui.DemoFixture;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The ledger section in a window of its own with the import wizard open on a file, for TestFX tests of the wizard. */
final class ImportWizardWindow {
    private final LedgerTestWindow window;
    final LedgerViewModel vm;

    private ImportWizardWindow(LedgerTestWindow window) {
        this.window = window;
        this.vm = window.vm;
    }

    static void fx(Runnable r) throws Exception {
        LedgerTestWindow.fx(r);
    }

    /** Shows the demo's ledger at 1280×800 and opens the wizard on the file (its first step, 列对应). */
    static ImportWizardWindow open(FxRobot robot, DemoFixture demo, Path file) throws Exception {
        LedgerTestWindow window = LedgerTestWindow.open(robot, demo);
        Platform.runLater(() -> ImportWizard.open(window.view.view(), demo.tasks().i18n(), window.vm, file));
        WaitForAsyncUtils.waitForFxEvents();
        return new ImportWizardWindow(window);
    }

    /** The dialog's button whose text starts so ("预览 ›", "导入（…"). */
    Button button(String prefix) {
        return window.button(prefix);
    }

    void close() throws Exception {
        window.close();
    }
}
