package org.guidancedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a file, in Chinese, starting on the 规定动作 section, for window tests. */
final class WindowFixture {
    private WindowFixture() {}

    static MainWindow open(Path dataFolder, Clock clock, Path file) throws Exception {
        return open(dataFolder, clock, file, new FxUiExecutor());
    }

    /** The window on the test's executor, so the test can wait for what it queued ({@code Settled}). */
    static MainWindow open(Path dataFolder, Clock clock, Path file, FxUiExecutor executor) throws Exception {
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            UiState state = UiState.load(dataFolder);
            state.setLastSection(SectionId.CHECKLIST.name());
            window[0] = new MainWindow(new Stage(), I18n.forLanguage("zh"), state, executor, clock, dataFolder);
            window[0].show();
            window[0].open(file);
        }).get(10, TimeUnit.SECONDS);
        return window[0];
    }

    static void close(MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(10, TimeUnit.SECONDS);
    }
}
