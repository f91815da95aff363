package org.guidancedesk.service;

import java.util.List;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Unit;

/**
 * Everything the new-group wizard (and the demo) gathers before creating a group: the group,
 * its secretary's name, the template (one batch of it), the other members and the units, in order.
 */
public record NewGroup(Group group, String secretaryName, CampaignTemplate template, List<Member> members,
                       List<Unit> units) {
    public NewGroup {
        members = List.copyOf(members);
        units = List.copyOf(units);
    }
}
