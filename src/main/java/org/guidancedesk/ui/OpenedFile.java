package org.guidancedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Group;
import org.guidancedesk.service.Workspace;

/**
 * A file just opened, with what the first screen shows already read (the group and, when
 * there is one, the checklist), so the window renders it in one pass.
 */
record OpenedFile(Workspace workspace, Optional<Group> group, Optional<Checklist> checklist) {

    /** Opens and reads, with verified backups in {@code backupsRoot}; runs off the JavaFX thread. */
    static OpenedFile open(Path file, Clock clock, Path backupsRoot) {
        Workspace ws = Workspace.open(file, clock, backupsRoot);
        try {
            Optional<Group> group = ws.groups().group();
            return new OpenedFile(ws, group, group.map(g -> ws.checklist().load()));
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }
}
