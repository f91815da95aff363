package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.guidancedesk.domain.CheckedUnit;
import org.guidancedesk.domain.LedgerChecks;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.LedgerListsRepository;
import org.guidancedesk.store.ProgressRepository;
import org.guidancedesk.store.RectificationRepository;
import org.guidancedesk.store.SqlWork;

/**
 * Works out, inside a write's transaction, what the write changed: the items as stored, their
 * newest progress, and the checks of the units they belong to run again. The checks look only
 * within a unit, so one unit's items give exactly the warnings a full check gives them; the
 * units' checks are kept from the last whole read or write ({@link CheckedUnits}), so a save
 * compares again only what it can have changed.
 */
final class LedgerPatches {
    private final Database db;
    private final CheckedUnits checked = new CheckedUnits();
    private final RectificationRepository items = new RectificationRepository();
    private final ProgressRepository progress = new ProgressRepository();
    private final LedgerListsRepository lists = new LedgerListsRepository();

    LedgerPatches(Database db) {
        this.db = db;
    }

    /**
     * Runs a ledger write whose changes to items all go through this class's patches, so the
     * kept checks follow it; they count once the write has committed.
     */
    <T> T write(SqlWork<T> work) {
        long[] write = new long[1];
        T result = db.write(c -> {
            write[0] = checked.begin(db.version());
            return work.run(c);
        });
        checked.committed(write[0]);
        return result;
    }

    /** The warnings, but those dismissed, of every item read whole (in the read's transaction); their checks are kept. */
    List<LedgerWarning> checkAll(Connection c, List<Rectification> all) throws SQLException {
        Map<Long, CheckedUnit> units = LedgerChecks.byUnit(all);
        checked.keep(db.version(), units);
        return LedgerChecks.notDismissed(units.values(), lists.dismissed(c));
    }

    /** The saved items, with the units they are in and any others they left ({@code formerUnits}). */
    LedgerPatch of(Connection c, List<Rectification> saved, Collection<Long> formerUnits) throws SQLException {
        saved.forEach(checked::saved);
        Set<Long> units = new HashSet<>(formerUnits);
        saved.forEach(r -> units.add(r.unitId()));
        List<Long> ids = saved.stream().map(Rectification::id).toList();
        return new LedgerPatch(saved, Set.of(), progress.latest(c, ids), units, checks(c, units));
    }

    /** An item saved with nothing the checks look at changed: its unit's warnings stay as they are. */
    LedgerPatch unchecked(Connection c, Rectification saved) throws SQLException {
        checked.saved(saved);
        return new LedgerPatch(List.of(saved), Set.of(), progress.latest(c, List.of(saved.id())), Set.of(), List.of());
    }

    /** One item as stored now (its progress, its dismissed warnings changed; the item itself not). */
    LedgerPatch ofItem(Connection c, long id) throws SQLException {
        Optional<Rectification> item = items.find(c, id);
        return item.isPresent() ? of(c, List.of(item.get()), Set.of()) : none();
    }

    LedgerPatch removed(Connection c, Set<Long> ids, Set<Long> units) throws SQLException {
        ids.forEach(checked::removed);
        return new LedgerPatch(List.of(), ids, Map.of(), units, checks(c, units));
    }

    LedgerPatch none() {
        return new LedgerPatch(List.of(), Set.of(), Map.of(), Set.of(), List.of());
    }

    /** The units' warnings: from their kept checks, or (none kept) from their items read now. */
    private List<LedgerWarning> checks(Connection c, Set<Long> units) throws SQLException {
        if (units.isEmpty()) {
            return List.of();
        }
        List<CheckedUnit> found = new ArrayList<>();
        for (long id : new TreeSet<>(units)) {
            CheckedUnit u = checked.get(id);
            if (u == null) {
                u = CheckedUnit.of(id, items.findByUnits(c, Set.of(id)));
                checked.add(u);
            }
            found.add(u);
        }
        return LedgerChecks.notDismissed(found, lists.dismissed(c));
    }
}
