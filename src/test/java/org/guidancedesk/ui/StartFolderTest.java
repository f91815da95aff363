package org.guidancedesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file chooser opens in the folder used last, else the home folder, never the working directory. */
class StartFolderTest {
    @TempDir
    Path dir;

    @Test
    void theFolderUsedLastElseHome() {
        FileChooser first = new FileChooser();
        StartFolder.set(first, null);
        assertEquals(new File(System.getProperty("user.home")), first.getInitialDirectory());
        FileChooser again = new FileChooser();
        StartFolder.set(again, dir.toFile());
        assertEquals(dir.toFile(), again.getInitialDirectory());
        FileChooser gone = new FileChooser();
        StartFolder.set(gone, dir.resolve("removed").toFile());
        assertEquals(new File(System.getProperty("user.home")), gone.getInitialDirectory());
    }
}
