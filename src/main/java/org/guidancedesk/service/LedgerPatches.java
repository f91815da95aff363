package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidancedesk.domain.LedgerChecks;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.store.LedgerListsRepository;
import org.guidancedesk.store.ProgressRepository;
import org.guidancedesk.store.RectificationRepository;

/**
 * Works out, inside a write's transaction, what the write changed: the items as stored, their
 * newest progress, and the checks of the units they belong to run again. The checks look only
 * within a unit, so one unit's items give exactly the warnings a full check gives them.
 */
final class LedgerPatches {
    private final RectificationRepository items = new RectificationRepository();
    private final ProgressRepository progress = new ProgressRepository();
    private final LedgerListsRepository lists = new LedgerListsRepository();

    /** The saved items, with the units they are in and any others they left ({@code formerUnits}). */
    LedgerPatch of(Connection c, List<Rectification> saved, Collection<Long> formerUnits) throws SQLException {
        Set<Long> units = new HashSet<>(formerUnits);
        saved.forEach(r -> units.add(r.unitId()));
        List<Long> ids = saved.stream().map(Rectification::id).toList();
        return new LedgerPatch(saved, Set.of(), progress.latest(c, ids), units, checks(c, units));
    }

    /** An item saved with nothing the checks look at changed: its unit's warnings stay as they are. */
    LedgerPatch unchecked(Connection c, Rectification saved) throws SQLException {
        return new LedgerPatch(List.of(saved), Set.of(), progress.latest(c, List.of(saved.id())), Set.of(), List.of());
    }

    /** One item as stored now (its progress, its dismissed warnings changed). */
    LedgerPatch ofItem(Connection c, long id) throws SQLException {
        java.util.Optional<Rectification> item = items.find(c, id);
        return item.isPresent() ? of(c, List.of(item.get()), Set.of()) : none();
    }

    LedgerPatch removed(Connection c, Set<Long> ids, Set<Long> units) throws SQLException {
        return new LedgerPatch(List.of(), ids, Map.of(), units, checks(c, units));
    }

    LedgerPatch none() {
        return new LedgerPatch(List.of(), Set.of(), Map.of(), Set.of(), List.of());
    }

    private List<org.guidancedesk.domain.LedgerWarning> checks(Connection c, Set<Long> units) throws SQLException {
        return units.isEmpty() ? List.of() : LedgerChecks.check(items.findByUnits(c, units), lists.dismissed(c));
    }
}
