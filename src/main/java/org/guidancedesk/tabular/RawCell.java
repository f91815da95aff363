package org.guidancedesk.tabular;

import java.util.Objects;

/**
 * One cell as read: its text and what kind of value the file said it was. Numbers are plain
 * decimals (12, not 12.0), dates ISO (2026-11-24), booleans TRUE/FALSE. Never null.
 */
public record RawCell(String text, CellKind kind) {
    public static final RawCell EMPTY = new RawCell("", CellKind.EMPTY);

    public RawCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** A text cell, or {@link #EMPTY} for the empty string. */
    public static RawCell text(String text) {
        return text.isEmpty() ? EMPTY : new RawCell(text, CellKind.TEXT);
    }

    public boolean isEmpty() {
        return kind == CellKind.EMPTY;
    }
}
