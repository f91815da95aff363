package org.guidancedesk.ui.welcome;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CampaignTemplate;
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

    /** Every action in order: "学党史 · ★ 标题" (★ where the group attends). */
    static List<String> actions(I18n i18n, CampaignTemplate t) {
        List<String> lines = new ArrayList<>();
        for (CampaignTemplate.PhaseEntry p : t.phases()) {
            for (CampaignTemplate.ActionEntry a : t.actionsIn(p.scope(), p.code())) {
                lines.add(i18n.tr("wizard.review.action." + p.scope(), p.name(), a.mustAttend() ? "★ " : "", a.title()));
            }
        }
        return lines;
    }
}
