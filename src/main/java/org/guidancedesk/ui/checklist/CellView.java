package org.guidancedesk.ui.checklist;

import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.CellState;

/**
 * What one cell shows: its state (for the style), a symbol with a short date or word (so it
 * reads in black and white), and a sentence for screen readers.
 */
public record CellView(ActionRecord record, CellState state, boolean dueSoon, String text, String accessibleText) {

    /** The symbol of an open cell due within the warning days (the traffic light's yellow). */
    public static final String DUE_SOON_SYMBOL = "◐";

    /** The symbol of each state, never colour alone. */
    public static String symbol(CellState state) {
        return switch (state) {
            case DONE -> "✔";
            case SCHEDULED -> "◷";
            case NOT_SCHEDULED -> "○";
            case NOT_APPLICABLE -> "—";
            case OVERDUE -> "✘";
        };
    }
}
