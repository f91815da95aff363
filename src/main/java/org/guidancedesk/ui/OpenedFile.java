package org.guidancedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.guidancedesk.domain.Group;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.RiskyLocation;
import org.guidancedesk.service.Workspace;

/**
 * A file just opened, with what the first screen shows already read (the group and, when
 * there is one, the data of the section it opens on) and where it lies (a network share or
 * synced folder is found by asking the file system, which may be slow: never on the JavaFX
 * thread), so the window renders it in one pass.
 */
record OpenedFile(Workspace workspace, Optional<Group> group, FirstScreen first, Optional<RiskyLocation.Kind> risk) {

    /**
     * Opens and reads, with verified backups in {@code backupsRoot}, for showing {@code section}
     * first in {@code i18n}'s language; runs off the JavaFX thread.
     */
    static OpenedFile open(Path file, Clock clock, Path backupsRoot, SectionId section, I18n i18n) {
        Workspace ws = Workspace.open(file, clock, backupsRoot);
        try {
            return read(ws, section, i18n);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /** Reads what the first screen shows of a workspace already open; runs off the JavaFX thread. */
    static OpenedFile read(Workspace ws, SectionId section, I18n i18n) {
        ws.writeIn(i18n); // also after a language switch, which reads the same workspace again in the new language
        Optional<Group> group = ws.groups().group();
        FirstScreen first = group.isPresent() ? FirstScreen.read(ws, section, i18n) : FirstScreen.of(section);
        return new OpenedFile(ws, group, first, RiskyLocation.of(ws.file()));
    }
}
