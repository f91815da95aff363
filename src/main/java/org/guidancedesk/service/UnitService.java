package org.guidancedesk.service;

import org.guidancedesk.domain.RecordCount;

import java.util.List;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.RecordRepository;
import org.guidancedesk.store.RectificationRepository;
import org.guidancedesk.store.UnitRepository;

/** The assigned units: add, edit, reorder, remove. Unit names are unique. */
public final class UnitService {
    private final Database db;
    private final UnitRepository units = new UnitRepository();
    private final RecordRepository records = new RecordRepository();
    private final UnitKindRules kindRules;
    private final RectificationRepository rectifications = new RectificationRepository();
    private final org.guidancedesk.store.WorkLogRepository work = new org.guidancedesk.store.WorkLogRepository();

    UnitService(Database db, WritingLanguage language) {
        this.db = db;
        this.kindRules = new UnitKindRules(language);
    }

    public List<Unit> units() {
        return db.read(units::findAll);
    }

    /**
     * Adds a unit at the end, its cells of actions not for its kind 不适用 ({@link UnitKindRules});
     * a name already used is refused on the name field.
     */
    public Unit add(Unit unit) {
        return db.write(c -> {
            if (units.nameTaken(c, unit.name(), 0)) {
                throw new ValidationException("unit.name", "validation.duplicateUnit", unit.name());
            }
            Unit saved = units.insert(c, unit);
            kindRules.apply(c, saved, db.now());
            return saved;
        });
    }

    /** Saves the unit; a changed kind applies the catalogue's rules for it to the cells still empty. */
    public void update(Unit unit) {
        db.write(c -> {
            if (units.nameTaken(c, unit.name(), unit.id())) {
                throw new ValidationException("unit.name", "validation.duplicateUnit", unit.name());
            }
            units.update(c, unit);
            kindRules.apply(c, unit, db.now());
            return null;
        });
    }

    /** The checklist records and the ledger items that go with the unit when it is removed. */
    public RecordCount recordsOf(long unitId) {
        return db.read(c -> records.countForUnit(c, unitId).withLedgerItems(
                rectifications.findAll(c).stream().filter(r -> r.unitId() == unitId).count())
                .withWorkEntries(work.goingWithUnit(c, unitId).size()));
    }

    /**
     * Removes the unit and, with it, every checklist record and ledger item of the unit and the
     * work-log entries about it alone (one write: the trash brings them all back).
     */
    public void remove(long unitId) {
        db.write(c -> {
            work.delete(c, work.goingWithUnit(c, unitId));
            units.delete(c, unitId);
            return null;
        });
    }

    /** Stores a new display order, given every unit id in order. */
    public void reorder(List<Long> idsInOrder) {
        db.write(c -> {
            units.reorder(c, idsInOrder);
            return null;
        });
    }
}
