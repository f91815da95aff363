package org.guidancedesk.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * One tooltip for all the cells of a table: put on the cell the mouse enters, with that cell's
 * text, and taken off the one it left. A tooltip per cell (a popup window's control, its
 * properties and style) was made for every cell drawn and again at each change of its text.
 */
public final class HoverTooltip {
    private final Tooltip tip = new Tooltip();
    private Node owner;
    private Supplier<String> ownerText;

    /** The cell shows {@code text} (none when null or empty) when hovered. */
    public void attach(Node cell, Supplier<String> text) {
        cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> moveTo(cell, text));
    }

    /** The hovered cell's text changed (its item, or the item's state): shown as it is now. */
    public void refresh(Node cell) {
        if (cell == owner) {
            moveTo(cell, ownerText);
        }
    }

    private void moveTo(Node cell, Supplier<String> text) {
        String shown = text.get();
        if (owner != null && owner != cell) {
            Tooltip.uninstall(owner, tip);
        }
        if (shown == null || shown.isEmpty()) {
            if (owner == cell) {
                Tooltip.uninstall(cell, tip);
            }
            owner = null;
            ownerText = null;
            return;
        }
        tip.setText(shown);
        if (owner != cell) {
            Tooltip.install(cell, tip);
        }
        owner = cell;
        ownerText = text;
    }
}
