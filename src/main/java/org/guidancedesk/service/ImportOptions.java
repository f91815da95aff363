package org.guidancedesk.service;

import java.util.Set;
import org.guidancedesk.domain.Ledger;

/**
 * Choices that complete a file's rows.
 *
 * @param unitId   the unit for rows when the file has no 单位 column (or leaves it blank), or {@code null}
 * @param ledger   the ledger for rows when the file has no 台账 column
 * @param skipped  row numbers the user left out of the import
 * @param included rows that look like no item (合计, 注：…) the user takes in all the same
 */
public record ImportOptions(Long unitId, Ledger ledger, Set<Integer> skipped, Set<Integer> included) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, Ledger.RECTIFY, Set.of());

    public ImportOptions {
        ledger = ledger == null ? Ledger.RECTIFY : ledger;
        skipped = Set.copyOf(skipped);
        included = Set.copyOf(included);
    }

    public ImportOptions(Long unitId, Ledger ledger, Set<Integer> skipped) {
        this(unitId, ledger, skipped, Set.of());
    }
}
