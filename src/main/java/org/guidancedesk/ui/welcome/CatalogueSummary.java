package org.guidancedesk.ui.welcome;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.UnitKindRule;
import org.guidancedesk.i18n.I18n;

/** The wizard's review: what the chosen template will put in the file, counted per phase and listed. */
final class CatalogueSummary {
    private CatalogueSummary() {}

    /** One line per scope, "规定动作 12 项：学党史 4 · 悟思想 1 …", then the other parts counted. */
    static List<String> counts(I18n i18n, CampaignTemplate t) {
        List<String> lines = new ArrayList<>();
        for (ActionScope scope : ActionScope.values()) {
            List<String> each = new ArrayList<>();
            int total = 0;
            for (CampaignTemplate.PhaseEntry p : t.phases()) {
                if (p.scope() == scope) {
                    int n = t.actionsIn(scope, p.code()).size();
                    each.add(i18n.tr("wizard.review.inPhase", p.name(), n));
                    total += n;
                }
            }
            lines.add(i18n.tr("wizard.review.count." + scope, total, String.join(" · ", each)));
        }
        lines.add(i18n.tr("wizard.review.others", t.categories().size(), t.nodes().size(), t.deadlines().size(),
                t.reviews().size()));
        return lines;
    }

    /**
     * Every action in order: "学党史 · ★ 标题" (★ where the group attends), and where the template's
     * rules by kind of unit limit it, which units: "…（仅企业、高校）" for an action added for those
     * kinds, "…（企业、高校不适用）" for one they are exempt from.
     */
    static List<String> actions(I18n i18n, CampaignTemplate t) {
        List<String> lines = new ArrayList<>();
        for (CampaignTemplate.PhaseEntry p : t.phases()) {
            for (CampaignTemplate.ActionEntry a : t.actionsIn(p.scope(), p.code())) {
                String line = i18n.tr("wizard.review.action." + p.scope(), p.name(), a.mustAttend() ? "★ " : "", a.title());
                String limit = p.scope() == ActionScope.UNIT ? limit(i18n, t, a.title()) : plan(i18n, a);
                lines.add(limit.isEmpty() ? line : i18n.tr("wizard.review.limited", line, limit));
            }
        }
        return lines;
    }

    /** "仅高校", "企业、高校不适用", both ("仅企业；高校不适用"), or "" for an action every unit carries out. */
    /** A work item's owner by duty and its repeat rule: "材料 · 每周五" (or ""). */
    static String plan(I18n i18n, CampaignTemplate.ActionEntry a) {
        List<String> parts = new ArrayList<>();
        if (a.owner() != null) {
            parts.add(i18n.tr("wizard.review.owner", i18n.tr("duty." + a.owner().name())));
        }
        if (a.repeat() != null) {
            parts.add(org.guidancedesk.ui.RepeatText.of(i18n, a.repeat()));
        }
        return String.join(" · ", parts);
    }

    static String limit(I18n i18n, CampaignTemplate t, String title) {
        List<String> parts = new ArrayList<>();
        for (UnitKindRule.Rule rule : UnitKindRule.Rule.values()) {
            List<String> kinds = t.unitKinds().stream().filter(k -> k.rule() == rule && k.title().equals(title))
                    .map(CampaignTemplate.KindEntry::kind).distinct().sorted()
                    .map(k -> i18n.tr("unitKind." + k.name())).toList();
            if (!kinds.isEmpty()) {
                parts.add(i18n.tr("wizard.review.kindRule." + rule.name(), String.join(i18n.tr("wizard.listSeparator"), kinds)));
            }
        }
        return String.join(i18n.tr("wizard.review.kindRuleSeparator"), parts);
    }
}
