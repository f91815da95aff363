package org.guidancedesk.ui;

import java.util.Optional;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.overview.OverviewContent;
import org.guidancedesk.ui.overview.OverviewViewModel;

/**
 * The section a file opens on and, for 总览 and 规定动作, what it shows, read with the file off
 * the JavaFX thread — at start-up while the toolkit starts — so the first frame has its data
 * without a second trip to the database. Other sections read their own when shown.
 */
record FirstScreen(SectionId section, Optional<Checklist> checklist, Optional<OverviewContent> overview) {

    /** The section alone, nothing read (a file without a group opens on the welcome). */
    static FirstScreen of(SectionId section) {
        return new FirstScreen(section, Optional.empty(), Optional.empty());
    }

    /** Reads what {@code section} shows first (总览's texts worked out in {@code i18n}'s language); off the JavaFX thread. */
    static FirstScreen read(Workspace ws, SectionId section, I18n i18n) {
        return switch (section) {
            case CHECKLIST -> new FirstScreen(section, Optional.of(ws.checklist().load()), Optional.empty());
            case OVERVIEW -> new FirstScreen(section, Optional.empty(),
                    Optional.of(OverviewContent.of(OverviewViewModel.read(ws), i18n)));
            default -> of(section);
        };
    }
}
