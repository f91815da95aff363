package org.guidancedesk.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The warnings seed 003 gives about rectification lists: long tasks filed as 立行立改, every
 * deadline at the end of December, and the same problem filed twice. Settled items are not
 * checked; dismissed warnings are left out.
 */
public final class LedgerChecks {
    /** A 立行立改 item may take this many days from filing before it is suspicious. */
    public static final int IMMEDIATE_MAX_DAYS = 30;
    /** This many open items of one unit due in the last week of one year make a cluster. */
    public static final int YEAR_END_CLUSTER = 5;
    /**
     * Two problems are near-duplicates when at least half of all their character pairs are
     * shared (Jaccard) and three quarters of the shorter one's are: a rewording, or one
     * problem with more words added, but not two problems that merely share a lead-in such
     * as "群众反映：老旧小区".
     */
    static final double SIMILAR_ALL = 0.5;
    static final double SIMILAR_SHORTER = 0.75;
    /** A character pair found in more of a unit's problems than this says nothing about likeness; skipped. */
    public static final int COMMON_PAIR = 200;

    private LedgerChecks() {}

    /** @param dismissed keys {@code itemId + ":" + kind} the user has dismissed */
    public static List<LedgerWarning> check(List<Rectification> items, Set<String> dismissed) {
        return notDismissed(byUnit(items).values(), dismissed);
    }

    /**
     * The checks of each unit: they look only within a unit, so a unit's items alone give its
     * warnings. Kept, a unit is checked again after a write without all its items compared anew.
     */
    public static Map<Long, CheckedUnit> byUnit(List<Rectification> items) {
        Map<Long, List<Rectification>> byUnit = new LinkedHashMap<>();
        for (Rectification r : items) {
            byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, CheckedUnit> units = new LinkedHashMap<>();
        byUnit.forEach((unit, list) -> units.put(unit, CheckedUnit.of(unit, list)));
        return units;
    }

    /** The units' warnings but those dismissed (keys as in {@link #check}). */
    public static List<LedgerWarning> notDismissed(Collection<CheckedUnit> units, Set<String> dismissed) {
        List<LedgerWarning> found = new ArrayList<>();
        for (CheckedUnit u : units) {
            for (LedgerWarning w : u.warnings()) {
                if (!dismissed.contains(key(w.itemId(), w.kind()))) {
                    found.add(w);
                }
            }
        }
        return found;
    }

    /**
     * Whether the checks see the two versions of an item alike: only its unit, ledger and serial
     * (named in another item's warning), problem, node, dates and whether it is settled count.
     * Saving a changed 整改措施 or 备注 need not run the unit's checks again.
     */
    public static boolean sameForChecks(Rectification a, Rectification b) {
        return a.unitId() == b.unitId() && a.ledger() == b.ledger() && a.serial() == b.serial()
                && a.problem().equals(b.problem()) && a.node() == b.node() && java.util.Objects.equals(a.due(), b.due())
                && a.createdOn().equals(b.createdOn()) && a.status().settled() == b.status().settled();
    }

    public static String key(long itemId, LedgerWarning.Kind kind) {
        return itemId + ":" + kind.name();
    }
}
