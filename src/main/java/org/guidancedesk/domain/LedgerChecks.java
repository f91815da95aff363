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
    private static final int COMMON_PAIR = 300;

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
     * is not compared pair by pair.
     */
    private static void nearDuplicates(List<Rectification> items, List<LedgerWarning> found) {
        Map<Long, List<Rectification>> byUnit = new HashMap<>();
        for (Rectification r : items) {
            if (!r.status().settled()) {
                byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Rectification> unitItems : byUnit.values()) {
            List<Set<String>> pairs = new ArrayList<>(unitItems.size());
            Map<String, List<Integer>> index = new HashMap<>();
            for (int i = 0; i < unitItems.size(); i++) {
                Set<String> p = pairs(unitItems.get(i).problem());
                pairs.add(p);
                for (String pair : p) {
                    index.computeIfAbsent(pair, k -> new ArrayList<>()).add(i);
                }
            }
            for (int i = 0; i < unitItems.size(); i++) {
                Map<Integer, Integer> shared = new HashMap<>();
                for (String pair : pairs.get(i)) {
                    List<Integer> holders = index.get(pair);
                    if (holders.size() <= COMMON_PAIR) {
                        for (int j : holders) {
                            if (j != i) {
                                shared.merge(j, 1, Integer::sum);
                            }
                        }
                    }
                }
                Integer best = null;
                for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                    int j = e.getKey();
                    if (similar(pairs.get(i).size(), pairs.get(j).size(), e.getValue()) && (best == null || j < best)) {
                        best = j;
                    }
                }
                if (best != null) {
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

    /** Neighbouring character pairs of the text, punctuation and blanks removed. */
    static Set<String> pairs(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= kept.length(); i++) {
            pairs.add(kept.substring(i, i + 2));
        }
        return pairs;
    }
}
