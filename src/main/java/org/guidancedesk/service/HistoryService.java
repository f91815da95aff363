package org.guidancedesk.service;

import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.Change;
import org.guidancedesk.domain.TrashEntry;
import org.guidancedesk.domain.UndoStep;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.HistoryRepository;
import org.guidancedesk.store.RelatedRows;

/**
 * Undo and redo of this session's edits, the trash (回收站) and each item's change history
 * (留痕), all from the changes the file records for every write.
 */
public final class HistoryService {
    private final Database db;
    private final HistoryRepository history = new HistoryRepository();
    private final RelatedRows related = new RelatedRows();
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

    /**
     * Empties the trash: its items can no longer be brought back (their history stays, but for
     * the work log's, whose internal texts leave the file: see {@code HistoryRepository.empty}).
     */
    public void emptyTrash() {
        db.write(c -> {
            history.empty(c, history.trash(c).stream().map(TrashEntry::setId).toList());
            return null;
        });
        db.checkpoint();
    }

    /** Every change of a ledger item and its progress notes, oldest first. */
    public List<Change> ofLedgerItem(long id) {
        return db.read(c -> told(c, history.changesOf(c, "rectification", id, "rectification_progress", "item_id")));
    }

    /** Every change of a reporting deadline and its submissions, oldest first. */
    public List<Change> ofDeadline(long id) {
        return db.read(c -> told(c, history.changesOf(c, "deadline", id, "submission", "deadline_id")));
    }

    /** Every change of a checklist cell (its record and who attended), oldest first. */
    public List<Change> ofCell(org.guidancedesk.domain.RecordKey key) {
        return db.read(c -> told(c, history.changesOfCell(c, key.actionId(), key.unitId())));
    }

    /** The changes of one write (an undo step), as {@link #ofLedgerItem} gives them: for naming the step. */
    public List<Change> ofStep(long setId) {
        return db.read(c -> told(c, related.ofSet(c, setId)));
    }

    private List<Change> told(java.sql.Connection c, List<Change> changes) throws java.sql.SQLException {
        return related.withRelated(c, netted(changes));
    }

    /**
     * Leaves out a row deleted and put back unchanged in the same write (a record's attendees
     * are replaced whole on every save): nothing happened to it that a user would call a change.
     */
    static List<Change> netted(List<Change> changes) {
        java.util.Set<Integer> dropped = new java.util.HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            Change d = changes.get(i);
            if (d.op() != Change.Op.DELETE || dropped.contains(i)) {
                continue;
            }
            for (int j = i + 1; j < changes.size(); j++) {
                Change a = changes.get(j);
                if (a.op() == Change.Op.INSERT && a.setId() == d.setId() && a.table().equals(d.table())
                        && a.key().equals(d.key()) && a.after().equals(d.before()) && !dropped.contains(j)) {
                    dropped.add(i);
                    dropped.add(j);
                    break;
                }
            }
        }
        List<Change> kept = new java.util.ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(changes.get(i));
            }
        }
        return kept;
    }
}
