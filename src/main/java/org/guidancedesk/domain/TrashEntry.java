package org.guidancedesk.domain;

import java.time.Instant;

/**
 * Something deleted that can be brought back: the write that deleted it, when, the kind of
 * item (its table), a label taken from the deleted row, and how many rows went with it.
 */
public record TrashEntry(long setId, Instant at, String table, String label, int rows) {}
