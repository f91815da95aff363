package org.guidancedesk.ui.settings;

import java.util.function.Consumer;

/**
 * What a settings table needs from its view model to delete a row: the question first (read
 * from the file), then the removal. Why: {@link TableTab} runs the delete flow once for
 * every tab.
 */
interface RemovableRows<T> {
    /** The question to ask (or the reason it cannot be removed), read from the file. */
    void removal(T row, Consumer<Removal> then);

    /** Removes the row once the question was answered with 删除. */
    void remove(T row, Runnable onRemoved);
}
