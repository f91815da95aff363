package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A dated progress note (进展情况) on a ledger item; notes are kept as history, newest last. */
public record ProgressNote(long id, long itemId, LocalDate on, String text) {
    public ProgressNote {
        Objects.requireNonNull(on, "on");
        text = Text.requiredText("progress.text", text, Text.MAX_NOTE);
    }
}
