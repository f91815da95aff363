package org.guidancedesk.service;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.guidancedesk.domain.Rectification;

/**
 * The fields of an item an import compares with what a unit's file says, each by its column:
 * every column of the file but those that name the item (序号, 编号, 单位) and 进展情况 and
 * 延期说明 (lines of the item's history, added rather than compared). A new column of the ledger needs its line here and in {@link ItemMerge}.
 */
final class ItemFields {
    /** One compared field: its column and its value in an item. */
    record Field(LedgerColumn column, Function<Rectification, Object> value) {}

    static final List<Field> COMPARED = List.of(
            new Field(LedgerColumn.LEDGER, Rectification::ledger),
            new Field(LedgerColumn.CATEGORY, Rectification::category),
            new Field(LedgerColumn.PROBLEM, Rectification::problem),
            new Field(LedgerColumn.MEASURES, Rectification::measures),
            new Field(LedgerColumn.STANDARD, Rectification::standard),
            new Field(LedgerColumn.LEADER, Rectification::leader),
            new Field(LedgerColumn.OWNER, Rectification::owner),
            new Field(LedgerColumn.NODE, Rectification::node),
            new Field(LedgerColumn.DUE, Rectification::due),
            new Field(LedgerColumn.ORIGINAL_DUE, Rectification::originalDue),
            new Field(LedgerColumn.STATUS, Rectification::status),
            new Field(LedgerColumn.COMPLETED_ON, Rectification::completedOn),
            new Field(LedgerColumn.VERIFIED_ON, Rectification::verifiedOn),
            new Field(LedgerColumn.VERIFIED_BY, Rectification::verifiedBy),
            new Field(LedgerColumn.EVIDENCE, Rectification::evidence),
            new Field(LedgerColumn.REMARKS, Rectification::remarks),
            new Field(LedgerColumn.CREATED_ON, Rectification::createdOn));

    /** Columns that are no field to compare: they name the item, or (进展情况) add notes. */
    static final Set<LedgerColumn> NOT_COMPARED = Set.of(LedgerColumn.SERIAL, LedgerColumn.CODE, LedgerColumn.UNIT,
            LedgerColumn.PROGRESS, LedgerColumn.EXTENSION);

    private ItemFields() {}

    /** The fields whose values differ, old → new, in {@link #COMPARED}'s order. */
    static List<ImportPlan.FieldChange> changes(Rectification stored, Rectification merged) {
        return COMPARED.stream().filter(f -> !java.util.Objects.equals(f.value().apply(stored), f.value().apply(merged)))
                .map(f -> new ImportPlan.FieldChange(f.column(), f.value().apply(stored), f.value().apply(merged)))
                .toList();
    }
}
