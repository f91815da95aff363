package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.util.List;
import org.guidancedesk.domain.FindingItem;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WorkEntry;

/**
 * A finding filed as an item of the 整改台账 in one step: the unit it may go to, and the item
 * drafted as {@link FindingItem} does for every problem the group raises itself.
 */
final class FindingFiling {
    private FindingFiling() {}

    /** The units the item may go to: the entry's own, or every unit when it has none (本组). */
    static List<Unit> unitsFor(WorkEntry e, List<Unit> units) {
        if (e.forGroup()) {
            return units;
        }
        return units.stream().filter(u -> e.unitIds().contains(u.id())).toList();
    }

    /** The item as the ledger's quick add would start it (its serial and filing day come from the store). */
    static Rectification draft(String text, long unitId, List<String> categories, List<LocalDate> milestones,
                               LocalDate today) {
        return FindingItem.draft(text, unitId, categories, milestones, today);
    }
}
