package org.guidancedesk.service;

import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.Change;
import org.guidancedesk.domain.TrashEntry;
import org.guidancedesk.domain.UndoStep;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.HistoryRepository;

/**
 * Undo and redo of this session's edits, the trash (回收站) and each item's change history
 * (留痕), all from the changes the file records for every write.
 */
public final class HistoryService {
    private final Database db;
    private final HistoryRepository history = new HistoryRepository();
    /** This opening of the file: only its own writes are undone, never another program's or session's. */
    private final String session;

    HistoryService(Database db) {
        this.db = db;
        this.session = db.session();
    }

    public Optional<UndoStep> undoable() {
        return db.read(c -> history.undoable(c, session));
    }

    public Optional<UndoStep> redoable() {
        return db.read(c -> history.redoable(c, session));
    }

    /** Takes back this session's latest edit; returns what it was, or empty when there is none. */
    public Optional<UndoStep> undo() {
        return db.replay(c -> {
            Optional<UndoStep> step = history.undoable(c, session);
            if (step.isPresent()) {
                history.undo(c, step.get().setId());
            }
            return step;
        });
    }

    /** Makes the edit undone last again; returns what it was, or empty when there is none. */
    public Optional<UndoStep> redo() {
        return db.replay(c -> {
            Optional<UndoStep> step = history.redoable(c, session);
            if (step.isPresent()) {
                history.redo(c, step.get().setId());
            }
            return step;
        });
    }

    /** What was deleted and can be brought back, newest first. */
    public List<TrashEntry> trash() {
        return db.read(history::trash);
    }

    /** Brings a deleted item back with everything that went with it; itself an edit (it can be undone). */
    public void restore(long setId) {
        db.write(c -> {
            history.restoreDeleted(c, setId);
            return null;
        });
    }

    /** Empties the trash: its items can no longer be brought back (their history stays). */
    public void emptyTrash() {
        db.write(c -> {
            history.empty(c, history.trash(c).stream().map(TrashEntry::setId).toList());
            return null;
        });
    }

    /** Every change of a ledger item and its progress notes, oldest first. */
    public List<Change> ofLedgerItem(long id) {
        return db.read(c -> history.changesOf(c, "rectification", id, "rectification_progress", "item_id"));
    }

    /** Every change of a reporting deadline and its submissions, oldest first. */
    public List<Change> ofDeadline(long id) {
        return db.read(c -> history.changesOf(c, "deadline", id, "submission", "deadline_id"));
    }

    /** Every change of a checklist cell (its record and who attended), oldest first. */
    public List<Change> ofCell(org.guidancedesk.domain.RecordKey key) {
        return db.read(c -> history.changesOfCell(c, key.actionId(), key.unitId()));
    }
}
