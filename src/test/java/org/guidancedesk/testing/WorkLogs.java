package org.guidancedesk.testing;

import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.service.Workspace;

/** Tests that count a work log of their own start from the demo without its log and rosters. */
public final class WorkLogs {
    private WorkLogs() {}

    public static void clear(Workspace ws) {
        ws.workLog().remove(ws.workLog().entries().stream().map(WorkEntry::id).toList());
        for (RosterPerson p : ws.workLog().roster()) {
            ws.workLog().removeRosterPerson(p.id());
        }
        ws.history().emptyTrash();
    }
}
