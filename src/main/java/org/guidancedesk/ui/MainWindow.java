package org.guidancedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.guidancedesk.domain.Group;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.platform.DataFolder;
import org.guidancedesk.service.BackupService;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.store.StoreException;
import org.guidancedesk.ui.backup.BackupsDialog;
import org.guidancedesk.ui.backup.DamagedFileOffer;
import org.guidancedesk.ui.help.HelpPaths;
import org.guidancedesk.ui.welcome.WelcomeView;

/**
 * The window: menu, header, sidebar, the current section and the status bar. It composes;
 * the sections do the work. Opening a file happens off the JavaFX thread.
 */
public final class MainWindow {
    private final Stage stage;
    private final I18n i18n;
    private final UiState state;
    private final UiExecutor executor;
    private final Clock clock;
    private final Path dataFolder;
    private final ErrorDialogs errors;
    /** Computations that need no database (the weekly preview), beside the database thread. */
    private final FxUiExecutor work = new FxUiExecutor("render");

    private final BorderPane root = new BorderPane();
    private final Label header = new Label();
    private final StackPane content = new StackPane();
    private final Label statusText = new Label();
    private final Label fileText = new Label();
    private final Map<SectionId, ToggleButton> sectionButtons = new EnumMap<>(SectionId.class);
    private final ToggleGroup sectionGroup = new ToggleGroup();
    private final FileMenu fileMenu;
    private final EditMenu editMenu;
    private final BackupService backups;
    /** Said in the status bar while a file is open: read-only, or on a share or synced folder. */
    private final Label fileWarning = new Label();
    /** Above the section, below nothing else: where the day's notice shows, clear of the status bar. */
    private final StackPane notices = new StackPane();
    /** The next file shown is the same file again in another language: no notice, same section. */
    private boolean quietOpen;
    /** The section the file on show opened on (before any was shown). */
    private SectionId firstSection = SectionId.OVERVIEW;

    private Session session;
    private SectionId current;

    public MainWindow(Stage stage, I18n i18n, UiState state, UiExecutor executor, Clock clock, Path dataFolder) {
        this.stage = stage;
        this.i18n = i18n;
        this.state = state;
        this.executor = executor;
        this.clock = clock;
        this.dataFolder = dataFolder;
        this.errors = new ErrorDialogs(stage, i18n);
        this.backups = new BackupService(DataFolder.backups(dataFolder), clock);
        this.fileMenu = new FileMenu(stage, i18n, state, dataFolder, this::open, this::openDemo, this::showBackups,
                tag -> switchLanguage(tag), this::helpPaths);
        this.editMenu = new EditMenu(stage, i18n, new EditMenu.Host() {
            @Override
            public Session session() {
                return session;
            }

            @Override
            public void flushEdits() {
                if (session != null) {
                    session.flush(current);
                }
            }

            @Override
            public void reloadSection() {
                if (session != null && current != null) {
                    session.section(current).reload();
                    refreshHeader();
                }
            }

            @Override
            public void status(String text) {
                if (session != null) {
                    session.tasks().announce(text);
                }
            }
        });
        build();
    }

    private void build() {
        header.setId(Ids.HEADER);
        header.getStyleClass().add("app-header");
        header.setMaxWidth(Double.MAX_VALUE);
        fileMenu.menuBar().getMenus().add(1, editMenu.menu());
        VBox top = new VBox(fileMenu.menuBar(), header);

        VBox sidebar = new VBox();
        sidebar.setId(Ids.SIDEBAR);
        sidebar.getStyleClass().add("sidebar");
        for (SectionId id : SectionId.values()) {
            ToggleButton button = new ToggleButton(i18n.tr(id.titleKey()));
            button.setId(Ids.section(id));
            button.getStyleClass().add("sidebar-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(sectionGroup);
            if (id.available()) {
                button.setOnAction(e -> show(id));
            } else {
                button.setDisable(true);
                button.setText(i18n.tr(id.titleKey()) + i18n.tr("section.comingSoon"));
                button.setAccessibleHelp(i18n.tr("section.notYet"));
            }
            if (id == SectionId.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                sidebar.getChildren().add(spacer);
            }
            sectionButtons.put(id, button);
            sidebar.getChildren().add(button);
        }
        // Keep a section selected: clicking the selected button again must not unselect it.
        sectionGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });

        content.setId(Ids.CONTENT);
        content.getStyleClass().add("content");

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        fileWarning.setId("file-warning");
        fileWarning.getStyleClass().add("file-warning");
        fileWarning.setManaged(false);
        fileWarning.setVisible(false);
        HBox status = new HBox(12, statusText, fileWarning, grow, fileText);
        status.setId(Ids.STATUS);
        status.getStyleClass().add("status-bar");

        root.setTop(top);
        root.setLeft(sidebar);
        notices.setId(Ids.NOTICES);
        notices.setPickOnBounds(false);
        root.setCenter(new StackPane(content, notices));
        root.setBottom(status);
        setSidebarEnabled(false);

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        StartupProbe.installIfAsked(scene, () -> session != null && current != null ? session.tasks() : null);
        addSectionShortcuts(scene);
        editMenu.installRedoAlias(scene);
        stage.setTitle(i18n.tr("app.name"));
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        addIcons();
        restoreBounds();
        stage.setOnHidden(e -> close());
    }

    /** Ctrl+1 … Ctrl+8 open the sections in sidebar order. */
    private void addSectionShortcuts(Scene scene) {
        Map<javafx.scene.input.KeyCombination, Runnable> keys = new HashMap<>();
        SectionId[] ids = SectionId.values();
        for (int i = 0; i < ids.length; i++) {
            SectionId id = ids[i];
            keys.put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.getKeyCode(String.valueOf(i + 1)),
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> show(id));
        }
        Shortcuts.install(scene, keys);
    }

    private void addIcons() {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var url = MainWindow.class.getResource("/org/guidancedesk/icons/guidance-desk-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }

    private void restoreBounds() {
        Optional<double[]> bounds = state.bounds().filter(this::onSomeScreen);
        if (bounds.isPresent()) {
            double[] b = bounds.get();
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
            stage.setMaximized(state.maximized());
        } else {
            // First run: a comfortable size, or the whole screen on a small one.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1360, screen.getWidth()));
            stage.setHeight(Math.min(820, screen.getHeight()));
            stage.setMaximized(screen.getWidth() <= 1440);
        }
    }

    /** A window remembered on a screen that is no longer attached would open out of sight. */
    private boolean onSomeScreen(double[] b) {
        return !Screen.getScreensForRectangle(new Rectangle2D(b[0], b[1], b[2], b[3])).isEmpty();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** Opens the file (creating it if missing) in place of the current one. */
    public void open(Path file) {
        open(file, null);
    }

    /**
     * Opens the file in place of the current one, using {@code opening} when the file was
     * already being opened in the background (at start-up); when that is already done, the
     * file is shown at once, so the first frame shows it.
     */
    void open(Path file, CompletableFuture<OpenedFile> opening) {
        Session old = session;
        session = null;
        if (old != null) {
            old.flush(current);
        }
        setSidebarEnabled(false);
        statusText.textProperty().unbind();
        if (old == null && opening != null && opening.isDone() && !opening.isCompletedExceptionally()) {
            showOpened(opening.join());
            return;
        }
        statusText.setText(i18n.tr("status.opening", file));
        content.getChildren().setAll(new Label(i18n.tr("status.opening", file)));
        SectionId first = opening != null ? null : startSection();
        executor.submit(() -> {
            if (old != null) {
                old.workspace().close();
            }
            return opening != null ? awaitOpened(opening) : OpenedFile.open(file, clock, DataFolder.backups(dataFolder), first, i18n);
        }, this::showOpened, error -> showOpenError(file, error));
    }

    private static OpenedFile awaitOpened(CompletableFuture<OpenedFile> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The section a file opens on: the one on show, or at a start the day's ({@link SectionId#atStart}). */
    private SectionId startSection() {
        return current != null ? current : SectionId.atStart(state, LocalDate.now(clock));
    }

    private void showOpened(OpenedFile opened) {
        StartupProbe.mark("file opened");
        firstSection = opened.first().section();
        session = new Session(opened.workspace(), executor, work, this::reportSessionError, i18n, clock,
                this::refreshHeader, opened.first(), this::showItem);
        Path file = opened.workspace().file();
        state.addRecent(file);
        fileMenu.refreshRecent();
        fileText.setText(file.toString());
        stage.setTitle(i18n.tr("app.titleWithFile", file.getFileName(), i18n.tr("app.name")));
        statusText.textProperty().bind(session.tasks().statusProperty());
        showFileWarning(opened);
        if (opened.group().isEmpty()) {
            showWelcome();
        } else {
            showGroup(opened.group().get(), opened.first().overview().map(o -> o.agenda()));
        }
    }

    /**
     * A failure while the file is open: shown in a dialog, except damage found on the way (a
     * value that cannot be read back), which closes the file and shows its damaged page with
     * the newest backup, as at opening; nothing more is read from or written to it.
     */
    private void reportSessionError(Throwable error) {
        if (!(error instanceof StoreException se && se.reason() == StoreException.Reason.DAMAGED) || session == null) {
            errors.report(error);
            return;
        }
        Session damaged = session;
        session = null;
        Path file = damaged.workspace().file();
        setSidebarEnabled(false);
        statusText.textProperty().unbind();
        showOpenError(file, error);
        executor.submit(() -> {
            damaged.workspace().close();
            return null;
        }, r -> { }, errors::report);
    }

    /** Read-only, or on a network share or synced folder: said for as long as the file is open. */
    private void showFileWarning(OpenedFile opened) {
        Workspace ws = opened.workspace();
        String warning = ws.readOnly() ? i18n.tr("file.readOnly")
                : opened.risk().map(k -> i18n.tr("file.risky." + k.name())).orElse("");
        fileWarning.setText(warning.isEmpty() ? "" : "⚠ " + warning);
        fileWarning.setTooltip(warning.isEmpty() ? null : new javafx.scene.control.Tooltip(
                i18n.tr(ws.readOnly() ? "file.readOnlyHelp" : "file.riskyHelp")));
        fileWarning.setVisible(!warning.isEmpty());
        fileWarning.setManaged(!warning.isEmpty());
    }

    /** 备份与恢复: the open file's backups; restoring closes the file, replaces it and opens it again. */
    private void showBackups() {
        if (session == null) {
            return;
        }
        session.flush(current);
        BackupsDialog.show(stage, session.tasks(), backups, session.workspace().file(),
                this::restoreFrom);
    }

    /** A file restored from a backup and opened again, and what was set aside to make room. */
    private record Restored(OpenedFile opened, java.util.List<Path> setAside) {}

    /** Puts the backup in place of the open (or unopenable) file and opens it again. */
    private void restoreFrom(Path backup) {
        Session old = session;
        session = null;
        Path file = old != null ? old.workspace().file() : lastFailed;
        if (old != null) {
            old.flush(current);
        }
        setSidebarEnabled(false);
        statusText.textProperty().unbind();
        statusText.setText(i18n.tr("backup.restoring"));
        SectionId first = startSection();
        executor.submit(() -> {
            if (old != null) {
                old.workspace().close();
            }
            java.util.List<Path> aside = backups.restore(file, backup);
            return new Restored(OpenedFile.open(file, clock, DataFolder.backups(dataFolder), first, i18n), aside);
        }, restored -> {
            showOpened(restored.opened());
            session.tasks().announce(restored.setAside().isEmpty() ? i18n.tr("backup.restored")
                    : i18n.tr("backup.restoredAside", restored.setAside().get(0).getFileName()));
        }, error -> showOpenError(file, error));
    }

    private void showWelcome() {
        header.setText(i18n.tr("app.name"));
        WelcomeView welcome = new WelcomeView(session.tasks(), session.workspace().groups(), clock,
                this::openDemo, this::showGroup);
        content.getChildren().setAll(welcome.view());
    }

    /** Opens the demo file in the data folder, writing it first if it does not exist yet. */
    public void openDemo() {
        Path demo = dataFolder.resolve(FileMenu.DEMO_FILE);
        executor.submit(() -> {
            DemoFiles.ensure(demo, clock);
            return demo;
        }, this::open, errors::report);
    }

    /** A group just made on the welcome: its first section, nothing read beforehand. */
    private void showGroup(Group group) {
        showGroup(group, Optional.empty());
    }

    /** @param agendaRead the agenda read with the file (with 总览), for the day's notice without a read of its own */
    private void showGroup(Group group, Optional<org.guidancedesk.service.AgendaService.Agenda> agendaRead) {
        setHeader(group);
        setSidebarEnabled(true);
        show(current != null ? current : firstSection);
        if (!quietOpen) {
            noticeWhatIsDue(agendaRead);
        }
        quietOpen = false;
    }

    /**
     * 语言: the window built again in the chosen language on the same stage, showing the same
     * file and section. The file stays open (its workspace is handed over, so undo still
     * reaches this session's edits); what a section still holds is saved first.
     */
    MainWindow switchLanguage(String tag) {
        if (tag.equals(i18n.languageTag())) {
            return this;
        }
        state.setLanguage(tag);
        rememberBounds();
        state.save();
        I18n next = I18n.forLanguage(tag);
        java.util.Locale.setDefault(next.locale());
        Session kept = session;
        SectionId section = current;
        session = null;
        if (kept != null) {
            kept.flush(section);
        }
        MainWindow window = new MainWindow(stage, next, state, executor, clock, dataFolder);
        work.shutdown(0);
        if (kept != null) {
            window.adopt(kept.workspace(), section);
        } else if (lastFailed != null) {
            window.open(lastFailed);
        }
        return window;
    }

    /** Shows an already open workspace (from the window it was in before a language switch). */
    private void adopt(Workspace ws, SectionId section) {
        current = section;
        quietOpen = true;
        SectionId first = startSection();
        executor.submit(() -> OpenedFile.read(ws, first, i18n), this::showOpened, error -> showOpenError(ws.file(), error));
    }

    /** For 帮助 › 使用指南: the open file and its backups' folder (null when no file is open). */
    private HelpPaths helpPaths() {
        Path file = session != null ? session.workspace().file() : null;
        return new HelpPaths(file, file == null ? DataFolder.backups(dataFolder) : backups.folderOf(file), dataFolder);
    }

    /** The section on show (for tests), or null. */
    SectionId currentSection() {
        return current;
    }

    /** The open file's session (for tests), or null. */
    Session session() {
        return session;
    }

    /**
     * At start (and on opening a file), a notice of what is overdue and due today; it never
     * blocks. It comes a second after its data, so its read waits until the first screen's data
     * is on show (the frame drawn), not to hold that up; with 总览 first, 总览's agenda serves.
     */
    private void noticeWhatIsDue(Optional<org.guidancedesk.service.AgendaService.Agenda> agendaRead) {
        Session shown = session;
        if (agendaRead.isPresent()) {
            org.guidancedesk.ui.overview.StartupNotice.show(notices, agendaRead.get(), i18n);
            return;
        }
        shown.tasks().whenSettled(() -> afterNextFrame(() -> {
            if (session == shown) {
                shown.tasks().read(() -> shown.workspace().agenda().agenda(0), agenda -> {
                    if (session == shown) {
                        org.guidancedesk.ui.overview.StartupNotice.show(notices, agenda, i18n);
                    }
                });
            }
        }));
    }

    /** Runs {@code then} after the next frame's layout (the start-up probe, put on before, sees that frame first). */
    private void afterNextFrame(Runnable then) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /** Shows a section with one item selected in it (a line of 总览 opened). */
    void showItem(SectionId id, org.guidancedesk.domain.AgendaItem.Ref item) {
        if (item != null && session != null && id.available() && !sectionButtons.get(id).isDisable()) {
            session.section(id).reveal(item);
        }
        show(id);
    }

    /** Shows a section, built the first time, refreshed every time. */
    public void show(SectionId id) {
        // Sections need a group: before one is created (the welcome) only the welcome shows.
        if (session == null || !id.available() || sectionButtons.get(id).isDisable()) {
            return;
        }
        if (current != id) {
            session.flush(current);
        }
        current = id;
        state.setLastSection(id.name());
        sectionButtons.get(id).setSelected(true);
        Section section = session.section(id);
        Node view = section.view();
        content.getChildren().setAll(view);
        section.reload();
    }

    private void refreshHeader() {
        if (session != null) {
            session.tasks().read(() -> session.workspace().groups().group(), g -> g.ifPresent(this::setHeader));
        }
    }

    private void setHeader(Group g) {
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        // Past the week of its end a campaign has no week to name (a 2021 group opened in 2026
        // said 第288周): its end is said instead.
        String week = today.isBefore(g.start()) ? i18n.tr("header.notStarted", i18n.longDate(g.start()))
                : g.campaignWeek(today) > g.lastWeek() ? i18n.tr("header.ended", i18n.longDate(g.end()))
                : i18n.tr("header.week", g.campaignWeek(today), i18n.shortDate(monday), i18n.shortDate(monday.plusDays(6)));
        header.setText(i18n.tr("header.text", g.name(), g.campaign(), week));
    }

    /** The file that could not be opened, for a restore from the error page. */
    private Path lastFailed;

    private void showOpenError(Path file, Throwable error) {
        lastFailed = file;
        header.setText(i18n.tr("app.name"));
        fileText.setText("");
        statusText.setText(i18n.tr("open.failedShort"));
        Label message = new Label(Messages.of(i18n, error));
        message.setId(Ids.OPEN_ERROR);
        message.setWrapText(true);
        message.getStyleClass().add("error-text");
        Label title = new Label(i18n.tr("open.failed"));
        title.getStyleClass().add("welcome-title");
        VBox box = new VBox(12, title, message, fileMenu.recoveryButtons());
        box.getStyleClass().add("open-error");
        box.setMaxWidth(640);
        content.getChildren().setAll(box);
        if (error instanceof StoreException se) {
            // A file that is not ours may be ours with its header destroyed: a backup made of
            // this path says so. Without one it is another program's file, and nothing is offered.
            if (se.reason() == StoreException.Reason.DAMAGED || se.reason() == StoreException.Reason.EMPTIED) {
                offerBackup(file, box, true);
            } else if (se.reason() == StoreException.Reason.NOT_OUR_FILE) {
                offerBackup(file, box, false);
            }
        }
    }

    /**
     * A damaged file: the newest sound backup is offered with what it holds; restoring it sets
     * the damaged file aside (never repaired in place) and opens the backup's copy.
     */
    private void offerBackup(Path file, VBox box, boolean adviseWithoutBackup) {
        executor.submit(() -> backups.newestSound(file), sound -> {
            if (sound.isPresent() || adviseWithoutBackup) {
                box.getChildren().add(2, DamagedFileOffer.of(stage, i18n, file, DataFolder.backups(dataFolder), sound,
                        this::restoreFrom));
            }
        }, Messages::log);
    }

    private void setSidebarEnabled(boolean enabled) {
        sectionButtons.forEach((id, b) -> b.setDisable(!enabled || !id.available()));
    }

    private void rememberBounds() {
        if (!stage.isMaximized()) {
            state.setBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        state.setMaximized(stage.isMaximized());
    }

    /** Remembers the window and closes the file after the last queued edit is saved. */
    private void close() {
        rememberBounds();
        state.save();
        Session last = session;
        session = null;
        if (last != null) {
            last.flush(current);
            executor.submit(() -> {
                last.workspace().close();
                return null;
            }, r -> { }, Messages::log);
        }
        executor.shutdown(5_000);
        work.shutdown(0);
    }
}
