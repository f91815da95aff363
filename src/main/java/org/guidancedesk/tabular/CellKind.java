package org.guidancedesk.tabular;

/** What a cell held in the file; CSV cells are always {@link #TEXT} or {@link #EMPTY}. */
public enum CellKind {
    TEXT,
    NUMBER,
    /** The text is an ISO date (yyyy-MM-dd). */
    DATE,
    /** The text is TRUE or FALSE. */
    BOOLEAN,
    EMPTY
}
