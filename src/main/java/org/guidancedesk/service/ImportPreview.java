package org.guidancedesk.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerImport;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;

/**
 * What an import would do: the items read from the chosen rows, every problem found, what they
 * would do to the ledger (the plan: added, changed, unchanged, no longer listed), and the
 * categories it would add. It can be committed only when there are no problems.
 *
 * @param earlier an earlier import of the very same file (same SHA-256) when every row is to be
 *                added, if any: worth a question (an update finds its items again and adds nothing twice)
 * @param notData rows that look like no item (合计, a footnote): left out unless the options take them in
 */
public record ImportPreview(ImportDraft draft, Map<Integer, LedgerColumn> mapping, ImportOptions options,
                            List<Row> rows, List<ImportProblem> problems, Map<Ledger, List<String>> newCategories,
                            Optional<LedgerImport> earlier, List<NotData> notData, ImportPlan plan) {

    /** A 合计/小计/总计 line, or a footnote (注：…, 说明：…, 备注：…). */
    public enum NotDataKind { TOTAL, NOTE }

    /** A row that is not an item, with its text in short; {@code included} if taken in all the same. */
    public record NotData(int number, NotDataKind kind, String text, boolean included) {}

    /** One row that reads as an item, with the progress notes its 进展情况 cell holds. */
    public record Row(int number, Rectification item, List<ProgressNote> notes) {
        public Row {
            notes = List.copyOf(notes);
        }
    }

    public ImportPreview {
        mapping = Map.copyOf(mapping);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        newCategories = Map.copyOf(newCategories);
        notData = List.copyOf(notData);
    }

    public boolean canImport() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
