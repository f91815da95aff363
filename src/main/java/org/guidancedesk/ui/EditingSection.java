package org.guidancedesk.ui;

import javafx.scene.Node;

/**
 * A section whose view may hold an edit still being typed: it is saved before every read and
 * before the section is left, and after a read the keyboard goes back to the section's table.
 */
public abstract class EditingSection implements Section {
    /** What such a section's view offers the window. */
    public interface EditingView {
        Node view();

        /** Saves the edit still waiting, if any. */
        void flush();

        /** Gives the keyboard to the section's list (none: nothing to do). */
        default void focusTable() {
        }
    }

    private final EditingView view;

    protected EditingSection(EditingView view) {
        this.view = view;
    }

    /** Re-reads the section's data (the edit waiting is saved first). */
    protected abstract void read();

    @Override
    public final Node view() {
        return view.view();
    }

    @Override
    public final void reload() {
        view.flush();
        read();
        view.focusTable();
    }

    @Override
    public final void flush() {
        view.flush();
    }
}
