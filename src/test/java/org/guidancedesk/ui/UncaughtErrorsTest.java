package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.LogFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A failure nobody caught is logged with its stack trace, and the user is told where the log is. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aFailureNobodyCaughtIsLoggedAndTheUserToldWhereTheLogIs() throws Exception {
        Path log = LogFile.install(dir).orElseThrow();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        UncaughtErrors.install(I18n.forLanguage("zh"));
        try {
            Platform.runLater(() -> {
                throw new IllegalStateException("a bug in a click handler");
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                    .filter(w -> w instanceof Stage s && s.getScene() != null && s.getScene().getRoot() instanceof DialogPane)
                    .map(w -> ((DialogPane) w.getScene().getRoot()).getContentText())
                    .anyMatch(text -> text.contains("a bug in a click handler") && text.contains(log.toString())));
            String logged = Files.readString(log);
            assertTrue(logged.contains("IllegalStateException: a bug in a click handler") && logged.contains("JavaFX"),
                    logged);
            WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                    .forEach(w -> ((Stage) w).close())).get(5, TimeUnit.SECONDS);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}
