package org.guidancedesk.ui.backup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.guidancedesk.domain.BackupFile;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.BackupService;
import org.guidancedesk.ui.UiTasks;

/**
 * 备份与恢复: the file's verified backups with when, why, size and what each holds; 立即备份
 * makes one now; 恢复 puts the chosen one in place of the file after asking (the current file
 * is backed up first, so a restore can itself be taken back).
 */
public final class BackupsDialog {
    public static final String TABLE_ID = "backups-table";
    public static final String RESTORE_ID = "backups-restore";
    public static final String BACKUP_NOW_ID = "backups-now";
    public static final String COPY_TO_ID = "backups-copy-to";
    public static final String FOLDER_ID = "backups-folder";
    public static final String OPEN_FOLDER_ID = "backups-open-folder";
    public static final String MESSAGE_ID = "backups-message";

    private final UiTasks tasks;
    private final BackupService backups;
    private final Path database;
    private final I18n i18n;
    private final BackupText text;
    private final TableView<BackupFile> table = new TableView<>();
    private final Map<Path, String> contents = new HashMap<>();
    /** What the last 备份到… or 打开文件夹 did, said inside the dialog. */
    private final Label message = new Label();

    private BackupsDialog(UiTasks tasks, BackupService backups, Path database) {
        this.tasks = tasks;
        this.backups = backups;
        this.database = database;
        this.i18n = tasks.i18n();
        this.text = new BackupText(i18n);
    }

    /**
     * @param restore puts the chosen backup in place of the file (the window closes and reopens
     *                it); null when the file cannot be restored from here
     */
    public static BackupsDialog show(Window owner, UiTasks tasks, BackupService backups, Path database,
                                     Consumer<Path> restore) {
        BackupsDialog dialog = new BackupsDialog(tasks, backups, database);
        dialog.open(owner, restore);
        return dialog;
    }

    private void open(Window owner, Consumer<Path> restore) {
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(i18n.tr("backup.none")));
        table.getColumns().add(column("backup.column.when", 230, text::title));
        table.getColumns().add(column("backup.column.size", 80, text::size));
        table.getColumns().add(column("backup.column.contents", 460,
                b -> contents.getOrDefault(b.file(), i18n.tr("backup.reading"))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(820, 360);

        Label where = new Label(i18n.tr("backup.where", database.getFileName()));
        where.setWrapText(true);
        Button now = new Button(i18n.tr("backup.now"));
        now.setId(BACKUP_NOW_ID);
        now.setOnAction(e -> tasks.write(() -> backups.create(database), made -> reload()));
        Button restoreButton = new Button(i18n.tr("backup.restore"));
        restoreButton.setId(RESTORE_ID);
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restoreButton.setVisible(restore != null);
        Button copyTo = new Button(i18n.tr("backup.copyTo"));
        copyTo.setId(COPY_TO_ID);
        copyTo.setOnAction(e -> chooseFolder(org.guidancedesk.ui.DialogOwner.windowOf(copyTo)));

        Path folder = backups.folderOf(database);
        Label folderText = new Label(i18n.tr("backup.folder", folder));
        folderText.setId(FOLDER_ID);
        folderText.setWrapText(true);
        folderText.setMaxWidth(640);
        javafx.scene.control.Hyperlink openFolder = new javafx.scene.control.Hyperlink(i18n.tr("backup.openFolder"));
        openFolder.setId(OPEN_FOLDER_ID);
        openFolder.setOnAction(e -> FolderOpener.open(folder, outcome -> message.setText(
                i18n.tr(outcome == FolderOpener.Outcome.OPENED ? "backup.folderOpened" : "backup.folderCopied", folder))));
        HBox folderRow = new HBox(8, folderText, openFolder);
        folderRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.setMaxWidth(800);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.tr("backup.dialogTitle"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new VBox(8, where, folderRow, table, new HBox(8, now, copyTo, restoreButton),
                message));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.tr("history.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        restoreButton.setOnAction(e -> {
            BackupFile chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null && confirm(owner, chosen)) {
                dialog.close();
                restore.accept(chosen.file());
            }
        });
        reload();
        dialog.show();
    }

    /** 备份到…: a verified copy in a folder the user chooses (a USB stick), named after the file and the time. */
    private void chooseFolder(Window owner) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(i18n.tr("backup.copyToTitle"));
        java.io.File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            copyTo(chosen.toPath());
        }
    }

    /** Copies the file into {@code folder} (chosen in 备份到…) and says where the copy is. */
    public void copyTo(Path folder) {
        message.setText(i18n.tr("backup.copying", folder));
        tasks.write(() -> backups.copyTo(database, folder), copy -> {
            message.setText(i18n.tr("backup.copied", copy));
            tasks.announce(i18n.tr("backup.copied", copy));
        });
    }

    private boolean confirm(Window owner, BackupFile chosen) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, i18n.tr("backup.restoreQuestion", text.title(chosen),
                contents.getOrDefault(chosen.file(), ""), database.getFileName()),
                new ButtonType(i18n.tr("backup.restore"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(i18n.tr("history.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.initOwner(owner);
        ask.setHeaderText(null);
        ask.setTitle(i18n.tr("backup.dialogTitle"));
        return org.guidancedesk.ui.Alerts.wrapped(ask).showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    /** Lists the backups at once, then fills in what each holds as it is read. */
    private void reload() {
        tasks.read(() -> backups.list(database), list -> {
            table.setItems(FXCollections.observableArrayList(list));
            tasks.read(() -> summaries(list), found -> {
                contents.putAll(found);
                table.refresh();
            });
        });
    }

    private Map<Path, String> summaries(List<BackupFile> list) {
        Map<Path, String> found = new HashMap<>();
        for (BackupFile b : list) {
            try {
                found.put(b.file(), text.contents(backups.summarize(b.file())));
            } catch (RuntimeException e) {
                found.put(b.file(), i18n.tr("backup.unreadable"));
            }
        }
        return found;
    }

    private TableColumn<BackupFile, String> column(String key, double width,
                                                   java.util.function.Function<BackupFile, String> value) {
        TableColumn<BackupFile, String> c = new TableColumn<>(i18n.tr(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
