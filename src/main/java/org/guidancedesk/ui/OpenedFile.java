package org.guidancedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Group;
import org.guidancedesk.platform.RiskyLocation;
import org.guidancedesk.service.Workspace;

/**
 * A file just opened, with what the first screen shows already read (the group and, when
 * there is one, the checklist) and where it lies (a network share or synced folder is
 * found by asking the file system, which may be slow: never on the JavaFX thread), so the
 * window renders it in one pass.
 */
record OpenedFile(Workspace workspace, Optional<Group> group, Optional<Checklist> checklist,
                  Optional<RiskyLocation.Kind> risk) {

    /** Opens and reads, with verified backups in {@code backupsRoot}; runs off the JavaFX thread. */
    static OpenedFile open(Path file, Clock clock, Path backupsRoot) {
        Workspace ws = Workspace.open(file, clock, backupsRoot);
        try {
            return read(ws);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    /** Reads what the first screen shows of a workspace already open; runs off the JavaFX thread. */
    static OpenedFile read(Workspace ws) {
        Optional<Group> group = ws.groups().group();
        return new OpenedFile(ws, group, group.map(g -> ws.checklist().load()), RiskyLocation.of(ws.file()));
    }
}
