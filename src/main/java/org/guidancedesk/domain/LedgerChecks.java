package org.guidancedesk.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    /** A character pair found in more problems than this says nothing about likeness; skipped. */
    private static final int COMMON_PAIR = 200;

    private LedgerChecks() {}

    /** @param dismissed keys {@code itemId + ":" + kind} the user has dismissed */
    public static List<LedgerWarning> check(List<Rectification> items, Set<String> dismissed) {
        List<LedgerWarning> found = new ArrayList<>();
        immediateTooLong(items, found);
        yearEndClusters(items, found);
        nearDuplicates(items, found);
        found.removeIf(w -> dismissed.contains(key(w.itemId(), w.kind())));
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

    private static void immediateTooLong(List<Rectification> items, List<LedgerWarning> found) {
        for (Rectification r : items) {
            if (r.node() == LedgerNode.IMMEDIATE && r.due() != null && !r.status().settled()) {
                long days = ChronoUnit.DAYS.between(r.createdOn(), r.due());
                if (days > IMMEDIATE_MAX_DAYS) {
                    found.add(new LedgerWarning(r.id(), LedgerWarning.Kind.IMMEDIATE_TOO_LONG, List.of(days)));
                }
            }
        }
    }

    private static void yearEndClusters(List<Rectification> items, List<LedgerWarning> found) {
        Map<String, List<Rectification>> byUnitAndYear = new HashMap<>();
        for (Rectification r : items) {
            LocalDate due = r.due();
            if (due != null && !r.status().settled() && r.node() != LedgerNode.LONG_TERM
                    && due.getMonthValue() == 12 && due.getDayOfMonth() >= 25) {
                byUnitAndYear.computeIfAbsent(r.unitId() + "/" + due.getYear(), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Rectification> cluster : byUnitAndYear.values()) {
            if (cluster.size() >= YEAR_END_CLUSTER) {
                for (Rectification r : cluster) {
                    found.add(new LedgerWarning(r.id(), LedgerWarning.Kind.YEAR_END_CLUSTER,
                            List.of(cluster.size(), r.due().getYear())));
                }
            }
        }
    }

    /**
     * Candidate pairs come from an index of character pairs, so a unit with thousands of items
     * is not compared pair by pair; pairs are ints and counts live in arrays, so twenty
     * thousand items take milliseconds, not seconds.
     */
    private static void nearDuplicates(List<Rectification> items, List<LedgerWarning> found) {
        Map<Long, List<Rectification>> byUnit = new HashMap<>();
        for (Rectification r : items) {
            if (!r.status().settled()) {
                byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Rectification> unitItems : byUnit.values()) {
            int n = unitItems.size();
            int[][] grams = new int[n][];
            Map<Integer, int[]> counts = new HashMap<>();
            for (int i = 0; i < n; i++) {
                grams[i] = pairs(unitItems.get(i).problem());
                for (int g : grams[i]) {
                    counts.computeIfAbsent(g, k -> new int[1])[0]++;
                }
            }
            Map<Integer, int[]> holders = new HashMap<>();
            Map<Integer, int[]> filled = new HashMap<>();
            for (int i = 0; i < n; i++) {
                for (int g : grams[i]) {
                    int total = counts.get(g)[0];
                    if (total > 1 && total <= COMMON_PAIR) {
                        int[] h = holders.computeIfAbsent(g, k -> new int[total]);
                        h[filled.computeIfAbsent(g, k -> new int[1])[0]++] = i;
                    }
                }
            }
            int[] shared = new int[n];
            int[] touched = new int[n];
            for (int i = 0; i < n; i++) {
                int reached = 0;
                for (int g : grams[i]) {
                    int[] h = holders.get(g);
                    if (h != null) {
                        for (int j : h) {
                            if (j != i && shared[j]++ == 0) {
                                touched[reached++] = j;
                            }
                        }
                    }
                }
                int best = -1;
                for (int t = 0; t < reached; t++) {
                    int j = touched[t];
                    if (similar(grams[i].length, grams[j].length, shared[j]) && (best < 0 || j < best)) {
                        best = j;
                    }
                    shared[j] = 0;
                }
                if (best >= 0) {
                    Rectification other = unitItems.get(best);
                    found.add(new LedgerWarning(unitItems.get(i).id(), LedgerWarning.Kind.NEAR_DUPLICATE,
                            List.of(other.ledger().name(), other.serial(), other.id())));
                }
            }
        }
    }

    private static boolean similar(int sizeA, int sizeB, int shared) {
        double all = sizeA + sizeB - shared;
        int shorter = Math.min(sizeA, sizeB);
        return shorter > 0 && shared / all >= SIMILAR_ALL && (double) shared / shorter >= SIMILAR_SHORTER;
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
}
