package org.guidancedesk.domain;

/**
 * What a checklist cell shows: the stored status, with "overdue" derived from the dates
 * and today. Never stored.
 */
public enum CellState {
    NOT_SCHEDULED, SCHEDULED, DONE, NOT_APPLICABLE, OVERDUE
}
