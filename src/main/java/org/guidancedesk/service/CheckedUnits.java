package org.guidancedesk.service;

import java.util.HashMap;
import java.util.Map;
import org.guidancedesk.domain.CheckedUnit;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.store.Database;

/**
 * The units' checks kept between ledger writes, so a save checks its unit again without reading
 * and comparing all the unit's items. Trusted only while the file is at the version they were
 * read at or last changed at: a write by anything else, here or elsewhere, drops them all, and
 * a ledger write's changes count only once it has committed. Used inside the file's
 * transactions, which {@link Database} runs one at a time.
 */
final class CheckedUnits {
    private final Map<Long, CheckedUnit> units = new HashMap<>();
    /** The file's version the units are as of; null while a write has changed them and not committed. */
    private Database.Version version;
    /** The version the write under way makes once committed, and which write that is. */
    private Database.Version pending;
    private long writes;

    /** After a whole read at {@code at}: every unit's checks, kept in place of any before. */
    synchronized void keep(Database.Version at, Map<Long, CheckedUnit> all) {
        units.clear();
        units.putAll(all);
        version = at;
        writes++;
    }

    /**
     * At the start of a ledger write, the file being at {@code now}: the kept units stay only if
     * nothing else has written since. Returns the write's number, for {@link #committed}.
     */
    synchronized long begin(Database.Version now) {
        if (!now.equals(version)) {
            units.clear();
        }
        version = null;
        pending = now.next();
        return ++writes;
    }

    /** The write's commit: the units are as the file is, unless another write or read has begun since. */
    synchronized void committed(long write) {
        if (write == writes) {
            version = pending;
        }
    }

    /** In a write: the item as it has just been stored. */
    synchronized void saved(Rectification r) {
        version = null;
        units.values().forEach(u -> u.put(r));
    }

    /** In a write: the item has just been removed. */
    synchronized void removed(long id) {
        version = null;
        units.values().forEach(u -> u.remove(id));
    }

    /** The unit's kept checks, or null (then read it in the write and {@link #add} it). */
    synchronized CheckedUnit get(long unitId) {
        return units.get(unitId);
    }

    synchronized void add(CheckedUnit unit) {
        units.put(unit.unitId(), unit);
    }
}
