package org.guidancedesk.ui.history;

import java.util.Map;
import org.guidancedesk.domain.Related;
import org.guidancedesk.i18n.I18n;

/**
 * Names a row the way the user knows it: a unit or member by name, an action or deadline by
 * title, a ledger item by its code (整改-007), a checklist cell as 南山县·讲专题党课, a work log
 * entry by its kind and day, a review's round as 南山县·实施方案 第2轮.
 */
final class RowName {
    private final I18n i18n;

    RowName(I18n i18n) {
        this.i18n = i18n;
    }

    /** The row's name, or "" when nothing is known of it. */
    String of(String table, Map<String, String> row, Related related) {
        if (row.isEmpty()) {
            return "";
        }
        return switch (table) {
            case "unit", "member", "ledger_category", "ledger_filter", "group_info", "review_kind", "phase" -> row.getOrDefault("name", "");
            case "required_action", "deadline" -> row.getOrDefault("title", "");
            case "rectification" -> code(row);
            case "ledger_import" -> row.getOrDefault("file_name", "");
            case "week_note" -> row.getOrDefault("week", "");
            case "action_record" -> cell(row, related);
            case "work_entry" -> workEntry(i18n, row, "");
            case "review_round" -> reviewRound(row, related);
            default -> "";
        };
    }

    /** A work log entry: its kind and day ("个别谈话 11月24日"), or {@code otherwise} when they cannot be read. */
    static String workEntry(I18n i18n, Map<String, String> row, String otherwise) {
        String kind = row.get("kind");
        if (kind == null || !i18n.has("workKind." + kind)) {
            return otherwise;
        }
        String day = row.get("on_date");
        try {
            return day == null ? i18n.tr("workKind." + kind)
                    : i18n.tr("history.workEntry", i18n.tr("workKind." + kind), i18n.shortDate(java.time.LocalDate.parse(day)));
        } catch (java.time.format.DateTimeParseException e) {
            return i18n.tr("workKind." + kind);
        }
    }

    /** 南山县·实施方案 第2轮: the review's unit and kind, found through the round's review. */
    private String reviewRound(Map<String, String> row, Related related) {
        Map<String, String> review = related.row("review", row.getOrDefault("review_id", ""));
        String unit = related.row("unit", review.getOrDefault("unit_id", "")).getOrDefault("name", "");
        String kind = related.row("review_kind", review.getOrDefault("kind_id", "")).getOrDefault("name", "");
        return unit.isEmpty() && kind.isEmpty() ? "" : i18n.tr("history.reviewRound", unit, kind, row.getOrDefault("number", ""));
    }

    /** The name of the row a reference column points at ("" when unknown). */
    String ofReference(String table, String id, Related related) {
        return of(table, related.row(table, id), related);
    }

    private String code(Map<String, String> row) {
        String ledger = row.get("ledger");
        String serial = row.get("serial");
        if (ledger == null || serial == null || !i18n.has("ledgerShort." + ledger)) {
            return "";
        }
        return new java.text.MessageFormat(i18n.tr("ledger.code"), i18n.locale())
                .format(new Object[] {i18n.tr("ledgerShort." + ledger), Integer.parseInt(serial)});
    }

    /** 南山县·讲专题党课, or the action alone for a group work item. */
    private String cell(Map<String, String> row, Related related) {
        String action = related.row("required_action", row.getOrDefault("action_id", "")).getOrDefault("title", "");
        String unitId = row.get("unit_id");
        if (unitId == null) {
            return action;
        }
        String unit = related.row("unit", unitId).getOrDefault("name", "");
        return i18n.tr("history.cell", unit, action);
    }
}
