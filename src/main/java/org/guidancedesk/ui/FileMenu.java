package org.guidancedesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.Version;

/** The menu bar: 文件 (new, open, recent, demo, quit), 语言, 帮助. */
final class FileMenu {
    static final String DEMO_FILE = "demo.db";

    private final Stage stage;
    private final I18n i18n;
    private final UiState state;
    private final Path dataFolder;
    private final Consumer<Path> open;
    private final Runnable openDemo;
    private final Runnable backups;
    private final Menu recent;
    private final MenuBar bar;

    /** @param backups shows the open file's backups (备份与恢复) */
    FileMenu(Stage stage, I18n i18n, UiState state, Path dataFolder, Consumer<Path> open, Runnable openDemo,
             Runnable backups) {
        this.stage = stage;
        this.i18n = i18n;
        this.state = state;
        this.dataFolder = dataFolder;
        this.open = open;
        this.openDemo = openDemo;
        this.backups = backups;
        this.recent = new Menu(i18n.tr("menu.file.recent"));
        this.bar = new MenuBar(fileMenu(), languageMenu(), helpMenu());
        refreshRecent();
    }

    MenuBar menuBar() {
        return bar;
    }

    private Menu fileMenu() {
        MenuItem create = item("menu.file.new", "Shortcut+Shift+N", this::chooseNew);
        MenuItem openItem = item("menu.file.open", "Shortcut+O", this::chooseOpen);
        MenuItem demo = item("menu.file.demo", null, openDemo);
        MenuItem backupItem = item("menu.file.backups", null, backups);
        backupItem.setId("menu-backups");
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", stage::close);
        return new Menu(i18n.tr("menu.file"), null, create, openItem, recent, new SeparatorMenuItem(), backupItem, demo,
                new SeparatorMenuItem(), quit);
    }

    private Menu languageMenu() {
        Menu menu = new Menu(i18n.tr("menu.language"));
        ToggleGroup languages = new ToggleGroup();
        for (String tag : I18n.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(i18n.tr("language." + tag));
            item.setToggleGroup(languages);
            item.setSelected(tag.equals(i18n.languageTag()));
            item.setOnAction(e -> {
                state.setLanguage(tag);
                state.save();
                info(i18n.tr("language.restart"));
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu helpMenu() {
        MenuItem about = item("menu.help.about", null,
                () -> info(i18n.tr("about.text", Version.current(), dataFolder)));
        return new Menu(i18n.tr("menu.help"), null, about);
    }

    /** The buttons offered when a file could not be opened, so there is always a way on. */
    HBox recoveryButtons() {
        Button openOther = new Button(i18n.tr("menu.file.open"));
        openOther.setOnAction(e -> chooseOpen());
        Button create = new Button(i18n.tr("menu.file.new"));
        create.setOnAction(e -> chooseNew());
        Button demo = new Button(i18n.tr("menu.file.demo"));
        demo.setOnAction(e -> openDemo.run());
        return new HBox(8, openOther, create, demo);
    }

    void refreshRecent() {
        List<Path> files = state.recentFiles();
        recent.getItems().clear();
        for (Path p : files) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(p));
            recent.getItems().add(item);
        }
        recent.setDisable(files.isEmpty());
    }

    private void chooseNew() {
        FileChooser chooser = chooser("menu.file.new");
        chooser.setInitialFileName(i18n.tr("file.newName"));
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            // The chooser already asked before replacing a file; a new workspace never overwrites.
            open.accept(p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".db"));
        }
    }

    private void chooseOpen() {
        File f = chooser("menu.file.open").showOpenDialog(stage);
        if (f != null) {
            open.accept(f.toPath());
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.tr(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.tr("file.filter"), "*.db", "*.sqlite"),
                new FileChooser.ExtensionFilter(i18n.tr("file.filterAll"), "*"));
        File folder = dataFolder.toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(i18n.tr(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void info(String text) {
        Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
            alert.initOwner(stage);
            alert.setTitle(i18n.tr("app.name"));
            alert.setHeaderText(null);
            alert.show();
        });
    }
}
