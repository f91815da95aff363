package org.guidancedesk.domain;

/**
 * How many checklist records hang on a unit, an action or a member, and how many are done; for
 * a unit also how many items of the rectification ledgers (整改台账) and how many entries of the
 * work log (工作记录, those about that unit alone) go with it.
 */
public record RecordCount(long total, long done, long ledgerItems, long workEntries) {

    /** Checklist records only (an action, a member: no ledger item hangs on them). */
    public RecordCount(long total, long done) {
        this(total, done, 0, 0);
    }

    public RecordCount withLedgerItems(long count) {
        return new RecordCount(total, done, count, workEntries);
    }

    public RecordCount withWorkEntries(long count) {
        return new RecordCount(total, done, ledgerItems, count);
    }
}
