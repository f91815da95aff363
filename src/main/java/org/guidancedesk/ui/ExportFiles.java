package org.guidancedesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import org.guidancedesk.i18n.I18n;

/**
 * 导出…: asks where to save an .xlsx (default) or .csv, writes it on the database thread, and
 * says in the status bar that it was written, or in a dialog why it could not be.
 */
public final class ExportFiles {
    /** The export itself, run off the JavaFX thread; returns the line the status bar shows. */
    @FunctionalInterface
    public interface Job {
        String write(Path out);
    }

    /** The export buttons' node ids. */
    public static final String CHECKLIST_ID = "checklist-export";
    public static final String DEADLINES_ID = "deadlines-export";

    private static File lastFolder;

    private ExportFiles() {}

    /** Asks for the file (proposing {@code fileName}.xlsx) and runs the job on it; nothing when cancelled. */
    public static void save(Node owner, UiTasks tasks, String title, String fileName, Job job) {
        save(owner, tasks, title, fileName, true, job);
    }

    /** The same for a file that can only be a workbook (several sheets): .xlsx alone is offered. */
    public static void saveWorkbook(Node owner, UiTasks tasks, String title, String fileName, Job job) {
        save(owner, tasks, title, fileName, false, job);
    }

    private static void save(Node owner, UiTasks tasks, String title, String fileName, boolean csvToo, Job job) {
        I18n i18n = tasks.i18n();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(i18n.tr("export.file.xlsx"), "*.xlsx");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(i18n.tr("export.file.csv"), "*.csv");
        if (csvToo) {
            chooser.getExtensionFilters().setAll(xlsx, csv);
        } else {
            chooser.getExtensionFilters().setAll(xlsx);
        }
        chooser.setSelectedExtensionFilter(xlsx);
        chooser.setInitialFileName(fileName + ".xlsx");
        StartFolder.set(chooser, lastFolder);
        File file = chooser.showSaveDialog(DialogOwner.windowOf(owner));
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        run(owner, tasks, withExtension(file.toPath(), chooser.getSelectedExtensionFilter() == csv ? ".csv" : ".xlsx"), job);
    }

    /** Writes {@code out} off the JavaFX thread; the outcome goes to the status bar or a dialog. */
    public static void run(Node owner, UiTasks tasks, Path out, Job job) {
        I18n i18n = tasks.i18n();
        tasks.announce(i18n.tr("export.running", out.getFileName().toString()));
        tasks.read(() -> job.write(out), tasks::announce, error -> {
            tasks.announce(i18n.tr("export.failed"));
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.of(i18n, error), ButtonType.OK);
            alert.setTitle(i18n.tr("app.name"));
            alert.setHeaderText(i18n.tr("export.failed"));
            alert.initOwner(DialogOwner.windowOf(owner));
            alert.show();
        });
    }

    /** A name typed without an extension gets the chosen type's; .xlsx and .csv are kept as typed. */
    static Path withExtension(Path p, String extension) {
        String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".csv") ? p : p.resolveSibling(p.getFileName() + extension);
    }
}
