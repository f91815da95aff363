package org.guidancedesk.ui.welcome;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.service.CampaignTemplates;

/** One line of the wizard's first step: a shipped template, or one batch of it (2019 第一批 / 第二批). */
record TemplateChoice(CampaignTemplate template, String batch, String label) {

    /** The template as this choice sees it: its batch's entries only. */
    CampaignTemplate chosen() {
        return template.forBatch(batch);
    }

    static List<TemplateChoice> all() {
        List<TemplateChoice> choices = new ArrayList<>();
        for (CampaignTemplate t : CampaignTemplates.all()) {
            if (t.batches().isEmpty()) {
                choices.add(new TemplateChoice(t, "", t.name()));
            }
            for (CampaignTemplate.Batch b : t.batches()) {
                choices.add(new TemplateChoice(t, b.code(), t.name() + " · " + b.name()));
            }
        }
        return choices;
    }

    @Override
    public String toString() {
        return label;
    }
}
