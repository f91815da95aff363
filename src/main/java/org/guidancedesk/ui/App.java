package org.guidancedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;

/**
 * Starts the window. The file is opened (and checked), and the data of the section it opens on
 * read, on a background thread while the JavaFX toolkit starts, since each takes a noticeable
 * part of start-up.
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
        launch(db, dataFolder, language, CompletableFuture.completedFuture(null));
    }

    /**
     * As {@link #launch(Path, Path, String)}, the file opened once {@code ready} (the log and
     * SQLite's native library, prepared beside the toolkit's start) has finished.
     */
    public static void launch(Path db, Path dataFolder, String language, CompletableFuture<?> ready) {
        Clock clock = Clock.systemDefaultZone();
        // A daemon thread of its own, started when the file can be opened (after `ready`).
        java.util.concurrent.Executor opener = work -> {
            Thread t = new Thread(work, "open");
            t.setDaemon(true);
            t.start();
        };
        UiState state = UiState.load(dataFolder);
        // The section to open on is known before the file is: its data is read with the file.
        SectionId first = SectionId.atStart(state, java.time.LocalDate.now(clock));
        I18n i18n = I18n.forLanguage(language != null ? language : state.language().orElse("zh"));
        CompletableFuture<OpenedFile> opening = ready.thenApplyAsync(
                r -> OpenedFile.open(db, clock, org.guidancedesk.platform.DataFolder.backups(dataFolder), first, i18n), opener);
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
