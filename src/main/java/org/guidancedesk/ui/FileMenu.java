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
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.Version;
import org.guidancedesk.ui.help.HelpDialog;
import org.guidancedesk.ui.help.HelpPaths;

/** The menu bar: 文件 (new, open, recent, demo, quit), 视图, 语言, 帮助 (使用指南, 关于). */
final class FileMenu {
    static final String DEMO_FILE = "demo.db";
    static final String VIEW_OVERVIEW_ID = "menu-view-overview";
    static final String HELP_GUIDE_ID = "menu-help-guide";

    private final Stage stage;
    private final I18n i18n;
    private final UiState state;
    private final Path dataFolder;
    private final Consumer<Path> open;
    private final Runnable openDemo;
    private final Runnable backups;
    private final Consumer<String> switchLanguage;
    private final java.util.function.Supplier<HelpPaths> helpPaths;
    private final Menu recent;
    private final MenuBar bar;

    /**
     * @param backups        shows the open file's backups (备份与恢复)
     * @param switchLanguage shows the window in another language ("zh", "en")
     * @param helpPaths      where the open file and its backups are, for the guide
     */
    FileMenu(Stage stage, I18n i18n, UiState state, Path dataFolder, Consumer<Path> open, Runnable openDemo,
             Runnable backups, Consumer<String> switchLanguage, java.util.function.Supplier<HelpPaths> helpPaths) {
        this.stage = stage;
        this.i18n = i18n;
        this.state = state;
        this.dataFolder = dataFolder;
        this.open = open;
        this.openDemo = openDemo;
        this.backups = backups;
        this.switchLanguage = switchLanguage;
        this.helpPaths = helpPaths;
        this.recent = new Menu(i18n.tr("menu.file.recent"));
        this.bar = new MenuBar(fileMenu(), viewMenu(), languageMenu(), helpMenu());
        refreshRecent();
    }

    MenuBar menuBar() {
        return bar;
    }

    private Menu fileMenu() {
        MenuItem create = item("menu.file.new").key("Shortcut+Shift+N").does(this::chooseNew);
        MenuItem openItem = item("menu.file.open").key("Shortcut+O").does(this::chooseOpen);
        MenuItem demo = item("menu.file.demo").does(openDemo);
        MenuItem backupItem = item("menu.file.backups").id("menu-backups").does(backups);
        MenuItem quit = item("menu.file.quit").key("Shortcut+Q").does(stage::close);
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
            // Later, so the menu closes before its window is built again in the new language.
            item.setOnAction(e -> Platform.runLater(() -> switchLanguage.accept(tag)));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** 视图: whether each day starts on 总览 (the default) or on the section last shown. */
    private Menu viewMenu() {
        javafx.scene.control.CheckMenuItem overview = new javafx.scene.control.CheckMenuItem(
                i18n.tr("menu.view.overviewEachMorning"));
        overview.setId(VIEW_OVERVIEW_ID);
        overview.setSelected(!state.keepLastSection());
        overview.setOnAction(e -> {
            state.setKeepLastSection(!overview.isSelected());
            state.save();
        });
        return new Menu(i18n.tr("menu.view"), null, overview);
    }

    private Menu helpMenu() {
        MenuItem guide = item("menu.help.guide").id(HELP_GUIDE_ID).key("F1")
                .does(() -> HelpDialog.show(stage, i18n, helpPaths.get()));
        MenuItem about = item("menu.help.about").does(() -> info(i18n.tr("about.text", Version.current(), dataFolder)));
        return new Menu(i18n.tr("menu.help"), null, guide, new SeparatorMenuItem(), about);
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
            recent.getItems().add(MenuItemBuilder.item(p.toString()).literal().does(() -> open.accept(p)));
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

    /** A menu item showing the bundle's text for {@code key}. */
    private MenuItemBuilder item(String key) {
        return MenuItemBuilder.item(i18n.tr(key));
    }

    private void info(String text) {
        Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
            alert.initOwner(stage);
            alert.setTitle(i18n.tr("app.name"));
            alert.setHeaderText(null);
            Alerts.wrapped(alert).show();
        });
    }
}
