package org.guidancedesk.service;

import java.util.Set;
import org.guidancedesk.domain.Ledger;

/**
 * Choices that complete a file's rows.
 *
 * @param unitId   the unit for rows when the file has no 单位 column (or leaves it blank), or {@code null}
 * @param ledger   the ledger for rows when the file has no 台账 column
 * @param skipped  row numbers the user left out of the import
 */
public record ImportOptions(Long unitId, Ledger ledger, Set<Integer> skipped) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, Ledger.RECTIFY, Set.of());

    public ImportOptions {
        ledger = ledger == null ? Ledger.RECTIFY : ledger;
        skipped = Set.copyOf(skipped);
    }
}
