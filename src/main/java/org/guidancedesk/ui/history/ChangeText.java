package org.guidancedesk.ui.history;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Change;
import org.guidancedesk.i18n.I18n;

/**
 * Says a recorded change in the user's words: "修改 · 状态：整改中 → 已完成；完成时间：— → 2026-11-24".
 * Columns are named by their {@code history.column.<table>.<column>} text; bookkeeping columns
 * (ids, timestamps) are left out; coded values (statuses) are translated.
 */
public final class ChangeText {
    /** Columns that say nothing to a user: ids, order and when a row was saved. */
    private static final List<String> HIDDEN = List.of("id", "updated_at", "created_at", "import_id", "sort_order",
            "serial");
    /** References a history already shows by its heading (the cell's, the item's, the deadline's own rows). */
    private static final List<String> IMPLIED = List.of("action_record.action_id", "action_record.unit_id",
            "record_attendee.record_id", "rectification_progress.item_id", "rectification_dismissed.item_id",
            "submission.deadline_id");
    /** Columns whose value is an enum constant (or a code), by the bundle prefix that names it. */
    private static final Map<String, String> CODED = Map.ofEntries(Map.entry("rectification.status", "rectStatus"),
            Map.entry("rectification.node", "node"), Map.entry("rectification.ledger", "ledgerName"),
            Map.entry("action_record.status", "status"), Map.entry("deadline.kind", "deadlines.kind"),
            Map.entry("deadline.weekday", "overview.weekday"), Map.entry("member.role", "role"),
            Map.entry("unit.kind", "unitKind"), Map.entry("phase.scope", "scope"),
            Map.entry("required_action.scope", "scope"), Map.entry("required_action.must_attend", "history.yesNo"),
            Map.entry("rectification_dismissed.kind", "history.warning"),
            Map.entry("ledger_category.ledger", "ledgerName"), Map.entry("ledger_serial.ledger", "ledgerName"),
            Map.entry("sheet_archive.kind", "history.archiveKind"),
            Map.entry("rectification_progress.kind", "history.progressKind"),
            Map.entry("rectification_progress.returned_status", "rectStatus"));

    private final I18n i18n;
    private final ZoneId zone;
    private final RowName names;
    private final StepText steps;

    public ChangeText(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
        this.names = new RowName(i18n);
        this.steps = new StepText(i18n);
    }

    /** "2026年11月25日 09:14". */
    public String when(Change c) {
        LocalDateTime t = LocalDateTime.ofInstant(c.at(), zone);
        return i18n.tr("history.when", i18n.longDate(t.toLocalDate()), i18n.time(t).substring(0, 5));
    }

    /** "勾选", "新增进展情况", "修改整改事项", "删除参加人员"…: as the step is named in 编辑 › 撤销. */
    public String what(Change c) {
        return steps.verb(c);
    }

    public String table(String table) {
        return i18n.has("history.table." + table) ? i18n.tr("history.table." + table) : table;
    }

    /** The fields and their values: before → after for an update, the values for an insert or delete. */
    public String details(Change c) {
        List<String> parts = new ArrayList<>();
        for (String column : c.changedColumns()) {
            if (HIDDEN.contains(column) || IMPLIED.contains(c.table() + "." + column)) {
                continue;
            }
            String name = column(c.table(), column);
            if (c.op() == Change.Op.UPDATE) {
                parts.add(i18n.tr("history.field.changed", name, value(c, column, c.before().get(column)),
                        value(c, column, c.after().get(column))));
            } else {
                String v = (c.op() == Change.Op.INSERT ? c.after() : c.before()).get(column);
                if (v != null && !v.isEmpty()) {
                    parts.add(i18n.tr("history.field.value", name, value(c, column, v)));
                }
            }
        }
        return String.join(i18n.tr("history.separator"), parts);
    }

    /** The column's word: every column of every table has one (HistoryWordsTest). */
    String column(String table, String column) {
        String key = "history.column." + table + "." + column;
        return i18n.has(key) ? i18n.tr(key) : column;
    }

    private String value(Change c, String column, String v) {
        if (v == null || v.isEmpty()) {
            return i18n.tr("history.empty");
        }
        String target = c.related().target(column);
        if (target != null) {
            String name = names.ofReference(target, v, c.related());
            return name.isEmpty() ? i18n.tr("history.unknownRow", v) : name;
        }
        String prefix = CODED.get(c.table() + "." + column);
        if (prefix != null && i18n.has(prefix + "." + v)) {
            return i18n.tr(prefix + "." + v);
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return i18n.longDate(java.time.LocalDate.parse(v));
            } catch (java.time.DateTimeException e) {
                // not a real date after all: shown as written
            }
        }
        String oneLine = v.replace('\n', ' ');
        return oneLine.length() > 60 ? oneLine.substring(0, 59) + "…" : oneLine;
    }
}
