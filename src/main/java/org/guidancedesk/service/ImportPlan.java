package org.guidancedesk.service;

import java.util.List;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;

/**
 * What an import would write, row by row, before anything is written: the rows added as new
 * items, the existing items a row changes (field by field, old → new), those it leaves as they
 * are, and the existing items of the file's units the file no longer lists (left alone).
 *
 * @param allAsNew  every row is added, none compared with the ledger
 * @param entries   one per row read, in the file's order
 * @param notListed items of the units (and ledgers) the file covers that no row matched
 */
public record ImportPlan(boolean allAsNew, List<Entry> entries, List<Rectification> notListed) {
    /** What happens to a row. */
    public enum Outcome {
        /** Added as a new item. */
        ADD,
        /** The item it matched is changed. */
        UPDATE,
        /** The item it matched already reads so. */
        UNCHANGED,
        /** It changes the item, but the user left the change out (不更新). */
        NOT_UPDATED,
        /** It would move the item's status back, which the user has not agreed to. */
        HELD
    }

    /** How a row found its item. */
    public enum MatchedBy {
        /** The 编号 the export wrote (整改-007). */
        CODE,
        /** The same problem text, blanks and punctuation aside. */
        SAME_TEXT,
        /** A near-duplicate problem text, by the ledger's own measure. */
        ALIKE_TEXT
    }

    /** One field's value before and after; values are texts, dates, statuses, nodes or ledgers ({@code null}: none). */
    public record FieldChange(LedgerColumn field, Object from, Object to) {}

    /**
     * One row. {@code item} is what would be written: the new item, or the matched one with what
     * the row says laid over it. {@code existing} is the item it matched ({@code null}: none; for
     * a row taken as new, the item it would have matched).
     *
     * @param newNotes progress notes of the row the item does not have yet
     * @param backward the row's status is behind the item's (已销号 → 整改中)
     */
    public record Entry(int row, Outcome outcome, Rectification item, Rectification existing, MatchedBy by,
                        List<FieldChange> changes, List<ProgressNote> newNotes, boolean backward) {
        public Entry {
            changes = List.copyOf(changes);
            newNotes = List.copyOf(newNotes);
        }

        /** Whether the row changes its item (applied or not). */
        public boolean changing() {
            return existing != null && outcome != Outcome.ADD && (!changes.isEmpty() || !newNotes.isEmpty());
        }
    }

    public ImportPlan {
        entries = List.copyOf(entries);
        notListed = List.copyOf(notListed);
    }

    public int count(Outcome outcome) {
        return (int) entries.stream().filter(e -> e.outcome() == outcome).count();
    }

    /** Rows that change an item but are not applied: left out by the user, or a status moved back not agreed to. */
    public int leftOut() {
        return count(Outcome.NOT_UPDATED) + count(Outcome.HELD);
    }

    /** How many items the import writes (added and updated). */
    public int writes() {
        return count(Outcome.ADD) + count(Outcome.UPDATE);
    }

    public List<Entry> held() {
        return entries.stream().filter(e -> e.outcome() == Outcome.HELD).toList();
    }

    public List<Entry> with(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).toList();
    }
}
