package org.guidancedesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.Rectification;

/**
 * The items a filter lets through, with what a printed 台账 shows beside them, read in one
 * transaction: the group (for the title), unit names, and each item's progress notes as the
 * 进展情况 cell of a file holds them ("2026-11-18 已建立台账", one a line).
 *
 * @param items in ledger and serial order
 */
public record LedgerListing(Group group, LocalDate today, LedgerFilter filter, List<Rectification> items,
                            Map<Long, String> unitNames, Map<Long, String> progress) {
    public LedgerListing {
        items = List.copyOf(items);
        unitNames = Map.copyOf(unitNames);
        progress = Map.copyOf(progress);
    }

    public String unitName(Rectification r) {
        return unitNames.getOrDefault(r.unitId(), "");
    }

    public String progress(Rectification r) {
        return progress.getOrDefault(r.id(), "");
    }
}
