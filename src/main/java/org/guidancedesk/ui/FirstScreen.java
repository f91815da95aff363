package org.guidancedesk.ui;

import java.util.Optional;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.overview.OverviewViewModel;

/**
 * The section a file opens on and, for 总览 and 规定动作, what it shows, read with the file off
 * the JavaFX thread — at start-up while the toolkit starts — so the first frame has its data
 * without a second trip to the database. Other sections read their own when shown.
 */
record FirstScreen(SectionId section, Optional<Checklist> checklist, Optional<OverviewViewModel.Snapshot> overview) {

    /** The section alone, nothing read (a file without a group opens on the welcome). */
    static FirstScreen of(SectionId section) {
        return new FirstScreen(section, Optional.empty(), Optional.empty());
    }

    /** Reads what {@code section} shows first; off the JavaFX thread. */
    static FirstScreen read(Workspace ws, SectionId section) {
        return switch (section) {
            case CHECKLIST -> new FirstScreen(section, Optional.of(ws.checklist().load()), Optional.empty());
            case OVERVIEW -> new FirstScreen(section, Optional.empty(), Optional.of(OverviewViewModel.read(ws)));
            default -> of(section);
        };
    }
}
