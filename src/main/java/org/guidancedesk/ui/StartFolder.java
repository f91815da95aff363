package org.guidancedesk.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;

/**
 * Where a file chooser opens: the folder used last, else the user's home folder — never the
 * folder the program happened to be started from.
 */
public final class StartFolder {
    private StartFolder() {}

    public static void set(FileChooser chooser, File last) {
        Path folder = last != null && last.isDirectory() ? last.toPath() : Path.of(System.getProperty("user.home", "."));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }
}
