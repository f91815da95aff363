package org.guidancedesk.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LikeProblems;
import org.guidancedesk.domain.Rectification;

/**
 * Finds the existing item each row of a unit's file is: by the 编号 our export wrote (an item of
 * the row's unit), else by the problem's text among the unit's other items — the same text
 * first, else a near-duplicate by the ledger's own measure. A row alike two items, and two rows
 * on one item (by code or by text), are problems naming the rows; rows taken as new are matched
 * only to show which item they would have been, and take nothing from the others.
 */
final class ImportMatcher {
    /** The item a row is, and how it was found. */
    record Match(Rectification item, ImportPlan.MatchedBy by) {}

    record Result(Map<Integer, Match> matches, List<ImportProblem> problems) {}

    private final Map<String, Rectification> byCode = new HashMap<>();
    private final Map<String, LikeProblems> byScope = new HashMap<>();
    private final Map<String, List<Rectification>> scopes = new HashMap<>();
    private final boolean byLedger;

    /**
     * @param existing the items of the file's units
     * @param byLedger whether the file says each row's ledger (a 台账 column): then a row's text is
     *                 compared with its ledger's items only, else with both ledgers' of its unit
     */
    ImportMatcher(List<Rectification> existing, boolean byLedger) {
        this.byLedger = byLedger;
        for (Rectification r : existing) {
            byCode.put(code(r.ledger(), r.serial()), r);
            scopes.computeIfAbsent(scope(r.unitId(), r.ledger()), k -> new ArrayList<>()).add(r);
        }
    }

    Result match(List<ImportPreview.Row> rows, Map<Integer, ItemCodes.Code> codes, Set<Integer> asNew, ImportCells cells) {
        Map<Integer, Match> matches = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportPreview.Row row : rows) {
            ItemCodes.Code code = codes.get(row.number());
            Rectification item = code == null ? null : byCode.get(code(code.ledger(), code.serial()));
            if (item != null && item.unitId() == row.item().unitId()) {
                matches.put(row.number(), new Match(item, ImportPlan.MatchedBy.CODE));
            }
        }
        for (ImportPreview.Row row : rows) {
            if (matches.containsKey(row.number())) {
                continue;
            }
            LikeProblems like = like(row.item());
            String text = row.item().problem();
            List<Rectification> same = like.same(text);
            List<Rectification> found = same.isEmpty() ? like.alike(text) : same;
            if (found.size() == 1) {
                matches.put(row.number(), new Match(found.get(0), same.isEmpty() ? ImportPlan.MatchedBy.ALIKE_TEXT
                        : ImportPlan.MatchedBy.SAME_TEXT));
            } else if (found.size() > 1 && !asNew.contains(row.number())) {
                problems.add(cells.problem(row.number(), LedgerColumn.PROBLEM, "ledgerio.problem.matchesSeveral",
                        codes(found)));
            }
        }
        Map<Long, Integer> first = new HashMap<>();
        for (Map.Entry<Integer, Match> e : matches.entrySet()) {
            if (asNew.contains(e.getKey())) {
                continue;
            }
            Integer other = first.putIfAbsent(e.getValue().item().id(), e.getKey());
            if (other != null) {
                Rectification item = e.getValue().item();
                problems.add(cells.problem(e.getKey(), e.getValue().by() == ImportPlan.MatchedBy.CODE ? LedgerColumn.CODE
                        : LedgerColumn.PROBLEM, "ledgerio.problem.sameItem", other, code(item.ledger(), item.serial())));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new Result(matches, problems);
    }

    /** The items a row's text is compared with: its unit's, of its ledger when the file says the ledger. */
    private LikeProblems like(Rectification row) {
        String key = byLedger ? scope(row.unitId(), row.ledger()) : Long.toString(row.unitId());
        return byScope.computeIfAbsent(key, k -> {
            List<Rectification> items = new ArrayList<>();
            for (Ledger l : Ledger.values()) {
                if (!byLedger || l == row.ledger()) {
                    items.addAll(scopes.getOrDefault(scope(row.unitId(), l), List.of()));
                }
            }
            return new LikeProblems(items);
        });
    }

    private static String scope(long unitId, Ledger ledger) {
        return unitId + "/" + ledger.name();
    }

    private static String code(Ledger ledger, int serial) {
        return LedgerWords.code(ledger, serial);
    }

    /** "整改-014 整改-015" as the file's 编号 column writes them (the first five, then "…"). */
    private static String codes(List<Rectification> items) {
        List<String> shown = items.stream().limit(5).map(r -> code(r.ledger(), r.serial())).toList();
        return String.join(" ", shown) + (items.size() > 5 ? " …" : "");
    }
}
