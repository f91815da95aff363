package org.guidancedesk.ui.checklist;

/**
 * A cell column: one unit, or ({@code unitId == null}) the group itself for its work items.
 */
public record MatrixColumn(Long unitId, String title) {}
