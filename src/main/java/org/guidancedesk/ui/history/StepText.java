package org.guidancedesk.ui.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.guidancedesk.domain.Change;
import org.guidancedesk.i18n.I18n;

/**
 * Names a write in the user's words, from its recorded rows alone: "勾选 南山县·讲专题党课",
 * "修改整改事项 整改-007", "标记已报 报送工作动态 11月27日", "导入 南山县台账.xlsx（23 项）". Used for
 * 编辑 › 撤销/重做 and for the 操作 column of 修改记录.
 */
public final class StepText {
    /** Rows that go along with the edit a user made and do not name it. */
    private static final List<String> ALONG = List.of("ledger_serial", "ledger_import", "record_attendee",
            "rectification_dismissed", "work_entry_unit", "work_entry_member", "work_person", "work_place", "work_line",
            "review", "review_point");

    private final I18n i18n;
    private final RowName names;

    public StepText(I18n i18n) {
        this.i18n = i18n;
        this.names = new RowName(i18n);
    }

    /** The whole write: what was done, to what; "等 N 项" when it touched several items alike. */
    public String label(List<Change> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        Change imported = changes.stream().filter(c -> c.table().equals("ledger_import") && c.op() == Change.Op.INSERT)
                .findFirst().orElse(null);
        if (imported != null) {
            long items = changes.stream().filter(c -> c.table().equals("rectification")).count();
            return i18n.tr("history.step.import", imported.after().getOrDefault("file_name", ""), items);
        }
        // A 延期 or 退回 changes the item and adds a line to its history: the line says what it was.
        Change main = changes.stream().filter(StepText::decision).findFirst()
                .orElseGet(() -> changes.stream().filter(c -> !ALONG.contains(c.table())).findFirst().orElse(changes.get(0)));
        String verb = main.table().equals("record_attendee") ? i18n.tr("history.verb.attendees") : verb(main);
        String one = join(verb, subject(main));
        long alike = changes.stream().filter(c -> c.table().equals(main.table()) && c.op() == main.op()).count();
        return alike > 1 ? i18n.tr("history.step.many", one, alike) : one;
    }

    /** What was done to this one row: "勾选", "取消勾选", "标记已报", "修改整改事项"… */
    public String verb(Change c) {
        switch (c.table()) {
            case "action_record" -> {
                String was = c.op() == Change.Op.INSERT ? null : c.before().get("status");
                String is = c.op() == Change.Op.DELETE ? null : c.after().get("status");
                if ("DONE".equals(is) && !"DONE".equals(was)) {
                    return i18n.tr("history.verb.tick");
                }
                if ("DONE".equals(was) && !"DONE".equals(is)) {
                    return i18n.tr("history.verb.untick");
                }
                if ("NOT_APPLICABLE".equals(is) && !"NOT_APPLICABLE".equals(was)) {
                    return i18n.tr("history.verb.notApplicable");
                }
                if (!Objects.equals(c.before().get("planned_date"), c.after().get("planned_date"))) {
                    return i18n.tr("history.verb.plan");
                }
                return i18n.tr("history.verb.editCell");
            }
            case "submission" -> {
                return i18n.tr("history.verb.submission." + c.op().name());
            }
            case "work_occurrence" -> {
                return i18n.tr("history.verb.occurrence." + c.op().name());
            }
            case "rectification_dismissed" -> {
                return i18n.tr("history.verb.dismissed." + c.op().name());
            }
            case "rectification" -> {
                String status = c.after().get("status");
                if (c.op() == Change.Op.UPDATE && !Objects.equals(c.before().get("status"), status)
                        && i18n.has("rectStatus." + status)) {
                    return i18n.tr("history.verb.status", i18n.tr("rectStatus." + status));
                }
                return i18n.tr("history.op." + c.op().name(), table(c.table()));
            }
            case "rectification_progress" -> {
                return decision(c) ? i18n.tr("history.verb.decision." + c.after().get("kind"))
                        : i18n.tr("history.op." + c.op().name(), table(c.table()));
            }
            case "review_round" -> {
                if (c.op() == Change.Op.INSERT) {
                    return i18n.tr("history.verb.reviewReceived");
                }
                if (c.op() == Change.Op.UPDATE && c.before().get("feedback_on") == null && c.after().get("feedback_on") != null) {
                    return i18n.tr("history.verb.reviewAnswered");
                }
                return i18n.tr("history.op." + c.op().name(), table(c.table()));
            }
            default -> {
                return i18n.tr("history.op." + c.op().name(), table(c.table()));
            }
        }
    }

    /** A line of a ledger item's history added by a 延期 or a 退回. */
    private static boolean decision(Change c) {
        return c.table().equals("rectification_progress") && c.op() == Change.Op.INSERT
                && List.of("EXTENSION", "SENDBACK").contains(c.after().get("kind"));
    }

    /** What it was done to: "南山县·讲专题党课", "整改-007", "报送工作动态 11月27日". */
    public String subject(Change c) {
        Map<String, String> row = c.row();
        return switch (c.table()) {
            case "record_attendee" -> names.ofReference("action_record", row.getOrDefault("record_id", ""),
                    c.related());
            case "rectification_progress", "rectification_dismissed" -> names.ofReference("rectification",
                    row.getOrDefault("item_id", ""), c.related());
            case "submission" -> join(names.ofReference("deadline", row.getOrDefault("deadline_id", ""), c.related()),
                    date(row.get("due_date")));
            case "work_occurrence" -> join(names.ofReference("required_action", row.getOrDefault("action_id", ""),
                    c.related()), date(row.get("due_date")));
            default -> names.of(c.table(), row, c.related());
        };
    }

    private String table(String table) {
        return i18n.has("history.table." + table) ? i18n.tr("history.table." + table) : table;
    }

    private String date(String iso) {
        try {
            return iso == null ? "" : i18n.shortDate(LocalDate.parse(iso));
        } catch (java.time.DateTimeException e) {
            return iso;
        }
    }

    private static String join(String a, String b) {
        return b == null || b.isEmpty() ? a : a.isEmpty() ? b : a + " " + b;
    }
}
