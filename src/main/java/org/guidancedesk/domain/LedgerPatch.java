package org.guidancedesk.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one ledger write changed, so a screen can apply it in place instead of reading the
 * whole ledger again.
 *
 * @param saved    the items as now stored (added or changed), each with its newest progress in {@code latest}
 * @param removed  the ids of items removed
 * @param latest   the newest progress note of each saved item that has one (absent: none)
 * @param units    the units whose checks were run again (those of every saved or removed item,
 *                 before and after a move); none when the write changed nothing the checks see,
 *                 and then every warning stays as it was
 * @param warnings every warning, not dismissed, of the items of those units
 */
public record LedgerPatch(List<Rectification> saved, Set<Long> removed, Map<Long, ProgressNote> latest,
                          Set<Long> units, List<LedgerWarning> warnings) {
    public LedgerPatch {
        saved = List.copyOf(saved);
        removed = Set.copyOf(removed);
        latest = Map.copyOf(latest);
        units = Set.copyOf(units);
        warnings = List.copyOf(warnings);
    }

    /** The one item a single-item write saved. */
    public Rectification item() {
        if (saved.size() != 1) {
            throw new IllegalStateException("the write saved " + saved.size() + " items");
        }
        return saved.get(0);
    }
}
