package org.guidancedesk.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.CatalogPlan;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.UnitKindRule;
import org.guidancedesk.i18n.I18n;

/**
 * A catalogue import's plan in the user's words, one line an entry: the counts first, then
 * "新增 · 规定动作：…", "修改 · 规定动作：讲专题党课：截止日期：— → 2026年11月20日", "保持原样 · 阶段：总结".
 * For the command line and 设置 alike.
 */
public final class CatalogPlanText {
    private final I18n i18n;

    public CatalogPlanText(I18n i18n) {
        this.i18n = i18n;
    }

    public String summary(CatalogPlan plan) {
        return i18n.tr("catalogio.plan.summary", plan.adds().size(), plan.changes().size(), plan.unchanged(),
                plan.leaves().size());
    }

    /** The summary, then every add, change and entry left. */
    public List<String> lines(CatalogPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(summary(plan));
        plan.adds().forEach(l -> lines.add(i18n.tr("catalogio.plan.add", part(l), l.diffs().isEmpty() ? name(l)
                : i18n.tr("catalogio.withValue", name(l), value(l.diffs().get(0).after())))));
        plan.changes().forEach(l -> lines.add(i18n.tr("catalogio.plan.change", part(l), name(l), diffs(l))));
        plan.leaves().forEach(l -> lines.add(i18n.tr("catalogio.plan.leave", part(l), name(l))));
        return lines;
    }

    private String part(CatalogPlan.Line l) {
        return i18n.tr("catalogio.part." + l.part().name());
    }

    private String name(CatalogPlan.Line l) {
        if (l.part() == CatalogPlan.Part.NODE) {
            return i18n.tr("catalogio.node." + l.name());
        }
        if (l.kind() != null) {
            return i18n.tr("catalogio.kindOf", i18n.tr("unitKind." + l.kind().name()), l.name());
        }
        return l.ledger() == null ? l.name() : i18n.tr("catalogio.categoryIn", i18n.tr("ledgerName." + l.ledger().name()),
                l.name());
    }

    private String diffs(CatalogPlan.Line l) {
        List<String> parts = new ArrayList<>();
        for (CatalogPlan.Diff d : l.diffs()) {
            parts.add(i18n.tr("catalogio.diff", i18n.tr("catalogio.field." + d.field()), value(d.before()), value(d.after())));
        }
        return String.join(i18n.tr("catalogio.diffSeparator"), parts);
    }

    private String value(Object v) {
        if (v == null || v instanceof String s && s.isEmpty()) {
            return i18n.tr("catalogio.empty");
        }
        if (v instanceof Boolean b) {
            return i18n.tr(b ? "catalogio.yes" : "catalogio.no");
        }
        if (v instanceof LocalDate d) {
            return i18n.longDate(d);
        }
        if (v instanceof LocalTime t) {
            return t.toString();
        }
        if (v instanceof Recurrence r) {
            return rule(r);
        }
        if (v instanceof org.guidancedesk.domain.ItemRepeat r) {
            // The window's words for a rule (ui.RepeatText), which a service cannot reach.
            return r.every() == org.guidancedesk.domain.ItemRepeat.Every.WEEK
                    ? i18n.tr("repeat.WEEK", i18n.tr("repeat.weekday." + r.day())) : i18n.tr("repeat.MONTH", r.day());
        }
        if (v instanceof UnitKindRule.Rule r) {
            return i18n.tr("catalogio.kindRule." + r.name());
        }
        if (v instanceof List<?> criteria) {
            return criteria.isEmpty() ? i18n.tr("catalogio.empty")
                    : String.join(i18n.tr("catalogio.listSeparator"), criteria.stream().map(String::valueOf).toList());
        }
        return v.toString();
    }

    private String rule(Recurrence r) {
        if (r instanceof Recurrence.Once o) {
            return i18n.tr("catalogio.rule.once", i18n.longDate(o.due()));
        }
        String text;
        LocalDate until;
        if (r instanceof Recurrence.Weekly w) {
            text = i18n.tr("catalogio.rule.weekly", i18n.tr("overview.weekday." + w.day().getValue()), i18n.longDate(w.from()));
            until = w.until();
        } else {
            Recurrence.Monthly m = (Recurrence.Monthly) r;
            text = i18n.tr("catalogio.rule.monthly", m.dayOfMonth(), i18n.longDate(m.from()));
            until = m.until();
        }
        return until == null ? text : i18n.tr("catalogio.rule.until", text, i18n.longDate(until));
    }
}
