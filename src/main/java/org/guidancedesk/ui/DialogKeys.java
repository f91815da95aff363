package org.guidancedesk.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter confirms a dialog wherever the keyboard is: a focused check box, toggle or choice
 * would otherwise take Enter for itself (a tick flipped, the dialog left open). Space still
 * toggles them; buttons and text areas keep their own Enter.
 */
public final class DialogKeys {
    private DialogKeys() {}

    public static void enterConfirms(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getProperties().putIfAbsent(DialogKeys.class, Boolean.TRUE) != null) {
            return; // installed already
        }
        pane.addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isAltDown() || e.isShortcutDown() || !takesEnterForItself(focusOwner(pane))) {
                return;
            }
            Button ok = defaultButton(pane);
            if (ok == null) {
                return;
            }
            e.consume(); // the press and its release: neither reaches the box
            if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                ok.fire();
            }
        });
    }

    private static Node focusOwner(DialogPane pane) {
        Scene scene = pane.getScene();
        return scene == null ? null : scene.getFocusOwner();
    }

    private static boolean takesEnterForItself(Node n) {
        return (n instanceof ButtonBase && !(n instanceof Button)) || (n instanceof ChoiceBox<?> c && !c.isShowing());
    }

    private static Button defaultButton(DialogPane pane) {
        for (ButtonType t : pane.getButtonTypes()) {
            if (pane.lookupButton(t) instanceof Button b && b.isDefaultButton() && !b.isDisabled()) {
                return b;
            }
        }
        return null;
    }
}
