package org.guidancedesk.ui.weekly;

import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.domain.Week;
import org.guidancedesk.report.RenderedSheet;

/**
 * A rendered report together with the week it is for, which report it is and — for a 工作动态 —
 * the 期号 it carries (null: left blank): what export and print hand on.
 */
public record WeekSheet(Week week, RenderedSheet rendered, ReportKind report, Integer issue) {
    /** The status sheet of a week. */
    public static WeekSheet statusSheet(Week week, RenderedSheet rendered) {
        return new WeekSheet(week, rendered, ReportKind.SHEET, null);
    }

    /** Whether this is the sheet asked for: the same week, report and number. */
    boolean shows(Week w, ReportKind r, Integer n) {
        return week.equals(w) && report == r && java.util.Objects.equals(issue, n);
    }
}
