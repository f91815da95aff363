package org.guidancedesk.ui.weekly;

import org.guidancedesk.domain.Week;
import org.guidancedesk.report.RenderedSheet;

/** A rendered sheet together with the week it is for: what export and print hand on. */
public record WeekSheet(Week week, RenderedSheet rendered) {}
