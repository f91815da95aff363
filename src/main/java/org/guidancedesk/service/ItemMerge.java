package org.guidancedesk.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.tabular.RawRow;

/**
 * A row of a unit's new file laid over the existing item it matched: what the row says replaces
 * what the item holds, field by field; a column the file lacks, or a cell left blank, keeps the
 * item's value (a blank never clears). A status brings its dates along as the ledger's rules
 * want them. The result is checked by the item's own rules; a refusal names the row's cell.
 */
final class ItemMerge {
    private final ImportCells cells;

    ItemMerge(ImportCells cells) {
        this.cells = cells;
    }

    /** The item as the row would leave it, with what changed; or the problem that stops it. */
    record Result(Rectification merged, List<ImportPlan.FieldChange> changes, List<ProgressNote> newNotes,
                  ImportProblem problem) {}

    /**
     * @param read  the row read as an item on its own (the reader's defaults where it says nothing)
     * @param notes the row's progress notes; {@code storedNotes} those the item has
     */
    Result merge(RawRow raw, Rectification read, List<ProgressNote> notes, Rectification stored,
                 List<ProgressNote> storedNotes) {
        boolean statusSaid = said(raw, LedgerColumn.STATUS) || said(raw, LedgerColumn.COMPLETED_ON)
                || said(raw, LedgerColumn.VERIFIED_ON);
        RectificationStatus status = statusSaid ? read.status() : stored.status();
        LedgerNode node = said(raw, LedgerColumn.NODE) || dueNamesNode(raw) ? read.node()
                : status == RectificationStatus.ONGOING ? LedgerNode.LONG_TERM : stored.node();
        Rectification.Builder b = stored.toBuilder().rawStatus(status).node(node)
                .completedOn(status.completed() ? pick(raw, LedgerColumn.COMPLETED_ON, read.completedOn(),
                        stored.completedOn()) : null)
                .verifiedOn(status == RectificationStatus.CLOSED ? pick(raw, LedgerColumn.VERIFIED_ON, read.verifiedOn(),
                        stored.verifiedOn()) : null)
                .verifiedBy(pick(raw, LedgerColumn.VERIFIED_BY, read.verifiedBy(), stored.verifiedBy()))
                .ledger(pick(raw, LedgerColumn.LEDGER, read.ledger(), stored.ledger()))
                .category(pick(raw, LedgerColumn.CATEGORY, read.category(), stored.category()))
                .problem(pick(raw, LedgerColumn.PROBLEM, read.problem(), stored.problem()))
                .measures(pick(raw, LedgerColumn.MEASURES, read.measures(), stored.measures()))
                .standard(pick(raw, LedgerColumn.STANDARD, read.standard(), stored.standard()))
                .leader(pick(raw, LedgerColumn.LEADER, read.leader(), stored.leader()))
                .owner(pick(raw, LedgerColumn.OWNER, read.owner(), stored.owner()))
                .due(pick(raw, LedgerColumn.DUE, read.due(), stored.due()))
                // The first date as the row says it (原定完成时限, "（原定…，已延期）", 延期说明), else the item's.
                .originalDue(read.originalDue() != null ? read.originalDue() : stored.originalDue())
                .evidence(pick(raw, LedgerColumn.EVIDENCE, read.evidence(), stored.evidence()))
                .remarks(pick(raw, LedgerColumn.REMARKS, read.remarks(), stored.remarks()))
                .createdOn(pick(raw, LedgerColumn.CREATED_ON, read.createdOn(), stored.createdOn()));
        Rectification merged;
        try {
            merged = b.build();
        } catch (ValidationException e) {
            return new Result(null, List.of(), List.of(), cells.problem(raw.number(),
                    LedgerRowReader.fieldColumn(e.field()), e.messageKey(), e.args()));
        }
        Set<String> known = new HashSet<>();
        storedNotes.forEach(n -> known.add(n.text().strip()));
        List<ProgressNote> added = notes.stream().filter(n -> known.add(n.text().strip())).toList();
        return new Result(merged, ItemFields.changes(stored, merged), added, null);
    }

    /** The row's value where it says one, else the item's. */
    private <T> T pick(RawRow raw, LedgerColumn field, T fromRow, T stored) {
        return said(raw, field) ? fromRow : stored;
    }

    private boolean said(RawRow raw, LedgerColumn field) {
        return cells.said(raw, field);
    }

    /** "立行立改（2026年11月30日前）": the 整改时限 cell names a node as well as a date. */
    private boolean dueNamesNode(RawRow raw) {
        List<Integer> due = cells.columns(LedgerColumn.DUE);
        if (due.isEmpty() || raw.text(due.get(0)).isBlank()) {
            return false;
        }
        try {
            return LedgerCells.due(raw.cell(due.get(0))).node() != null;
        } catch (LedgerCells.Refusal r) {
            return false; // the reader has refused the row already
        }
    }
}
