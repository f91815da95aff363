package org.guidancedesk.domain;

/**
 * Identifies one checklist cell: an action and the unit that carries it out, or no unit
 * ({@code unitId == null}) for a group work item.
 */
public record RecordKey(long actionId, Long unitId) {
    public static RecordKey ofGroupItem(long actionId) {
        return new RecordKey(actionId, null);
    }

    public boolean isGroupItem() {
        return unitId == null;
    }
}
