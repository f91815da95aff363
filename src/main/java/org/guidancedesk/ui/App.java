package org.guidancedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;

/**
 * Starts the window. The file is opened (and checked) on a background thread while the
 * JavaFX toolkit starts, since each takes a noticeable part of start-up.
 */
public final class App {
    private App() {}

    /**
     * Starts the toolkit and shows the window on {@code db}; returns at once, the window keeps
     * the program alive until it is closed.
     *
     * @param language "zh", "en", or {@code null} for the one remembered (default Chinese)
     */
    public static void launch(Path db, Path dataFolder, String language) {
        Clock clock = Clock.systemDefaultZone();
        ExecutorService opener = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "open");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<OpenedFile> opening = CompletableFuture.supplyAsync(() -> OpenedFile.open(db, clock, org.guidancedesk.platform.DataFolder.backups(dataFolder)), opener);
        opener.shutdown();
        UiState state = UiState.load(dataFolder);
        I18n i18n = I18n.forLanguage(language != null ? language : state.language().orElse("zh"));
        // JavaFX's own texts (OK, Cancel in dialogs, date pickers) follow the default locale:
        // make it the window's language, not the machine's (often C or en_US).
        java.util.Locale.setDefault(i18n.locale());
        UncaughtErrors.install(i18n);
        Platform.startup(() -> {
            StartupProbe.mark("toolkit ready");
            MainWindow window = new MainWindow(new Stage(), i18n, state, new FxUiExecutor(), clock, dataFolder);
            window.open(db, opening);
            window.show();
            StartupProbe.mark("window shown");
        });
    }
}
