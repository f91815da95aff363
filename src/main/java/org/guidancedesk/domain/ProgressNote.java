package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated line of a ledger item's progress history (进展情况), kept as history, newest last: a
 * note, or a decision of the group ({@link LedgerDecision}: 延期, 退回) whose text is the reason.
 *
 * @param decision {@code null} for a plain note
 */
public record ProgressNote(long id, long itemId, LocalDate on, String text, LedgerDecision decision) {
    /** What a line of the history is. */
    public enum Kind { NOTE, EXTENSION, SENDBACK }

    public ProgressNote {
        Objects.requireNonNull(on, "on");
        text = Text.requiredText("progress.text", text, Text.MAX_NOTE);
    }

    /** A plain note. */
    public ProgressNote(long id, long itemId, LocalDate on, String text) {
        this(id, itemId, on, text, null);
    }

    /** The same line, of another item (a line read from a file, given the item it was saved as). */
    public ProgressNote ofItem(long item) {
        return new ProgressNote(id, item, on, text, decision);
    }

    public Kind kind() {
        if (decision instanceof LedgerDecision.Extension) {
            return Kind.EXTENSION;
        }
        return decision instanceof LedgerDecision.SendBack ? Kind.SENDBACK : Kind.NOTE;
    }

    /** The 延期 this line records, or {@code null}. */
    public LedgerDecision.Extension extension() {
        return decision instanceof LedgerDecision.Extension e ? e : null;
    }

    /** The 退回 this line records, or {@code null}. */
    public LedgerDecision.SendBack sendBack() {
        return decision instanceof LedgerDecision.SendBack s ? s : null;
    }
}
