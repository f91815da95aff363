package org.guidancedesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.guidancedesk.i18n.I18n;

/** Shows a failure the user must see, in their language, owned by the main window. */
final class ErrorDialogs implements UiTasks.ErrorReporter {
    private final Window owner;
    private final I18n i18n;

    ErrorDialogs(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void report(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, Messages.of(i18n, error), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(i18n.tr("error.title"));
        Alerts.wrapped(alert).show();
    }
}
