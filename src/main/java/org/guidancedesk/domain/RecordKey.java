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

    /**
     * Spread over the ints: a record's own hash (31 × action + unit) gives many cells of a large
     * catalogue the same value (action 1 of unit 32 is action 2 of unit 1), and the checklist's
     * map of 6,240 records then spent more time comparing keys than anything else it did.
     */
    @Override
    public int hashCode() {
        long h = actionId * 0x9E3779B97F4A7C15L + (unitId == null ? 0 : unitId);
        return Long.hashCode(h ^ (h >>> 29));
    }
}
