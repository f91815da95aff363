package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.util.List;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerChecks;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WorkEntry;

/**
 * A finding filed as an item of the 整改台账 in one step, the way the ledger's quick add fills a
 * new item: the category 指导组反馈 when the ledger has it, the unit the entry's, the problem the
 * finding's text, the node 限期 at the next of the 三个节点 (30 days on when none is ahead).
 */
final class FindingFiling {
    /** The 整改台账's category for problems the group itself found (a stored name, as files hold it). */
    static final String GROUP_FEEDBACK = "指导组反馈";

    private FindingFiling() {}

    /** The units the item may go to: the entry's own, or every unit when it has none (本组). */
    static List<Unit> unitsFor(WorkEntry e, List<Unit> units) {
        if (e.forGroup()) {
            return units;
        }
        return units.stream().filter(u -> e.unitIds().contains(u.id())).toList();
    }

    /** The item as the ledger's quick add would start it (its serial and filing day come from the store). */
    static Rectification draft(String text, long unitId, List<String> categories, List<LocalDate> milestones,
                               LocalDate today) {
        LocalDate next = milestones.stream().filter(d -> !d.isBefore(today)).sorted().findFirst().orElse(null);
        return Rectification.builder(Ledger.RECTIFY, unitId, today)
                .category(categories.contains(GROUP_FEEDBACK) ? GROUP_FEEDBACK : "").problem(text)
                .node(LedgerNode.DEADLINE).due(next != null ? next : today.plusDays(LedgerChecks.IMMEDIATE_MAX_DAYS))
                .build();
    }
}
