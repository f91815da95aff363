package org.guidancedesk.ui.backup;

import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.guidancedesk.ui.FxUiExecutor;
import org.guidancedesk.ui.UiExecutor;

/**
 * Opens a folder in the system's file manager. {@link Desktop} may block (it starts another
 * program) and the folder may sit on a slow disk, so both the look at the folder and the call
 * run on an "open-folder" worker of the database thread's kind; where the file manager is
 * missing or fails (no desktop, a headless machine) the folder's path is put on the clipboard
 * instead, and the caller is told which happened.
 */
public final class FolderOpener {
    /** What happened: the file manager was asked to show it, or its path was copied. */
    public enum Outcome { OPENED, COPIED }

    /** One for the process: a file manager slow to start holds up neither saves nor renders. */
    private static final UiExecutor WORKER = new FxUiExecutor("open-folder");

    private FolderOpener() {}

    /** Must be called on the JavaFX thread; {@code then} runs there too. */
    public static void open(Path folder, Consumer<Outcome> then) {
        open(folder, then, WORKER);
    }

    static void open(Path folder, Consumer<Outcome> then, UiExecutor worker) {
        worker.submit(() -> askFileManager(folder), opened -> answer(folder, opened, then),
                error -> answer(folder, false, then));
    }

    private static void answer(Path folder, boolean opened, Consumer<Outcome> then) {
        if (!opened) {
            ClipboardContent path = new ClipboardContent();
            path.putString(folder.toString());
            Clipboard.getSystemClipboard().setContent(path);
        }
        then.accept(opened ? Outcome.OPENED : Outcome.COPIED);
    }

    /** Whether the file manager was asked to show the folder (or, for a file, the folder it is in). */
    private static boolean askFileManager(Path folder) {
        Path shown = Files.isDirectory(folder) || folder.getParent() == null ? folder : folder.getParent();
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(shown.toFile());
                return true;
            }
        } catch (Exception | LinkageError e) {
            // No file manager to ask: the path goes on the clipboard instead.
        }
        return false;
    }
}
