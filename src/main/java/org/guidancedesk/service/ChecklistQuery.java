package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.store.ActionRepository;
import org.guidancedesk.store.GroupRepository;
import org.guidancedesk.store.MemberRepository;
import org.guidancedesk.store.RecordRepository;
import org.guidancedesk.store.HeldOccurrenceRepository;
import org.guidancedesk.store.UnitRepository;

/** Reads the whole checklist inside the caller's transaction, so it can join a larger snapshot. */
final class ChecklistQuery {
    private static final GroupRepository GROUPS = new GroupRepository();
    private static final MemberRepository MEMBERS = new MemberRepository();
    private static final UnitRepository UNITS = new UnitRepository();
    private static final ActionRepository ACTIONS = new ActionRepository();
    private static final RecordRepository RECORDS = new RecordRepository();
    private static final HeldOccurrenceRepository HELD = new HeldOccurrenceRepository();

    private ChecklistQuery() {}

    static Checklist read(Connection c) throws SQLException {
        Group group = GROUPS.find(c).orElseThrow(() -> new IllegalStateException("no group in the file"));
        List<RequiredAction> unitActions = new ArrayList<>();
        List<RequiredAction> groupItems = new ArrayList<>();
        for (RequiredAction a : ACTIONS.findAll(c)) {
            (a.scope() == ActionScope.UNIT ? unitActions : groupItems).add(a);
        }
        return new Checklist(group, MEMBERS.findAll(c), UNITS.findAll(c), unitActions, groupItems, RECORDS.findAll(c),
                HELD.findAll(c));
    }
}
