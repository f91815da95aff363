package org.guidancedesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;

/**
 * The items a filter lets through, with what a printed 台账 shows beside them, read in one
 * transaction: the group (for the title), unit names, and each item's progress history (notes,
 * 延期, 退回), oldest first.
 *
 * @param items in ledger and serial order
 */
public record LedgerListing(Group group, LocalDate today, LedgerFilter filter, List<Rectification> items,
                            Map<Long, String> unitNames, Map<Long, List<ProgressNote>> progress) {
    public LedgerListing {
        items = List.copyOf(items);
        unitNames = Map.copyOf(unitNames);
        progress = Map.copyOf(progress);
    }

    public String unitName(Rectification r) {
        return unitNames.getOrDefault(r.unitId(), "");
    }

    public List<ProgressNote> progress(Rectification r) {
        return progress.getOrDefault(r.id(), List.of());
    }
}
