package org.guidancedesk.report;

import java.util.List;

/** The sections of the weekly sheet, in print order. A new kind of data adds its section here. */
public final class WeeklySections {
    private WeeklySections() {}

    public static List<ReportSection<?>> standard() {
        return List.of(new ThisWeekSection(), new ProgressSection(), new DeadlinesSection(), new LedgerSection(),
                new NextWeekSection(), NotesSection.coordination(), NotesSection.other());
    }
}
