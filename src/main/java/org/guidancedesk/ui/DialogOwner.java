package org.guidancedesk.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Whose a dialog is: the window of the node it was opened from. An owned dialog stays above
 * that window, opens centred on it and closes with it; it gets the stylesheets of where it
 * came from, so it looks like the section; and Enter confirms it ({@link DialogKeys}).
 */
public final class DialogOwner {
    private DialogOwner() {}

    /** The window {@code node} is shown in, for a dialog or a file chooser; null when it is in none. */
    public static Window windowOf(Node node) {
        Scene scene = node == null ? null : node.getScene();
        return scene == null ? null : scene.getWindow();
    }

    /**
     * Makes {@code dialog} {@code owner}'s: Enter confirms it; it is given the stylesheets of
     * the owner's scene and of the owner itself (a section's own sheet) and is owned by the
     * owner's window. A null owner, or one in no scene yet, leaves it unowned. Returns the dialog.
     */
    public static <D extends Dialog<?>> D own(D dialog, Node owner) {
        DialogKeys.enterConfirms(dialog);
        Scene scene = owner == null ? null : owner.getScene();
        if (scene == null) {
            return dialog;
        }
        dialog.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        if (owner instanceof Parent p) {
            dialog.getDialogPane().getStylesheets().addAll(p.getStylesheets());
        }
        if (scene.getWindow() != null) {
            dialog.initOwner(scene.getWindow());
        }
        return dialog;
    }
}
