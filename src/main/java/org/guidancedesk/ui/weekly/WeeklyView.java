package org.guidancedesk.ui.weekly;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.guidancedesk.domain.ReportKind;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Alerts;
import org.guidancedesk.ui.DialogOwner;
import org.guidancedesk.ui.Shortcuts;

/**
 * 周报 laid out: the week, the choice of report (周工作进展表 | 工作动态) and the output buttons
 * on top; on the left the status sheet's two notes or the 工作动态's 期号 and parts, the archive
 * below; the preview on the right. Events go to {@link WeeklyViewModel} in one-line calls.
 */
final class WeeklyView implements org.guidancedesk.ui.EditingSection.EditingView {
    private static final Duration NOTE_PAUSE = Duration.millis(700);
    private static final double SIDE_WIDTH = 376;
    /** The archive's height under the 工作动态's parts: four rows and its buttons. */
    private static final double ARCHIVE_BESIDE_PARTS = 200;
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);

    private final WeeklyViewModel vm;
    private final SheetOutput out;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final PauseTransition notePause = new PauseTransition(NOTE_PAUSE);
    private final Map<KeyCombination, Runnable> accelerators;
    private final PreviewPane preview;
    private final ArchivePane archive;
    private final DynamicPane dynamic;

    WeeklyView(WeeklyViewModel vm, I18n i18n) {
        this.vm = vm;
        this.out = vm.output();
        this.i18n = i18n;
        this.preview = new PreviewPane(vm, i18n);
        this.archive = new ArchivePane(out, i18n, out::reprint, this::saveArchivedAs);
        this.dynamic = new DynamicPane(vm, i18n);
        this.accelerators = Map.of(PRINT, this::print, EXPORT, this::export,
                PREVIOUS, this::previousWeek, NEXT, this::nextWeek);
        build();
    }

    private void build() {
        root.setId(WeeklyIds.ROOT);
        root.getStyleClass().add(WeeklyStyles.ROOT);
        root.getStylesheets().add(WeeklyView.class.getResource(WeeklyStyles.STYLESHEET).toExternalForm());
        notePause.setOnFinished(e -> vm.saveNotes());

        TextArea coordination = note(WeeklyIds.COORDINATION, vm.coordinationProperty(),
                "weekly.notes.coordination.prompt", 7);
        TextArea other = note(WeeklyIds.OTHER, vm.otherProperty(), "weekly.notes.other.prompt", 4);
        // Nothing to report yet: where to add what the sheet sums up.
        Label emptyHint = new Label();
        emptyHint.setId(WeeklyIds.EMPTY_HINT);
        emptyHint.getStyleClass().add(WeeklyStyles.HINT);
        emptyHint.setWrapText(true);
        emptyHint.setMinHeight(Region.USE_PREF_SIZE);
        emptyHint.textProperty().bind(vm.emptyHintProperty());
        emptyHint.visibleProperty().bind(vm.emptyHintProperty().isNotEmpty());
        emptyHint.managedProperty().bind(emptyHint.visibleProperty());
        VBox notes = new VBox(4,
                caption("weekly.notes.coordination"), coordination,
                SideLabels.error(WeeklyIds.COORDINATION_ERROR, vm.coordinationErrorProperty(), coordination),
                caption("weekly.notes.other"), other,
                SideLabels.error(WeeklyIds.OTHER_ERROR, vm.otherErrorProperty(), other),
                SideLabels.hint(i18n.tr("weekly.notes.hint")));
        VBox side = new VBox(4, emptyHint, notes, archive.view());
        // The 工作动态's parts take the room the archive has beside the sheet's two notes.
        Runnable showReport = () -> {
            boolean isDynamic = vm.reportProperty().get() == ReportKind.DYNAMIC;
            side.getChildren().set(1, isDynamic ? dynamic.view() : notes);
            VBox.setVgrow(dynamic.view(), isDynamic ? Priority.ALWAYS : Priority.NEVER);
            VBox.setVgrow(archive.view(), isDynamic ? Priority.NEVER : Priority.ALWAYS);
            ((Region) archive.view()).setMinHeight(isDynamic ? ARCHIVE_BESIDE_PARTS : Region.USE_COMPUTED_SIZE);
            ((Region) archive.view()).setPrefHeight(isDynamic ? ARCHIVE_BESIDE_PARTS : Region.USE_COMPUTED_SIZE);
        };
        vm.reportProperty().addListener((o, a, r) -> showReport.run());
        vm.output().offer().offerProperty().addListener((o, was, offer) -> {
            if (offer != null) {
                Platform.runLater(() -> askSubmitted(offer));
            }
        });
        side.getStyleClass().add(WeeklyStyles.SIDE);
        side.setMinWidth(260);
        // Wide enough for the archive's first four columns (week, time, how, pages) in this language.
        double sideWidth = Math.max(SIDE_WIDTH, archive.neededWidth());
        side.setPrefWidth(sideWidth);
        VBox.setVgrow(archive.view(), Priority.ALWAYS);

        SplitPane split = new SplitPane(side, preview.view());
        SplitPane.setResizableWithParent(side, false);
        split.widthProperty().addListener((o, a, w) -> {
            if (a.doubleValue() == 0 && w.doubleValue() > 0) {
                split.setDividerPositions(sideWidth / w.doubleValue());
            }
        });

        root.setTop(toolbar());
        root.setCenter(split);
        Shortcuts.whileShown(root, accelerators);
    }

    private HBox toolbar() {
        Button previous = button(WeeklyIds.PREVIOUS, "weekly.previous", "weekly.previous.tip", this::previousWeek);
        previous.getStyleClass().add(WeeklyStyles.NAV);
        Label week = new Label();
        week.setId(WeeklyIds.WEEK);
        week.getStyleClass().add(WeeklyStyles.WEEK);
        week.textProperty().bind(vm.weekTextProperty());
        week.setMinWidth(Region.USE_PREF_SIZE);
        Button next = button(WeeklyIds.NEXT, "weekly.next", "weekly.next.tip", this::nextWeek);
        next.getStyleClass().add(WeeklyStyles.NAV);
        Button thisWeek = button(WeeklyIds.THIS_WEEK, "weekly.thisWeek", "weekly.thisWeek.tip", this::thisWeek);
        thisWeek.disableProperty().bind(vm.showingCurrentWeekProperty());

        Label message = new Label();
        message.setId(WeeklyIds.MESSAGE);
        message.getStyleClass().add(WeeklyStyles.MESSAGE);
        message.textProperty().bind(out.messageProperty());
        message.setMinWidth(0);
        message.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> out.messageProperty().get().isEmpty() ? null : new Tooltip(out.messageProperty().get()),
                out.messageProperty()));
        out.messageIsErrorProperty().addListener((o, a, is) -> message.pseudoClassStateChanged(WeeklyStyles.ERROR, is));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        Button print = button(WeeklyIds.PRINT, "weekly.print", "weekly.print.tip", this::print);
        print.setMnemonicParsing(true);
        print.disableProperty().bind(out.printingProperty());
        Button export = button(WeeklyIds.EXPORT, "weekly.export", "weekly.export.tip", this::export);
        export.setMnemonicParsing(true);

        HBox bar = new HBox(previous, week, next, thisWeek, reportToggle(), message, print, export);
        bar.getStyleClass().add(WeeklyStyles.TOOLBAR);
        return bar;
    }

    /** 周工作进展表 | 工作动态: which report of the week is shown, edited and sent. */
    private HBox reportToggle() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton sheet = toggle(WeeklyIds.SHOW_SHEET, "weekly.show.sheet", "left-pill", group);
        ToggleButton dynamicReport = toggle(WeeklyIds.SHOW_DYNAMIC, "weekly.show.dynamic", "right-pill", group);
        sheet.setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one of the two is always shown
                return;
            }
            flush();
            vm.showReport(b == dynamicReport ? ReportKind.DYNAMIC : ReportKind.SHEET);
        });
        HBox box = new HBox(sheet, dynamicReport);
        box.getStyleClass().add(WeeklyStyles.REPORT_TOGGLE);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
        return box;
    }

    private ToggleButton toggle(String id, String key, String pill, ToggleGroup group) {
        ToggleButton b = new ToggleButton(i18n.tr(key));
        b.setId(id);
        b.setToggleGroup(group);
        b.getStyleClass().add(pill);
        b.setTooltip(new Tooltip(i18n.tr(key + ".tip")));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** After a 工作动态 was issued: mark the week's 工作动态 deadline 已报? */
    private void askSubmitted(IssueOffer.Offer offer) {
        IssueOffer offers = vm.output().offer();
        if (offers.offerProperty().get() != offer) {
            return;
        }
        ButtonType yes = new ButtonType(i18n.tr("weekly.dynamic.offer.yes"), ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.tr("weekly.dynamic.offer.no"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, offers.question(offer), yes, no);
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(i18n.tr("weekly.dynamic.offer.header"));
        Alerts.wrapped(alert);
        DialogOwner.own(alert, root);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(true);
        if (alert.showAndWait().filter(yes::equals).isPresent()) {
            offers.accept(offer);
        } else {
            offers.decline();
        }
    }

    private Button button(String id, String key, String tipKey, Runnable action) {
        Button b = new Button(i18n.tr(key));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setTooltip(new Tooltip(i18n.tr(tipKey)));
        b.setAccessibleText(i18n.tr(tipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Label caption(String key) {
        Label l = new Label(i18n.tr(key));
        l.getStyleClass().add(WeeklyStyles.CAPTION);
        return l;
    }

    private TextArea note(String id, StringProperty text, String promptKey, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.getStyleClass().add(WeeklyStyles.NOTE);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPromptText(i18n.tr(promptKey));
        area.textProperty().bindBidirectional(text);
        area.editableProperty().bind(vm.notesEditableProperty());
        area.textProperty().addListener((o, a, t) -> notePause.playFromStart());
        area.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                flush();
            }
        });
        return area;
    }


    /** Saves a note still waiting for its pause (section left, window closed, week changed). */
    @Override
    public void flush() {
        if (notePause.getStatus() == Animation.Status.RUNNING) {
            notePause.stop();
        }
        vm.saveNotes();
        dynamic.flush();
    }

    private void previousWeek() {
        flush();
        vm.previousWeek();
    }

    private void nextWeek() {
        flush();
        vm.nextWeek();
    }

    private void thisWeek() {
        flush();
        vm.thisWeek();
    }

    private void print() {
        flush();
        vm.print();
    }

    private void export() {
        flush();
        vm.withSheet(sheet -> {
            Path target = choose("weekly.export.title", sheet.rendered().fileName());
            if (target != null) {
                out.export(sheet, target);
            }
        });
    }

    private void saveArchivedAs(ArchiveRow row) {
        if (row == null) {
            return;
        }
        Path target = choose("weekly.saveAs.title", row.fileName());
        if (target != null) {
            out.saveArchivedAs(row, target);
        }
    }

    /** The save dialog, in the last folder used this session; ".pdf" added when left off. */
    private Path choose(String titleKey, String fileName) {
        Window window = DialogOwner.windowOf(root);
        if (window == null) {
            return null;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.tr(titleKey));
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.tr("weekly.fileFilter"), "*.pdf"));
        Path folder = out.lastFolder();
        org.guidancedesk.ui.StartFolder.set(chooser, folder == null ? null : folder.toFile());
        File file = chooser.showSaveDialog(window);
        if (file == null) {
            return null;
        }
        Path chosen = file.toPath();
        if (!chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            Path withExtension = chosen.resolveSibling(chosen.getFileName() + ".pdf");
            if (!Files.exists(withExtension)) {
                chosen = withExtension;
            }
        }
        return chosen;
    }

    @Override
    public Node view() {
        return root;
    }
}
