package org.guidancedesk.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Some items found by their problem's text, settled ones too: those written the same (blanks
 * and punctuation aside), and those a text is a near-duplicate of by the ledger's own measure
 * ({@link LedgerChecks}: character pairs, half of all shared and three quarters of the shorter
 * one's; a pair held by very many items says nothing and is skipped). Used to find which
 * existing item a row of a unit's new file is.
 */
public final class LikeProblems {
    private final List<Rectification> items;
    private final List<int[]> grams = new ArrayList<>();
    private final Map<String, List<Rectification>> byText = new HashMap<>();
    private final Map<Integer, List<Integer>> holders = new HashMap<>();

    public LikeProblems(List<Rectification> items) {
        this.items = List.copyOf(items);
        for (int i = 0; i < this.items.size(); i++) {
            Rectification r = this.items.get(i);
            byText.computeIfAbsent(key(r.problem()), k -> new ArrayList<>()).add(r);
            int[] pairs = CheckedUnit.pairs(r.problem());
            grams.add(pairs);
            for (int g : pairs) {
                holders.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The items whose problem reads the same as the text, blanks and punctuation aside. */
    public List<Rectification> same(String text) {
        String key = key(text);
        return key.isEmpty() ? List.of() : byText.getOrDefault(key, List.of());
    }

    /** The items whose problem the text is a near-duplicate of, in the order given. */
    public List<Rectification> alike(String text) {
        int[] pairs = CheckedUnit.pairs(text);
        Map<Integer, Integer> shared = new HashMap<>();
        for (int g : pairs) {
            List<Integer> h = holders.get(g);
            if (h != null && h.size() < LedgerChecks.COMMON_PAIR) {
                for (int i : h) {
                    shared.merge(i, 1, Integer::sum);
                }
            }
        }
        Set<Integer> found = new java.util.TreeSet<>();
        shared.forEach((i, n) -> {
            if (CheckedUnit.similar(pairs.length, grams.get(i).length, n)) {
                found.add(i);
            }
        });
        List<Rectification> alike = new ArrayList<>(found.size());
        found.forEach(i -> alike.add(items.get(i)));
        return alike;
    }

    private static String key(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
