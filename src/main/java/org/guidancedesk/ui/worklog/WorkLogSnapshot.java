package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.service.Workspace;

/**
 * Everything the 工作记录 section shows, read in one go (its first showing, an undo, coming
 * back): the entries, the units and members they name, the rosters, the units' required actions
 * with their records (a sitting names one), the 整改台账's categories and 三个节点 (a finding is
 * filed there) and the ledger items the findings were turned into.
 */
record WorkLogSnapshot(LocalDate today, List<WorkEntry> entries, List<Unit> units, List<Member> members,
                       List<RosterPerson> roster, List<RequiredAction> unitActions, Map<RecordKey, ActionRecord> records,
                       List<String> categories, List<LocalDate> milestones, Map<Long, Rectification> items) {
    WorkLogSnapshot {
        entries = List.copyOf(entries);
        units = List.copyOf(units);
        members = List.copyOf(members);
        roster = List.copyOf(roster);
        unitActions = List.copyOf(unitActions);
        records = Map.copyOf(records);
        categories = List.copyOf(categories);
        milestones = List.copyOf(milestones);
        items = Map.copyOf(items);
    }

    /** Reads it all (on the database thread). */
    static WorkLogSnapshot read(Workspace ws) {
        LocalDate today = ws.workLog().today();
        List<WorkEntry> entries = ws.workLog().entries();
        Checklist checklist = ws.checklist().load();
        Set<Long> linked = new LinkedHashSet<>();
        for (WorkEntry e : entries) {
            e.findings().stream().map(WorkFinding::itemId).filter(java.util.Objects::nonNull).forEach(linked::add);
        }
        Map<Long, Rectification> items = ws.workLog().items(linked).stream()
                .collect(Collectors.toMap(Rectification::id, Function.identity()));
        return new WorkLogSnapshot(today, entries, checklist.units(), checklist.members(), ws.workLog().roster(),
                checklist.unitActions(), checklist.records(), ws.ledger().categories(Ledger.RECTIFY),
                ws.ledger().milestones(), items);
    }
}
