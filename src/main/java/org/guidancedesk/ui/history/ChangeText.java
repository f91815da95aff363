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
    /** Columns that say nothing to a user: ids, keys and when a row was saved. */
    private static final List<String> HIDDEN = List.of("id", "updated_at", "created_at", "import_id", "item_id",
            "deadline_id", "record_id", "sort_order", "unit_id", "action_id", "member_id", "serial");
    /** Columns whose value is an enum constant, by the bundle prefix that names it. */
    private static final Map<String, String> CODED = Map.of("rectification.status", "rectStatus",
            "rectification.node", "node", "rectification.ledger", "ledgerName", "action_record.status", "status",
            "deadline.kind", "deadlines.kind");

    private final I18n i18n;
    private final ZoneId zone;

    public ChangeText(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    /** "2026年11月25日 09:14". */
    public String when(Change c) {
        LocalDateTime t = LocalDateTime.ofInstant(c.at(), zone);
        return i18n.tr("history.when", i18n.longDate(t.toLocalDate()), i18n.time(t).substring(0, 5));
    }

    /** "新建进展情况", "修改整改事项", "删除…". */
    public String what(Change c) {
        return i18n.tr("history.op." + c.op().name(), table(c.table()));
    }

    public String table(String table) {
        return i18n.has("history.table." + table) ? i18n.tr("history.table." + table) : table;
    }

    /** The fields and their values: before → after for an update, the values for an insert or delete. */
    public String details(Change c) {
        List<String> parts = new ArrayList<>();
        for (String column : c.changedColumns()) {
            if (HIDDEN.contains(column)) {
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

    private String column(String table, String column) {
        String key = "history.column." + table + "." + column;
        return i18n.has(key) ? i18n.tr(key) : column;
    }

    private String value(Change c, String column, String v) {
        if (v == null || v.isEmpty()) {
            return i18n.tr("history.empty");
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
