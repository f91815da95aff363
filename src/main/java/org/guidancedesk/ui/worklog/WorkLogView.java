package org.guidancedesk.ui.worklog;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Shortcuts;

/**
 * The section's content: the toolbar (新增 Ctrl+N, 删除, the counts), the filters, this week's
 * figures as the sheet will say them, and two tabs — the log with the selected entry's pane,
 * and 全覆盖.
 */
final class WorkLogView implements org.guidancedesk.ui.EditingSection.EditingView {
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final double PANE_WIDTH = 440;

    private final WorkLogViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final WorkTable table;
    private final WorkFilterBar filters;
    private final EntryPane pane;
    private final CoverageView coverage;
    private final TabPane tabs = new TabPane();
    private final Tab logTab;

    WorkLogView(WorkLogViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.table = new WorkTable(vm, this::remove, this::focusPane);
        this.filters = new WorkFilterBar(vm);
        this.pane = new EntryPane(vm, this::remove);
        this.coverage = new CoverageView(vm);
        root.getStyleClass().add(WorkStyles.SECTION);
        root.getStylesheets().add(WorkLogView.class.getResource(WorkStyles.STYLESHEET).toExternalForm());
        root.setTop(new VBox(toolbar(), filters.view(), week()));

        BorderPane list = new BorderPane(table.table());
        list.setBottom(footer());
        SplitPane split = new SplitPane(list, pane.view());
        SplitPane.setResizableWithParent(pane.view(), false);
        split.widthProperty().addListener((o, a, w) -> {
            if (a.doubleValue() == 0 && w.doubleValue() > 0) {
                split.setDividerPositions(Math.max(0.45, 1 - PANE_WIDTH / w.doubleValue()));
            }
        });
        logTab = new Tab(i18n.tr("worklog.tab.log"), split);
        Tab coverageTab = new Tab(i18n.tr("worklog.tab.coverage"), coverage.view());
        tabs.setId(WorkStyles.TABS_ID);
        tabs.getTabs().setAll(logTab, coverageTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);

        vm.sittings().offerProperty().addListener((o, a, e) -> {
            if (e != null) {
                Platform.runLater(() -> askTick(e));
            }
        });
        pane.view().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                pane.flush();
                table.table().requestFocus();
            }
        });
        Map<KeyCombination, Runnable> keys = new HashMap<>();
        keys.put(ADD, this::add);
        keys.put(FIND, filters::focusWords);
        Shortcuts.whileShown(root, keys);
    }

    @Override
    public Node view() {
        return root;
    }

    private Node toolbar() {
        Button add = new Button(i18n.tr("worklog.add"));
        add.setId(WorkStyles.ADD_ID);
        add.getStyleClass().add("primary");
        add.setTooltip(new Tooltip(i18n.tr("worklog.add.tip")));
        add.setOnAction(e -> add());
        Button remove = new Button(i18n.tr("worklog.remove"));
        remove.setId(WorkStyles.REMOVE_ID);
        remove.setOnAction(e -> remove());
        remove.disableProperty().bind(vm.selectedProperty().isNull());
        if (vm.readOnly()) {
            remove.disableProperty().unbind();
            add.setDisable(true);
            remove.setDisable(true);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label();
        count.setId(WorkStyles.COUNT_ID);
        count.getStyleClass().add("hint");
        count.textProperty().bind(Bindings.createStringBinding(vm::countText, vm.versionProperty()));
        HBox bar = new HBox(8, add, remove, WorkExport.button(vm), spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(WorkStyles.TOOLBAR);
        bar.setPadding(new Insets(8, 12, 6, 12));
        return bar;
    }

    /** 本周（11月23日—11月29日）：与3家单位12位同志进行了谈话…, as of today. */
    private Node week() {
        Label title = new Label();
        title.getStyleClass().add("week-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label();
        text.setId(WorkStyles.WEEK_ID);
        text.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(vm::weekTitle, vm.versionProperty()));
        text.textProperty().bind(Bindings.createStringBinding(vm::weekText, vm.versionProperty()));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, title, text);
        box.getStyleClass().add(WorkStyles.WEEK);
        box.setAlignment(Pos.TOP_LEFT);
        Tooltip.install(box, new Tooltip(i18n.tr("worklog.week.tip")));
        return box;
    }

    private Node footer() {
        Label notice = new Label();
        notice.getStyleClass().add("hint");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        HBox box = new HBox(notice);
        box.setPadding(new Insets(4, 8, 4, 8));
        box.managedProperty().bind(notice.textProperty().isNotEmpty());
        box.visibleProperty().bind(box.managedProperty());
        return box;
    }

    private void add() {
        if (vm.readOnly()) {
            return;
        }
        pane.flush();
        tabs.getSelectionModel().select(logTab);
        EntryDialog.show(root, vm);
        table.table().requestFocus();
    }

    private void remove() {
        if (vm.readOnly() || vm.selectedProperty().get() == null) {
            return;
        }
        pane.flush();
        if (WorkDialogs.confirmRemoval(root, i18n, vm.removalQuestion())) {
            vm.removeSelected();
        }
        table.table().requestFocus();
    }

    private void askTick(WorkEntry e) {
        if (vm.sittings().offerProperty().get() != e) {
            return;
        }
        if (WorkDialogs.confirmTick(root, i18n, vm.sittings().question(e))) {
            vm.sittings().tick(e);
        } else {
            vm.sittings().decline();
        }
    }

    private void focusPane() {
        pane.view().requestFocus();
    }

    @Override
    public void focusTable() {
        if (tabs.getSelectionModel().getSelectedItem() == logTab) {
            table.table().requestFocus();
        }
    }

    void showLog() {
        tabs.getSelectionModel().select(logTab);
    }

    @Override
    public void flush() {
        pane.flush();
    }
}
