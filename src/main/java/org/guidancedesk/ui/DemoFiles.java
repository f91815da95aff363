package org.guidancedesk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.guidancedesk.service.DemoData;
import org.guidancedesk.service.Workspace;

/** The demo file the welcome screen and the File menu open. */
final class DemoFiles {
    private DemoFiles() {}

    /** Writes the demo group into the file unless the file already exists. */
    static void ensure(Path demo, Clock clock) {
        if (Files.exists(demo)) {
            return;
        }
        try (Workspace ws = Workspace.open(demo, clock)) {
            DemoData.write(ws, LocalDate.now(clock));
        } catch (RuntimeException e) {
            // A half-written demo must not be opened next time as if it were whole.
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(Path.of(demo + suffix));
                } catch (java.io.IOException ignored) {
                    // Reported through the original failure.
                }
            }
            throw e;
        }
    }
}
