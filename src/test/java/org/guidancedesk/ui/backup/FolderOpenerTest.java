package org.guidancedesk.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.ui.QueuedUiExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a folder, its look at the disk included, is work for the worker, not the calling (JavaFX) thread. */
class FolderOpenerTest {
    @TempDir
    Path dir;

    @Test
    void theFolderIsLookedAtAndOpenedOnTheWorker() {
        QueuedUiExecutor worker = new QueuedUiExecutor();
        List<FolderOpener.Outcome> outcomes = new ArrayList<>();
        FolderOpener.open(dir, outcomes::add, worker);
        assertEquals(1, worker.waiting());
        assertEquals(List.of(), outcomes, "nothing ran on the calling thread");
        // Run, it reaches the clipboard on the JavaFX thread: BackupsDialogFxTest does that.
        worker.shutdown(0);
    }
}
