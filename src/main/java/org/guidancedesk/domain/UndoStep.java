package org.guidancedesk.domain;

import java.time.Instant;

/**
 * A write that undo (or redo) would take back (or make again): when, the main kind of item
 * it touched (the table of its first change) and how it touched it, and how many rows.
 */
public record UndoStep(long setId, Instant at, String table, Change.Op op, int rows) {}
