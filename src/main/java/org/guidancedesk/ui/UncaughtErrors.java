package org.guidancedesk.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.guidancedesk.i18n.I18n;

/**
 * What happens to a failure nobody caught (a bug): its stack trace goes to the log, and the
 * user is told in a short message where the log is, instead of nothing at all.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

    private final I18n i18n;

    private UncaughtErrors(I18n i18n) {
        this.i18n = i18n;
    }

    /** Makes this the handler of every thread, the JavaFX thread included. */
    static void install(I18n i18n) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(i18n));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "uncaught on thread " + thread.getName(), error);
        try {
            Platform.runLater(() -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, Messages.of(i18n, error), ButtonType.OK);
                alert.setTitle(i18n.tr("app.name"));
                alert.setHeaderText(i18n.tr("error.title"));
                alert.show();
            });
        } catch (IllegalStateException toolkitGone) {
            // The window is closing or never started: the log has it.
        }
    }
}
