package org.guidancedesk.ui.backup;

import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Opens a folder in the system's file manager. {@link Desktop} may block (it starts another
 * program) and must not run on the JavaFX thread, so it runs on a thread of its own; where it
 * is missing or fails (no desktop, a headless machine) the folder's path is put on the
 * clipboard instead, and the caller is told which happened.
 */
public final class FolderOpener {
    /** What happened: the file manager was asked to show it, or its path was copied. */
    public enum Outcome { OPENED, COPIED }

    private FolderOpener() {}

    /** Must be called on the JavaFX thread; {@code then} runs there too. */
    public static void open(Path folder, Consumer<Outcome> then) {
        Path shown = Files.isDirectory(folder) || folder.getParent() == null ? folder : folder.getParent();
        Thread t = new Thread(() -> {
            boolean opened = false;
            try {
                if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                        && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(shown.toFile());
                    opened = true;
                }
            } catch (Exception | LinkageError e) {
                // No file manager to ask: the path goes on the clipboard instead.
            }
            boolean done = opened;
            Platform.runLater(() -> {
                if (!done) {
                    ClipboardContent path = new ClipboardContent();
                    path.putString(folder.toString());
                    Clipboard.getSystemClipboard().setContent(path);
                }
                then.accept(done ? Outcome.OPENED : Outcome.COPIED);
            });
        }, "open-folder");
        t.setDaemon(true);
        t.start();
    }
}
