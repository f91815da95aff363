package org.guidancedesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.i18n.I18n;

/**
 * An import's plan in the user's words, for the wizard's preview and the command line alike:
 * the counts, each change "状态：整改中 → 已完成", how a row found its item, a status moved back.
 */
public final class ImportPlanText {
    /** Longer texts are cut here in a change line ("…"): the whole text is in the file and the item. */
    static final int SHOWN = 60;

    private final I18n i18n;

    public ImportPlanText(I18n i18n) {
        this.i18n = i18n;
    }

    /** "新增 2 项，更新 3 项，未变 27 项；文件中未列出的已有事项 1 项（保持原样）". */
    public String summary(ImportPlan plan) {
        if (plan.allAsNew()) {
            return i18n.tr("ledgerio.plan.allAsNew", plan.count(ImportPlan.Outcome.ADD));
        }
        return i18n.tr("ledgerio.plan.summary", plan.count(ImportPlan.Outcome.ADD), plan.count(ImportPlan.Outcome.UPDATE),
                plan.count(ImportPlan.Outcome.UNCHANGED), plan.leftOut(), plan.notListed().size());
    }

    /** 整改-007, as the window and the file write an item's code. */
    public String code(Rectification r) {
        return i18n.tr("ledger.code", i18n.tr("ledgerShort", r.ledger()), r.serial());
    }

    /** "按编号", "问题描述相同", "问题描述相似". */
    public String matchedBy(ImportPlan.MatchedBy by) {
        return i18n.tr("ledgerio.plan.by", by);
    }

    /** "新增", "更新", "未变", "不更新", "状态回退，待确认". */
    public String outcome(ImportPlan.Outcome outcome) {
        return i18n.tr("ledgerio.plan.outcome", outcome);
    }

    /** Each change of the row, one a line: "状态：整改中 → 已完成", then "进展情况：新增 1 条（…）". */
    public List<String> changes(ImportPlan.Entry e) {
        List<String> lines = new ArrayList<>();
        if (e.existing() == null || e.outcome() == ImportPlan.Outcome.ADD) {
            return lines;
        }
        for (ImportPlan.FieldChange c : e.changes()) {
            lines.add(change(c));
        }
        String notes = notes(e);
        if (!notes.isEmpty()) {
            lines.add(notes);
        }
        return lines;
    }

    /** "进展情况：新增 1 条（11月30日 已完成验收）", or "" when the row adds no note to its item. */
    public String notes(ImportPlan.Entry e) {
        if (e.newNotes().isEmpty()) {
            return "";
        }
        ProgressNote first = e.newNotes().get(0);
        return i18n.tr("ledgerio.plan.notes", i18n.tr("ledger.import.field.PROGRESS"), e.newNotes().size(),
                shortened(i18n.shortDate(first.on()) + " " + first.text()));
    }

    /** "状态：已销号 → 整改中". */
    public String change(ImportPlan.FieldChange c) {
        return i18n.tr("ledgerio.plan.change", field(c.field()), value(c.from()), value(c.to()));
    }

    /** The status moved back, or "" for none: "状态回退：已销号 → 整改中". */
    public String backward(ImportPlan.Entry e) {
        if (!e.backward()) {
            return "";
        }
        return i18n.tr("ledgerio.plan.backward", value(e.existing().status()), value(e.item().status()));
    }

    /** A column's name as the mapping step names it. */
    public String field(LedgerColumn column) {
        return i18n.tr("ledger.import.field." + column.name());
    }

    /** A value as the ledger shows it; none is "（空）". */
    public String value(Object v) {
        if (v == null || v instanceof String s && s.isBlank()) {
            return i18n.tr("ledgerio.plan.empty");
        }
        if (v instanceof LocalDate d) {
            return i18n.longDate(d);
        }
        if (v instanceof RectificationStatus s) {
            return i18n.tr("rectStatus", s);
        }
        if (v instanceof LedgerNode n) {
            return i18n.tr("node", n);
        }
        if (v instanceof Ledger l) {
            return i18n.tr("ledgerName", l);
        }
        return i18n.tr("ledgerio.plan.quoted", shortened(v.toString()));
    }

    private static String shortened(String text) {
        String one = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return one.codePointCount(0, one.length()) <= SHOWN ? one
                : one.substring(0, one.offsetByCodePoints(0, SHOWN)) + "…";
    }
}
