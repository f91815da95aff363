package org.guidancedesk.ui.overview;

import javafx.stage.Window;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.AgendaService;

/** The non-blocking notice at start: what is overdue and what is due today. (Being written.) */
public final class StartupNotice {
    private StartupNotice() {}

    public static void show(Window owner, AgendaService.Agenda agenda, I18n i18n) {
    }
}
