package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A problem the group itself raised — a finding of the work log, a point of a review's
 * feedback — filed as an item of the 整改台账 in one step, the way the ledger's quick add fills a
 * new item: the category 指导组反馈 when the ledger has it, the problem the text as the user left
 * it, the node 限期 at the next of the 三个节点 (30 days on when none is ahead).
 */
public final class FindingItem {
    /** The 整改台账's category for problems the group itself found (a stored name, as files hold it). */
    public static final String GROUP_FEEDBACK = "指导组反馈";

    private FindingItem() {}

    /** The item as the ledger's quick add would start it (its serial and filing day come from the store). */
    public static Rectification draft(String text, long unitId, List<String> categories, List<LocalDate> milestones,
                                      LocalDate today) {
        LocalDate next = milestones.stream().filter(d -> !d.isBefore(today)).sorted().findFirst().orElse(null);
        return Rectification.builder(Ledger.RECTIFY, unitId, today)
                .category(categories.contains(GROUP_FEEDBACK) ? GROUP_FEEDBACK : "").problem(text)
                .node(LedgerNode.DEADLINE).due(next != null ? next : today.plusDays(LedgerChecks.IMMEDIATE_MAX_DAYS))
                .build();
    }
}
