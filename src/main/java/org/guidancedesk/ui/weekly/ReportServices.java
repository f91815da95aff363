package org.guidancedesk.ui.weekly;

import org.guidancedesk.service.DeadlineService;
import org.guidancedesk.service.DynamicService;
import org.guidancedesk.service.WeeklyService;
import org.guidancedesk.service.Workspace;

/** What 周报 works with: the status sheet, the 工作动态, and the deadlines an issue may answer. */
public record ReportServices(WeeklyService weekly, DynamicService dynamic, DeadlineService deadlines) {
    public static ReportServices of(Workspace ws) {
        return new ReportServices(ws.weekly(), ws.dynamic(), ws.deadlines());
    }
}
