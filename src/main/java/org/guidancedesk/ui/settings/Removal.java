package org.guidancedesk.ui.settings;

/**
 * What a delete asks before removing something: a question naming what goes with it, or the
 * reason it cannot be removed yet.
 */
public record Removal(boolean allowed, String message) {

    static Removal confirm(String message) {
        return new Removal(true, message);
    }

    static Removal blocked(String message) {
        return new Removal(false, message);
    }
}
