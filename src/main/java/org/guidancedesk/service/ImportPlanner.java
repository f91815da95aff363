package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.store.ProgressRepository;
import org.guidancedesk.store.RectificationRepository;
import org.guidancedesk.tabular.RawRow;

/**
 * Works out, in a read, what the rows of a file would do to the ledger (see {@link ImportPlan}):
 * each row matched to the item it is ({@link ImportMatcher}), laid over it ({@link ItemMerge}),
 * and what the user chose applied. Problems of matching or merging are the rows' problems.
 */
final class ImportPlanner {
    /** The plan, and the problems that stop it. */
    record Planned(ImportPlan plan, List<ImportProblem> problems) {}

    private final ImportDraft draft;
    private final Map<Integer, LedgerColumn> mapping;
    private final ImportChoices choices;

    ImportPlanner(ImportDraft draft, Map<Integer, LedgerColumn> mapping, ImportChoices choices) {
        this.draft = draft;
        this.mapping = mapping;
        this.choices = choices;
    }

    Planned plan(Connection c, List<ImportPreview.Row> rows) throws SQLException {
        if (choices.allAsNew()) {
            List<ImportPlan.Entry> entries = rows.stream().map(r -> added(r, null, null)).toList();
            return new Planned(new ImportPlan(true, entries, List.of()), List.of());
        }
        Set<Long> units = new HashSet<>();
        rows.forEach(r -> units.add(r.item().unitId()));
        List<Rectification> existing = new RectificationRepository().findByUnits(c, units);
        Map<Integer, RawRow> raws = new HashMap<>();
        draft.rows().forEach(r -> raws.put(r.number(), r));
        Set<Integer> asNew = new HashSet<>();
        rows.stream().map(ImportPreview.Row::number).filter(choices::takenAsNew).forEach(asNew::add);
        ImportCells cells = new ImportCells(mapping, draft.headers());
        ItemMerge merge = new ItemMerge(cells);
        ImportMatcher.Result matched = new ImportMatcher(existing, cells.has(LedgerColumn.LEDGER))
                .match(rows, codes(rows, raws, cells), asNew, cells);
        List<ImportProblem> problems = new ArrayList<>(matched.problems());
        Set<Integer> refused = new HashSet<>();
        problems.forEach(p -> refused.add(p.row()));
        // Only the file's units' notes: a unit's file over the large group's ledger need not read 50,000.
        Map<Long, List<ProgressNote>> notes = matched.matches().isEmpty() ? Map.of()
                : new ProgressRepository().byUnits(c, units);
        List<ImportPlan.Entry> entries = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        Set<String> covered = new HashSet<>();
        for (ImportPreview.Row row : rows) {
            ImportMatcher.Match m = matched.matches().get(row.number());
            covered.add(row.item().unitId() + "/" + row.item().ledger());
            if (m == null || asNew.contains(row.number())) {
                entries.add(added(row, m == null ? null : m.item(), m == null ? null : m.by()));
                continue;
            }
            covered.add(m.item().unitId() + "/" + m.item().ledger());
            listed.add(m.item().id());
            if (refused.contains(row.number())) {
                continue;
            }
            ItemMerge.Result r = merge.merge(raws.get(row.number()), row.item(), row.notes(), m.item(),
                    notes.getOrDefault(m.item().id(), List.of()));
            if (r.problem() != null) {
                problems.add(r.problem());
                continue;
            }
            boolean backward = rank(r.merged().status()) < rank(m.item().status());
            ImportPlan.Outcome outcome = r.changes().isEmpty() && r.newNotes().isEmpty() ? ImportPlan.Outcome.UNCHANGED
                    : choices.notUpdated().contains(row.number()) ? ImportPlan.Outcome.NOT_UPDATED
                    : backward && !choices.mayGoBack(row.number()) ? ImportPlan.Outcome.HELD
                    : ImportPlan.Outcome.UPDATE;
            entries.add(new ImportPlan.Entry(row.number(), outcome, r.merged(), m.item(), m.by(), r.changes(),
                    r.newNotes(), backward));
        }
        List<Rectification> notListed = existing.stream().filter(r -> !listed.contains(r.id())
                && covered.contains(r.unitId() + "/" + r.ledger())).toList();
        return new Planned(new ImportPlan(false, entries, notListed), problems);
    }

    private static ImportPlan.Entry added(ImportPreview.Row row, Rectification wouldMatch, ImportPlan.MatchedBy by) {
        return new ImportPlan.Entry(row.number(), ImportPlan.Outcome.ADD, row.item(), wouldMatch, by, List.of(),
                row.notes(), false);
    }

    /**
     * How far along a status is: a status behind the item's moves it back. 长期坚持 stands with
     * 整改中 (under way, not done); 已销号 is past 已完成.
     */
    static int rank(RectificationStatus s) {
        return switch (s) {
            case NOT_STARTED -> 0;
            case IN_PROGRESS, ONGOING -> 1;
            case COMPLETED -> 2;
            case CLOSED -> 3;
        };
    }

    /** The 编号 of each row that has one: in the 编号 column, else written as a code in the 序号 column. */
    private static Map<Integer, ItemCodes.Code> codes(List<ImportPreview.Row> rows, Map<Integer, RawRow> raws,
                                                      ImportCells cells) {
        List<Integer> columns = new ArrayList<>(cells.columns(LedgerColumn.CODE));
        columns.addAll(cells.columns(LedgerColumn.SERIAL));
        Map<Integer, ItemCodes.Code> codes = new HashMap<>();
        for (ImportPreview.Row row : rows) {
            RawRow raw = raws.get(row.number());
            for (int col : columns) {
                ItemCodes.Code code = ItemCodes.parse(raw.text(col));
                if (code != null) {
                    codes.put(row.number(), code);
                    break;
                }
            }
        }
        return codes;
    }
}
