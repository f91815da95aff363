package org.guidancedesk.ui;

import javafx.scene.Node;

/** One section of the window (规定动作, 设置, …): a view that can refresh from the file. */
public interface Section {
    Node view();

    /** Re-reads what the section shows (called each time it is shown). */
    void reload();

    /** Saves an edit still waiting (a note being typed) before the section is left or closed. */
    default void flush() {
    }

    /**
     * Selects and shows {@code item} (a line of 总览 opened): called before {@link #reload()},
     * so the item is looked for in what that read brings.
     */
    default void reveal(org.guidancedesk.domain.AgendaItem.Ref item) {
    }
}
