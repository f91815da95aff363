package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the ledger screen shows, read in one transaction.
 *
 * @param latestProgress the newest progress note of each item that has one, by item id
 * @param warnings       the checks' warnings not dismissed
 * @param categories     each ledger's categories, in the user's order
 * @param milestones     the campaign's 三个节点 dates (quick choices for a due date), possibly fewer than three
 * @param savedFilters   name → {@link LedgerFilter#encode()} text
 */
public record LedgerSnapshot(LocalDate today, int warnDays, List<Unit> units, List<Rectification> items,
                             Map<Long, ProgressNote> latestProgress, List<LedgerWarning> warnings,
                             Map<Ledger, List<String>> categories, List<LocalDate> milestones,
                             Map<String, String> savedFilters) {
    public LedgerSnapshot {
        units = List.copyOf(units);
        items = List.copyOf(items);
        latestProgress = Map.copyOf(latestProgress);
        warnings = List.copyOf(warnings);
        categories = Map.copyOf(categories);
        milestones = List.copyOf(milestones);
        savedFilters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(savedFilters));
    }
}
