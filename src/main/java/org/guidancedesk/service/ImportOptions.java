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
 * @param choices  what to do with rows that match existing items (update them, by default)
 */
public record ImportOptions(Long unitId, Ledger ledger, Set<Integer> skipped, Set<Integer> included,
                            ImportChoices choices) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, Ledger.RECTIFY, Set.of());

    public ImportOptions {
        ledger = ledger == null ? Ledger.RECTIFY : ledger;
        skipped = Set.copyOf(skipped);
        included = Set.copyOf(included);
        choices = choices == null ? ImportChoices.UPDATE : choices;
    }

    public ImportOptions(Long unitId, Ledger ledger, Set<Integer> skipped, Set<Integer> included) {
        this(unitId, ledger, skipped, included, ImportChoices.UPDATE);
    }

    public ImportOptions(Long unitId, Ledger ledger, Set<Integer> skipped) {
        this(unitId, ledger, skipped, Set.of());
    }

    public ImportOptions with(ImportChoices changed) {
        return new ImportOptions(unitId, ledger, skipped, included, changed);
    }
}
