package org.guidancedesk.cli;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.ImportPlan;
import org.guidancedesk.service.ImportPlanText;

/**
 * An import's plan as the command line prints it before writing: the counts, each row that
 * changes an item with every change old → new, the rows added, and the items the file no
 * longer lists; a status moved back is marked on its row.
 */
final class ImportPlanLines {
    /** Row numbers listed in one line at most; the rest is "…". */
    private static final int ROWS_LISTED = 20;

    private final I18n i18n;
    private final ImportPlanText words;

    ImportPlanLines(I18n i18n) {
        this.i18n = i18n;
        this.words = new ImportPlanText(i18n);
    }

    List<String> lines(String fileName, ImportPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(i18n.tr("cli.import.plan", fileName, words.summary(plan)));
        if (plan.allAsNew()) {
            return lines;
        }
        for (ImportPlan.Entry e : plan.entries()) {
            if (e.changing()) {
                lines.add(changed(e));
            }
        }
        List<Integer> added = plan.with(ImportPlan.Outcome.ADD).stream().map(ImportPlan.Entry::row).toList();
        if (!added.isEmpty()) {
            lines.add(i18n.tr("cli.import.added", rows(added)));
        }
        for (Rectification r : plan.notListed()) {
            lines.add(i18n.tr("cli.import.notListed", words.code(r), r.problem()));
        }
        return lines;
    }

    /** "第 5 行 → 整改-019（按编号）：状态：整改中 → 已完成；…", marked when the status moves back. */
    String changed(ImportPlan.Entry e) {
        return i18n.tr(e.backward() ? "cli.import.changedBack" : "cli.import.changed", e.row(), words.code(e.existing()),
                words.matchedBy(e.by()), String.join(i18n.tr("cli.import.changeSeparator"), words.changes(e)));
    }

    /** "3、4、12" (the first twenty, then "…"). */
    String rows(List<Integer> rows) {
        List<String> shown = rows.stream().limit(ROWS_LISTED).map(String::valueOf).toList();
        return String.join(i18n.tr("cli.listSeparator"), shown) + (rows.size() > ROWS_LISTED ? "…" : "");
    }
}
