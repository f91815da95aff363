package org.guidancedesk.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One unit's open items as {@link LedgerChecks} sees them, with the near-duplicate index kept,
 * so that after one item changes only the items it can affect are compared again: itself, those
 * alike it before or after, and the holders of a character pair that became or stopped being
 * common. The warnings are always those a check from scratch gives. Not thread-safe.
 */
public final class CheckedUnit {
    /**
     * Which of two alike items a warning names: the first as the store lists them (ledger
     * name descending, then serial), the id settling ties only between made-up items.
     */
    private static final Comparator<Rectification> FIRST = Comparator
            .comparing((Rectification r) -> r.ledger().name(), Comparator.reverseOrder())
            .thenComparingInt(Rectification::serial).thenComparingLong(Rectification::id);

    private final long unitId;
    private final Map<Long, Integer> slotOf = new HashMap<>();
    /** Who holds each character pair, by slot; pairs of no item are dropped. */
    private final Map<Integer, Holders> holders = new HashMap<>();
    private Rectification[] items = new Rectification[0];
    private int[][] grams = new int[0][];
    /** The slot of the item each one's warning names, or -1. */
    private int[] alike = new int[0];
    private int used;
    private final ArrayList<Integer> free = new ArrayList<>();
    /** Scratch for counting shared pairs, by slot: zero between uses. */
    private int[] shared = new int[0];
    private int[] touched = new int[0];

    private CheckedUnit(long unitId) {
        this.unitId = unitId;
    }

    /** The unit's checks from scratch; items of other units and settled ones are left out. */
    public static CheckedUnit of(long unitId, List<Rectification> items) {
        CheckedUnit u = new CheckedUnit(unitId);
        for (Rectification r : items) {
            if (u.belongs(r) && !u.slotOf.containsKey(r.id())) {
                u.index(r, u.newSlot(), null);
            }
        }
        for (int s = 0; s < u.used; s++) {
            if (u.items[s] != null) {
                u.alike[s] = u.firstAlike(s);
            }
        }
        return u;
    }

    public long unitId() {
        return unitId;
    }

    /** The item as now stored: added, changed, or dropped if it is settled or in another unit now. */
    public void put(Rectification r) {
        Integer s = slotOf.get(r.id());
        if (!belongs(r)) {
            remove(r.id());
            return;
        }
        if (s != null && sameForLikeness(items[s], r)) {
            items[s] = r;
            return;
        }
        Set<Integer> again = new HashSet<>();
        int slot;
        if (s != null) {
            unindex(s, again);
            slot = s;
        } else {
            slot = newSlot();
        }
        index(r, slot, again);
        reach(slot, again);
        again.add(slot);
        compareAgain(again);
    }

    /** The item is gone (removed, or known to be elsewhere now). */
    public void remove(long id) {
        Integer s = slotOf.get(id);
        if (s == null) {
            return;
        }
        Set<Integer> again = new HashSet<>();
        unindex(s, again);
        free.add(s);
        compareAgain(again);
    }

    /** Every warning of the unit's items, none left out for being dismissed. */
    public List<LedgerWarning> warnings() {
        List<LedgerWarning> found = new ArrayList<>();
        Map<Integer, List<Rectification>> yearEnd = new HashMap<>();
        for (int s = 0; s < used; s++) {
            Rectification r = items[s];
            if (r == null) {
                continue;
            }
            LocalDate due = r.due();
            if (r.node() == LedgerNode.IMMEDIATE && due != null) {
                long days = ChronoUnit.DAYS.between(r.createdOn(), due);
                if (days > LedgerChecks.IMMEDIATE_MAX_DAYS) {
                    found.add(new LedgerWarning(r.id(), LedgerWarning.Kind.IMMEDIATE_TOO_LONG, List.of(days)));
                }
            }
            if (due != null && r.node() != LedgerNode.LONG_TERM && due.getMonthValue() == 12 && due.getDayOfMonth() >= 25) {
                yearEnd.computeIfAbsent(due.getYear(), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Rectification> cluster : yearEnd.values()) {
            if (cluster.size() >= LedgerChecks.YEAR_END_CLUSTER) {
                for (Rectification r : cluster) {
                    found.add(new LedgerWarning(r.id(), LedgerWarning.Kind.YEAR_END_CLUSTER,
                            List.of(cluster.size(), r.due().getYear())));
                }
            }
        }
        for (int s = 0; s < used; s++) {
            if (items[s] != null && alike[s] >= 0) {
                Rectification other = items[alike[s]];
                found.add(new LedgerWarning(items[s].id(), LedgerWarning.Kind.NEAR_DUPLICATE,
                        List.of(other.ledger().name(), other.serial(), other.id())));
            }
        }
        return found;
    }

    private boolean belongs(Rectification r) {
        return r.unitId() == unitId && !r.status().settled();
    }

    /** The near-duplicate check looks only at the problem's text and at which item comes first. */
    private static boolean sameForLikeness(Rectification a, Rectification b) {
        return a.problem().equals(b.problem()) && FIRST.compare(a, b) == 0;
    }

    private int newSlot() {
        if (!free.isEmpty()) {
            return free.remove(free.size() - 1);
        }
        if (used == items.length) {
            int n = Math.max(16, used * 2);
            items = Arrays.copyOf(items, n);
            grams = Arrays.copyOf(grams, n);
            alike = Arrays.copyOf(alike, n);
            shared = new int[n];
            touched = new int[n];
        }
        return used++;
    }

    /** Enters the item's pairs; in {@code again} (if any) the holders of every pair whose telling changed. */
    private void index(Rectification r, int slot, Set<Integer> again) {
        items[slot] = r;
        grams[slot] = pairs(r.problem());
        alike[slot] = -1;
        slotOf.put(r.id(), slot);
        for (int g : grams[slot]) {
            Holders h = holders.computeIfAbsent(g, k -> new Holders());
            boolean before = h.telling();
            h.add(slot);
            if (again != null && h.telling() != before) {
                h.addTo(again);
            }
        }
    }

    /**
     * Takes the item's pairs out, putting in {@code again} the items alike it and the holders of
     * every pair whose telling changed; its slot is left empty.
     */
    private void unindex(int slot, Set<Integer> again) {
        reach(slot, again);
        for (int g : grams[slot]) {
            Holders h = holders.get(g);
            boolean before = h.telling();
            h.remove(slot);
            if (h.telling() != before) {
                h.addTo(again);
            }
            if (h.size == 0) {
                holders.remove(g);
            }
        }
        slotOf.remove(items[slot].id());
        items[slot] = null;
        grams[slot] = null;
        alike[slot] = -1;
    }

    /** Puts in {@code again} the items alike the one in the slot. */
    private void reach(int slot, Set<Integer> again) {
        int n = count(slot);
        for (int t = 0; t < n; t++) {
            int j = touched[t];
            if (similar(grams[slot].length, grams[j].length, shared[j])) {
                again.add(j);
            }
            shared[j] = 0;
        }
    }

    private void compareAgain(Set<Integer> again) {
        for (int s : again) {
            if (items[s] != null) {
                alike[s] = firstAlike(s);
            }
        }
    }

    /** The first item alike the one in the slot, or -1. */
    private int firstAlike(int slot) {
        int n = count(slot);
        int best = -1;
        for (int t = 0; t < n; t++) {
            int j = touched[t];
            if (similar(grams[slot].length, grams[j].length, shared[j])
                    && (best < 0 || FIRST.compare(items[j], items[best]) < 0)) {
                best = j;
            }
            shared[j] = 0;
        }
        return best;
    }

    /** Counts into {@code shared} the telling pairs each other item shares with the slot's; returns how many are in {@code touched}. */
    private int count(int slot) {
        int reached = 0;
        for (int g : grams[slot]) {
            Holders h = holders.get(g);
            if (h != null && h.telling()) {
                for (int k = 0; k < h.size; k++) {
                    int j = h.slots[k];
                    if (j != slot && shared[j]++ == 0) {
                        touched[reached++] = j;
                    }
                }
            }
        }
        return reached;
    }

    /** The ledger's near-duplicate measure on two texts' pair counts (see {@link LedgerChecks#SIMILAR_ALL}). */
    static boolean similar(int sizeA, int sizeB, int shared) {
        double all = sizeA + sizeB - shared;
        int shorter = Math.min(sizeA, sizeB);
        return shorter > 0 && shared / all >= LedgerChecks.SIMILAR_ALL
                && (double) shared / shorter >= LedgerChecks.SIMILAR_SHORTER;
    }

    /** The distinct neighbouring character pairs of the text, punctuation and blanks removed, as ints. */
    static int[] pairs(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        Set<Integer> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= kept.length(); i++) {
            pairs.add(kept.charAt(i) << 16 | kept.charAt(i + 1));
        }
        int[] result = new int[pairs.size()];
        int k = 0;
        for (int p : pairs) {
            result[k++] = p;
        }
        return result;
    }

    /** The slots holding one character pair, in no order. */
    private static final class Holders {
        int[] slots = new int[2];
        int size;

        /** A pair held by one item links nothing; one held by very many says nothing about likeness. */
        boolean telling() {
            return size > 1 && size <= LedgerChecks.COMMON_PAIR;
        }

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
        }

        void remove(int slot) {
            for (int k = 0; k < size; k++) {
                if (slots[k] == slot) {
                    slots[k] = slots[--size];
                    return;
                }
            }
        }

        void addTo(Set<Integer> again) {
            for (int k = 0; k < size; k++) {
                again.add(slots[k]);
            }
        }
    }
}
