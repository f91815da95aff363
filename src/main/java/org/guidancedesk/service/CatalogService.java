package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RecordCount;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.store.ActionRepository;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.PhaseRepository;
import org.guidancedesk.store.RecordRepository;

/**
 * The action catalogue: required actions for every unit and the group's own work items, and
 * the phases (for the group's items: areas) they are listed under.
 */
public final class CatalogService {
    private final Database db;
    private final ActionRepository actions = new ActionRepository();
    private final PhaseRepository phases = new PhaseRepository();
    private final RecordRepository records = new RecordRepository();

    CatalogService(Database db) {
        this.db = db;
    }

    /** The members a group work item can be given to, in order. */
    public List<org.guidancedesk.domain.Member> members() {
        return db.read(new org.guidancedesk.store.MemberRepository()::findAll);
    }

    /** Every action, ordered by phase and display order. */
    public List<RequiredAction> actions() {
        return db.read(actions::findAll);
    }

    public RequiredAction add(RequiredAction action) {
        return db.write(c -> {
            checkPhase(c, action);
            return actions.insert(c, action);
        });
    }

    /** Saves title, phase, must-attend flag and due window (the scope never changes). */
    public void update(RequiredAction action) {
        db.write(c -> {
            checkPhase(c, action);
            actions.update(c, action);
            return null;
        });
    }

    /** The action's phase must still be there (another window may have removed it). */
    private void checkPhase(Connection c, RequiredAction action) throws SQLException {
        if (phases.findAll(c).stream().noneMatch(p -> p.id() == action.phase().id())) {
            throw new ValidationException("action.phase", "validation.phaseGone", action.phase().name());
        }
    }

    /** The checklist records that go with the action when it is removed. */
    public RecordCount recordsOf(long actionId) {
        return db.read(c -> records.countForAction(c, actionId));
    }

    public void remove(long actionId) {
        db.write(c -> {
            actions.delete(c, actionId);
            return null;
        });
    }

    public void reorder(List<Long> idsInOrder) {
        db.write(c -> {
            actions.reorder(c, idsInOrder);
            return null;
        });
    }

    // --- phases ------------------------------------------------------------------------------

    /** Every phase, the units' first, each scope in its order. */
    public List<Phase> phases() {
        return db.read(phases::findAll);
    }

    /** Adds a phase after the others of its scope; its name must be new in the scope. */
    public Phase addPhase(Phase phase) {
        return db.write(c -> {
            checkName(c, phase);
            return phases.insert(c, phase);
        });
    }

    /** Renames a phase; the actions listed under it follow (they refer to it by id). */
    public void renamePhase(Phase phase) {
        db.write(c -> {
            checkName(c, phase);
            phases.update(c, phase);
            return null;
        });
    }

    private void checkName(Connection c, Phase phase) throws SQLException {
        if (phases.nameTaken(c, phase)) {
            throw new ValidationException("phase.name", "validation.phaseNameTaken", phase.name());
        }
    }

    /** How many actions (or work items) are listed under the phase: it can be removed only at 0. */
    public long actionsIn(long phaseId) {
        return db.read(c -> phases.actionsIn(c, phaseId));
    }

    /**
     * Removes a phase no action is listed under; one in use is refused with the count, so the
     * user moves or removes its actions first (nothing of the checklist goes with a phase).
     */
    public void removePhase(long phaseId) {
        db.write(c -> {
            long used = phases.actionsIn(c, phaseId);
            if (used > 0) {
                String name = phases.findAll(c).stream().filter(p -> p.id() == phaseId).map(Phase::name)
                        .findFirst().orElse("");
                throw new ValidationException("phase.name", "validation.phaseInUse", name, used);
            }
            phases.delete(c, phaseId);
            return null;
        });
    }

    /** Stores the order of the phases of one scope. */
    public void reorderPhases(List<Long> idsInOrder) {
        db.write(c -> {
            phases.reorder(c, idsInOrder);
            return null;
        });
    }
}
