package org.guidancedesk.ui.weekly;

import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.domain.Week;
import org.guidancedesk.report.RenderedSheet;
import org.guidancedesk.report.doc.Sheet;

/**
 * A rendered report together with the week it is for, which report it is, the 期号 it carries
 * for a 工作动态 (null: left blank), and the document both its PDF and its Word copy are made
 * from: what export and print hand on.
 */
public record WeekSheet(Week week, RenderedSheet rendered, ReportKind report, Integer issue, Sheet document) {

    /** Whether this is the sheet asked for: the same week, report and number. */
    boolean shows(Week w, ReportKind r, Integer n) {
        return week.equals(w) && report == r && java.util.Objects.equals(issue, n);
    }
}
