package org.guidancedesk.ui.checklist;

import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RequiredAction;

/**
 * A row of the matrix: a phase heading, an action, or the completion row at the foot. Rows
 * hold structure only; what a cell shows is read from the current checklist, so a tick
 * refreshes cells without rebuilding rows (and without losing the selection).
 */
public sealed interface MatrixRow {
    record PhaseRow(Phase phase) implements MatrixRow {}

    record ActionRow(RequiredAction action) implements MatrixRow {}

    record TotalRow() implements MatrixRow {}
}
