package org.guidancedesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A question or message dialog whose text wraps inside it. An {@link Alert}'s own content
 * text is as wide as its longest line, so a long question ran past the dialog's edge; here it
 * is a wrapping label in a dialog of a readable width, and the dialog grows in height instead.
 */
public final class Alerts {
    /** The widest a question's text runs before it wraps. */
    static final double TEXT_WIDTH = 460;

    private Alerts() {}

    /** Moves the alert's content text into a wrapping label; returns the alert. */
    public static <A extends Alert> A wrapped(A alert) {
        Label content = new Label(alert.getContentText());
        content.setId("alert-text");
        content.setWrapText(true);
        content.setMaxWidth(TEXT_WIDTH);
        content.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMaxWidth(TEXT_WIDTH + 120);
        // The first size is taken before the text is wrapped; once shown, fit the wrapped lines.
        alert.setOnShown(e -> alert.getDialogPane().getScene().getWindow().sizeToScene());
        return alert;
    }
}
