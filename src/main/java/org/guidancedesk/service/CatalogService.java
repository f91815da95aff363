package org.guidancedesk.service;

import org.guidancedesk.domain.RecordCount;

import java.util.List;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.store.ActionRepository;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.RecordRepository;

/** The action catalogue: required actions for every unit and the group's own work items. */
public final class CatalogService {
    private final Database db;
    private final ActionRepository actions = new ActionRepository();
    private final RecordRepository records = new RecordRepository();

    CatalogService(Database db) {
        this.db = db;
    }

    /** Every action, ordered by phase and display order. */
    public List<RequiredAction> actions() {
        return db.read(actions::findAll);
    }

    public RequiredAction add(RequiredAction action) {
        return db.write(c -> actions.insert(c, action));
    }

    /** Saves title, phase, must-attend flag and due window (the scope never changes). */
    public void update(RequiredAction action) {
        db.write(c -> {
            actions.update(c, action);
            return null;
        });
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
}
