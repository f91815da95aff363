package org.guidancedesk.domain;

import java.util.Objects;

/** What the secretary types for one week's sheet: problems needing coordination, other notes. */
public record WeekNotes(Week week, String coordination, String other) {
    public WeekNotes {
        Objects.requireNonNull(week, "week");
        coordination = Text.note("notes.coordination", coordination);
        other = Text.note("notes.other", other);
    }

    public static WeekNotes empty(Week week) {
        return new WeekNotes(week, "", "");
    }
}
