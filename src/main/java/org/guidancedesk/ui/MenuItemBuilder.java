package org.guidancedesk.ui;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * A menu item in one line: {@code MenuItemBuilder.item(text).id(ID).key("Shortcut+Z").does(this::undo)}.
 * The text's underscore marks its mnemonic, as in any menu, unless {@link #literal()} says it is a
 * name shown as it is (a file, a saved filter).
 */
public final class MenuItemBuilder {
    private final MenuItem item;

    private MenuItemBuilder(String text) {
        this.item = new MenuItem(text);
    }

    /** Starts an item showing {@code text}. */
    public static MenuItemBuilder item(String text) {
        return new MenuItemBuilder(text);
    }

    /** The node id tests and the stylesheet find it by. */
    public MenuItemBuilder id(String id) {
        item.setId(id);
        return this;
    }

    /** Its shortcut, written as {@link KeyCombination#keyCombination} reads it ("Shortcut+Shift+N", "F1"); null for none. */
    public MenuItemBuilder key(String combination) {
        item.setAccelerator(combination == null ? null : KeyCombination.keyCombination(combination));
        return this;
    }

    /** The text is a name, shown as it is: an underscore in it is no mnemonic. */
    public MenuItemBuilder literal() {
        item.setMnemonicParsing(false);
        return this;
    }

    /** Greyed out from the start (a read-only file); a menu that changes sets it again when it opens. */
    public MenuItemBuilder disabled(boolean disabled) {
        item.setDisable(disabled);
        return this;
    }

    /** The item, running {@code action} when chosen. */
    public MenuItem does(Runnable action) {
        item.setOnAction(e -> action.run());
        return item;
    }
}
