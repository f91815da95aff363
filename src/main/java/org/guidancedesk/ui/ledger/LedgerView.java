package org.guidancedesk.ui.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.MenuItemBuilder;

/**
 * The section's window content: the toolbar (新增, 标记为, 延期, 退回, 删除, 导入, 导出, 按单位分组), the
 * filter bar with saved filters, the table with its counts, and the detail pane on the right.
 */
final class LedgerView implements org.guidancedesk.ui.EditingSection.EditingView {
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** Above this many items the search waits for a pause in typing before filtering. */
    static final int DEBOUNCE_ABOVE = 5_000;
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    /** One choice of a filter combo: a value, or {@code null} for 全部. */
    record Choice<T>(T value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final LedgerViewModel vm;
    private final I18n i18n;
    private final LedgerActions actions;
    private final BorderPane root = new BorderPane();
    private final LedgerTable ledgerTable;
    private final TableView<LedgerRow> table;
    private final DetailPane details;
    private final TextField search = new TextField();
    private final SplitPane split = new SplitPane();
    private static final double DETAILS_WIDTH = 340;
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(150));
    private final Map<KeyCombination, Runnable> accelerators = new HashMap<>();

    LedgerView(LedgerViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.ledgerTable = new LedgerTable(vm, i18n);
        this.table = ledgerTable.table();
        this.actions = new LedgerActions(vm, i18n, root);
        this.details = new DetailPane(vm, i18n, this::removeNote, actions::remove);
        root.setId(Ids.LEDGER);
        root.getStyleClass().add(LedgerStyles.SECTION);
        root.setTop(new VBox(toolbar(), filterBar()));

        BorderPane tablePane = new BorderPane(table);
        tablePane.setBottom(footer());
        split.getItems().setAll(tablePane, details.view());
        SplitPane.setResizableWithParent(details.view(), false);
        split.widthProperty().addListener((o, a, w) -> {
            if (a.doubleValue() == 0 && w.doubleValue() > 0) {
                split.setDividerPositions(Math.max(0.5, 1 - DETAILS_WIDTH / w.doubleValue()));
            }
        });
        root.setCenter(split);

        wireTable();
        // Escape in the detail pane saves what is typed and goes back to the table.
        details.view().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                details.flush();
                table.requestFocus();
            }
        });
        accelerators.put(ADD, actions::add);
        accelerators.put(FIND, this::focusSearch);
        org.guidancedesk.ui.Shortcuts.whileShown(root, accelerators);
    }

    @Override
    public Node view() {
        return root;
    }

    // --- toolbar -----------------------------------------------------------------------------------------

    private Node toolbar() {
        Button add = new Button(i18n.tr("ledger.add"));
        add.setId(Ids.LEDGER_ADD);
        add.setTooltip(new Tooltip(i18n.tr("ledger.add.tip")));
        add.setOnAction(e -> actions.add());
        add.getStyleClass().add("primary");

        MenuButton mark = new MenuButton(i18n.tr("ledger.mark"));
        mark.setId(Ids.LEDGER_MARK);
        mark.getItems().setAll(markItems());
        Button extend = button("ledger.extend", LedgerStyles.EXTEND_ID, actions::extend);
        Button sendBack = button("ledger.sendBack", LedgerStyles.SEND_BACK_ID, actions::sendBack);
        // Offered for the one item shown, as it is now (its row is replaced when it changes).
        Runnable decisions = () -> {
            extend.setDisable(!vm.decisions().canExtend());
            sendBack.setDisable(!vm.decisions().canSendBack());
        };
        vm.selection().currentProperty().addListener(o -> decisions.run());
        vm.selection().countProperty().addListener(o -> decisions.run());
        decisions.run();
        Button remove = new Button(i18n.tr("ledger.remove"));
        remove.setId(Ids.LEDGER_REMOVE);
        remove.setOnAction(e -> actions.remove());
        // The count moves with the model's selection itself (not before it, as a second listener on the table would).
        mark.disableProperty().bind(vm.selection().countProperty().isEqualTo(0));
        remove.disableProperty().bind(mark.disableProperty());

        Button importButton = new Button(i18n.tr("ledger.import"));
        importButton.setId(Ids.LEDGER_IMPORT);
        importButton.setOnAction(e -> actions.importFile());
        if (vm.readOnly()) {
            // A read-only file: nothing can be added, marked, deleted or imported (导出 still works).
            mark.disableProperty().unbind();
            remove.disableProperty().unbind();
            for (javafx.scene.control.ButtonBase b : List.of(add, mark, remove, importButton)) {
                b.setDisable(true);
            }
        }
        Button export = button("ledger.export", Ids.LEDGER_EXPORT, actions::export);

        MenuButton print = new MenuButton(i18n.tr("ledger.printMenu"));
        print.setId(LedgerStyles.PRINT_ID);
        print.setTooltip(new Tooltip(i18n.tr("ledger.printMenu.tip")));
        print.getItems().setAll(MenuItemBuilder.item(i18n.tr("ledger.print")).does(actions::print),
                MenuItemBuilder.item(i18n.tr("ledger.pdf")).does(actions::exportPdf));

        CheckBox group = new CheckBox(i18n.tr("ledger.group"));
        group.setId(LedgerStyles.GROUP_ID);
        group.selectedProperty().bindBidirectional(vm.list().groupedProperty());

        MenuButton saved = new MenuButton(i18n.tr("ledger.saved"));
        saved.setId(LedgerStyles.SAVED_ID);
        Runnable savedMenu = () -> fillSaved(saved);
        vm.saved().names().addListener((ListChangeListener<String>) c -> savedMenu.run());
        savedMenu.run();
        // While the filter is a saved one, the button says which.
        Runnable savedName = () -> {
            String active = vm.saved().activeProperty().get();
            saved.setText(active.isEmpty() ? i18n.tr("ledger.saved") : i18n.tr("ledger.saved.active", active));
            saved.pseudoClassStateChanged(ACTIVE, !active.isEmpty());
            saved.setTooltip(active.isEmpty() ? null
                    : new Tooltip(i18n.tr("ledger.saved.activeTip", active, vm.saved().describe(active))));
            fillSaved(saved);
        };
        vm.saved().activeProperty().addListener(o -> savedName.run());
        savedName.run();

        ToggleButton detailsShown = new ToggleButton(i18n.tr("ledger.details"));
        detailsShown.setId(LedgerStyles.DETAILS_TOGGLE_ID);
        detailsShown.setTooltip(new Tooltip(i18n.tr("ledger.details.tip")));
        detailsShown.setSelected(true);
        detailsShown.selectedProperty().addListener((o, was, is) -> showDetails(is));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, mark, extend, sendBack, remove, separator(), importButton, export, print, spacer,
                saved, group, detailsShown);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(LedgerStyles.TOOLBAR);
        bar.setPadding(new Insets(8, 12, 6, 12));
        return bar;
    }

    /** A toolbar button: its text and tooltip ({@code key}, {@code key.tip}), its id, what it does. */
    private Button button(String key, String id, Runnable action) {
        Button b = new Button(i18n.tr(key));
        b.setId(id);
        b.setTooltip(new Tooltip(i18n.tr(key + ".tip")));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** 标记为: one item per status (已完成 and 已销号 ask for a date first). */
    private List<MenuItem> markItems() {
        List<MenuItem> items = new ArrayList<>();
        for (RectificationStatus s : RectificationStatus.values()) {
            items.add(MenuItemBuilder.item(vm.texts().status(s) + (s.completed() ? " …" : ""))
                    .does(() -> actions.markAs(s)));
        }
        return items;
    }

    private static Node separator() {
        Region r = new Region();
        r.getStyleClass().add("toolbar-gap");
        r.setMinWidth(8);
        return r;
    }

    // --- filter bar ----------------------------------------------------------------------------------------

    private Node filterBar() {
        ComboBox<Choice<Long>> unit = combo(LedgerStyles.FILTER_UNIT_ID, "ledger.filter.allUnits", vm.criteria().unitProperty());
        Runnable units = () -> fillChoices(unit, "ledger.filter.allUnits",
                vm.units().stream().map(u -> new Choice<>(u.id(), u.name())).toList(), vm.criteria().unitProperty());
        vm.units().addListener((ListChangeListener<Unit>) c -> units.run());
        units.run();

        ComboBox<Choice<Ledger>> ledger = combo(LedgerStyles.FILTER_LEDGER_ID, "ledger.filter.allLedgers", vm.criteria().ledgerProperty());
        fillChoices(ledger, "ledger.filter.allLedgers",
                List.of(new Choice<>(Ledger.SPECIAL, vm.texts().ledger(Ledger.SPECIAL)),
                        new Choice<>(Ledger.RECTIFY, vm.texts().ledger(Ledger.RECTIFY))), vm.criteria().ledgerProperty());

        ComboBox<Choice<String>> category = combo(LedgerStyles.FILTER_CATEGORY_ID, "ledger.filter.allCategories",
                vm.criteria().categoryProperty());
        category.setPrefWidth(140);
        Runnable categories = () -> fillChoices(category, "ledger.filter.allCategories",
                vm.criteria().categories().stream().map(c -> new Choice<>(c, c)).toList(), vm.criteria().categoryProperty());
        vm.criteria().categories().addListener((ListChangeListener<String>) c -> categories.run());
        categories.run();

        ComboBox<Choice<RectificationStatus>> status = combo(LedgerStyles.FILTER_STATUS_ID, "ledger.filter.allStatuses",
                vm.criteria().statusProperty());
        List<Choice<RectificationStatus>> statuses = new ArrayList<>();
        for (RectificationStatus s : RectificationStatus.values()) {
            statuses.add(new Choice<>(s, vm.texts().status(s)));
        }
        fillChoices(status, "ledger.filter.allStatuses", statuses, vm.criteria().statusProperty());

        ComboBox<Choice<LedgerNode>> node = combo(LedgerStyles.FILTER_NODE_ID, "ledger.filter.allNodes", vm.criteria().nodeProperty());
        List<Choice<LedgerNode>> nodes = new ArrayList<>();
        for (LedgerNode n : LedgerNode.values()) {
            nodes.add(new Choice<>(n, vm.texts().node(n)));
        }
        fillChoices(node, "ledger.filter.allNodes", nodes, vm.criteria().nodeProperty());

        CheckBox overdue = new CheckBox(i18n.tr("ledger.filter.overdueOnly"));
        overdue.setId(LedgerStyles.FILTER_OVERDUE_ID);
        overdue.selectedProperty().bindBidirectional(vm.criteria().overdueOnlyProperty());
        CheckBox warnings = new CheckBox(i18n.tr("ledger.filter.warningsOnly"));
        warnings.setId(LedgerStyles.FILTER_WARNINGS_ID);
        warnings.selectedProperty().bindBidirectional(vm.criteria().warningsOnlyProperty());
        CheckBox extended = new CheckBox(i18n.tr("ledger.filter.extendedOnly"));
        extended.setId(LedgerStyles.FILTER_EXTENDED_ID);
        extended.selectedProperty().bindBidirectional(vm.criteria().extendedOnlyProperty());

        search.setId(Ids.LEDGER_SEARCH);
        search.setPromptText(i18n.tr("ledger.filter.searchPrompt"));
        search.setPrefColumnCount(14);
        search.setTooltip(new Tooltip(i18n.tr("ledger.filter.searchTip")));
        search.setAccessibleText(i18n.tr("ledger.filter.search"));
        searchPause.setOnFinished(e -> vm.criteria().textProperty().set(search.getText()));
        search.textProperty().addListener((o, a, t) -> {
            if (t.equals(vm.criteria().textProperty().get())) {
                return; // the criteria's own text shown (a saved filter, 清除筛选)
            }
            if (vm.list().total() > DEBOUNCE_ABOVE) {
                searchPause.playFromStart();
            } else {
                vm.criteria().textProperty().set(t);
            }
        });
        vm.criteria().textProperty().addListener((o, a, t) -> {
            if (!Objects.equals(search.getText(), t)) {
                search.setText(t);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                searchPause.stop();
                vm.criteria().textProperty().set("");
                table.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                searchPause.stop();
                vm.criteria().textProperty().set(search.getText());
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(firstItemIndex());
                }
                e.consume();
            }
        });
        search.pseudoClassStateChanged(ACTIVE, false);
        search.textProperty().addListener((o, a, t) -> search.pseudoClassStateChanged(ACTIVE, !t.isBlank()));

        Button clear = new Button(i18n.tr("ledger.filter.clear"));
        clear.setId(LedgerStyles.FILTER_CLEAR_ID);
        clear.setOnAction(e -> {
            searchPause.stop();
            search.clear();
            vm.criteria().clear();
        });
        vm.criteria().filterProperty().addListener(o -> clear.setDisable(!vm.criteria().isSet()));
        clear.setDisable(true);

        unit.setPrefWidth(140);
        fitToText(ledger, "ledger.filter.allLedgers", 116);
        fitToText(status, "ledger.filter.allStatuses", 108);
        fitToText(node, "ledger.filter.allNodes", 108);
        FlowPane bar = new FlowPane(8, 6, unit, ledger, category, status, node, overdue, warnings, extended, search,
                clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(LedgerStyles.FILTER_BAR);
        bar.setPadding(new Insets(2, 12, 8, 12));
        return bar;
    }

    /** Wide enough for its "all" choice ("Both ledgers", "All statuses") and the arrow, never below {@code least}. */
    private void fitToText(ComboBox<?> box, String allKey, double least) {
        box.setPrefWidth(Math.max(least, org.guidancedesk.ui.TextWidths.of(i18n.tr(allKey), false) + 64));
    }

    private <T> ComboBox<Choice<T>> combo(String id, String allKey, ObjectProperty<T> property) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        box.setVisibleRowCount(14);
        box.setAccessibleText(i18n.tr(allKey));
        box.setTooltip(new Tooltip(i18n.tr(allKey)));
        // The user's choice goes to the criterion; a choice shown for the criterion equals it, and a
        // list being replaced passes through no choice (null): neither is passed on.
        box.valueProperty().addListener((o, a, c) -> {
            if (c != null && !Objects.equals(property.get(), c.value())) {
                property.set(c.value());
            }
            box.pseudoClassStateChanged(ACTIVE, c != null && c.value() != null);
        });
        property.addListener((o, a, v) -> select(box, v));
        return box;
    }

    private <T> void fillChoices(ComboBox<Choice<T>> box, String allKey, List<Choice<T>> choices, ObjectProperty<T> property) {
        List<Choice<T>> all = new ArrayList<>();
        all.add(new Choice<>(null, i18n.tr(allKey)));
        all.addAll(choices);
        if (!box.getItems().equals(all)) {
            box.getItems().setAll(all);
        }
        select(box, property.get());
    }

    /**
     * Shows the criterion's choice. One not (yet) offered shows as none: the criteria offer it
     * right after (a saved filter's category), or drop it (a unit removed elsewhere).
     */
    private <T> void select(ComboBox<Choice<T>> box, T value) {
        Choice<T> shown = box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst().orElse(null);
        if (!Objects.equals(box.getValue(), shown)) {
            box.setValue(shown);
        }
    }

    private void fillSaved(MenuButton saved) {
        saved.getItems().clear();
        String active = vm.saved().activeProperty().get();
        for (String name : vm.saved().names()) {
            saved.getItems().add(MenuItemBuilder.item((name.equals(active) ? "✓ " : "") + name).literal().does(() -> {
                searchPause.stop();
                vm.saved().apply(name);
                search.setText(vm.criteria().textProperty().get());
            }));
        }
        if (vm.saved().names().isEmpty()) {
            saved.getItems().add(MenuItemBuilder.item(i18n.tr("ledger.saved.none")).disabled(true).does(() -> { }));
        }
        saved.getItems().add(new SeparatorMenuItem());
        saved.getItems().add(MenuItemBuilder.item(i18n.tr("ledger.saved.save")).disabled(vm.readOnly()).does(this::saveFilter));
        if (!vm.saved().names().isEmpty() && !vm.readOnly()) {
            Menu delete = new Menu(i18n.tr("ledger.saved.delete"));
            for (String name : vm.saved().names()) {
                delete.getItems().add(MenuItemBuilder.item(name).literal().does(() -> vm.deleteFilter(name)));
            }
            saved.getItems().add(delete);
        }
    }

    private void saveFilter() {
        searchPause.stop();
        vm.criteria().textProperty().set(search.getText());
        if (!vm.criteria().isSet()) {
            // 全部 is no filter: said at once, not after a name has been typed.
            Dialogs.info(root, i18n, i18n.tr("ledger.saved.saveTitle"), i18n.tr("ledger.saved.empty"));
            return;
        }
        TextInputDialog ask = new TextInputDialog(vm.criteria().describe(vm.criteria().filter()));
        ask.setTitle(i18n.tr("ledger.saved.saveTitle"));
        ask.getDialogPane().getButtonTypes().setAll(
                new javafx.scene.control.ButtonType(i18n.tr("ledger.saved.saveButton"),
                        javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType(i18n.tr("ledger.dialog.cancel"),
                        javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.setHeaderText(i18n.tr("ledger.saved.question", vm.criteria().describe(vm.criteria().filter())));
        ask.setContentText(i18n.tr("ledger.saved.name"));
        Dialogs.own(ask, root);
        ask.showAndWait().ifPresent(name -> vm.saveFilter(name, e -> vm.messageProperty().set(
                org.guidancedesk.ui.Messages.of(i18n, e))));
    }

    // --- footer ----------------------------------------------------------------------------------------

    private Node footer() {
        Label counts = new Label();
        counts.setId(Ids.LEDGER_COUNT);
        counts.textProperty().bind(vm.list().countsProperty());
        Label selected = new Label();
        selected.setId(LedgerStyles.SELECTED_COUNT_ID);
        selected.getStyleClass().add("hint");
        // Follows the model's count as it changes (a listener on the table ran before the model had the selection).
        selected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int n = vm.selection().countProperty().get();
            return n > 1 ? i18n.tr("ledger.selectedCount", n) : "";
        }, vm.selection().countProperty()));
        Label message = new Label();
        message.getStyleClass().add("error-text");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        Label notice = new Label();
        notice.getStyleClass().add("hint");
        notice.textProperty().bind(vm.noticeProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label keys = new Label(i18n.tr("ledger.keys"));
        keys.getStyleClass().add("hint");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(12, counts, selected, message, notice, grow, keys);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add(LedgerStyles.FOOTER);
        footer.setPadding(new Insets(6, 12, 6, 12));
        vm.messageProperty().addListener((o, a, m) -> {
            if (!m.isEmpty()) {
                vm.noticeProperty().set("");
            }
        });
        vm.noticeProperty().addListener((o, a, m) -> {
            if (!m.isEmpty()) {
                vm.messageProperty().set("");
            }
        });
        return footer;
    }

    // --- the table and the selection -----------------------------------------------------------------------

    private void wireTable() {
        new TableSelection(table, vm.list().rows(), vm.selection());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openDetails();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                actions.remove();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.selection().currentProperty().get() != null) {
                openDetails();
            }
        });
        table.setContextMenu(contextMenu());
    }

    private ContextMenu contextMenu() {
        Menu mark = new Menu(i18n.tr("ledger.mark"));
        mark.getItems().setAll(markItems());
        MenuItem extend = MenuItemBuilder.item(i18n.tr("ledger.extend")).does(actions::extend);
        MenuItem sendBack = MenuItemBuilder.item(i18n.tr("ledger.sendBack")).does(actions::sendBack);
        MenuItem remove = MenuItemBuilder.item(i18n.tr("ledger.remove")).does(actions::remove);
        MenuItem add = MenuItemBuilder.item(i18n.tr("ledger.add")).does(actions::add);
        ContextMenu menu = new ContextMenu(mark, extend, sendBack, remove, new SeparatorMenuItem(), add);
        menu.setOnShowing(e -> {
            boolean none = vm.selection().ids().isEmpty() || vm.readOnly();
            extend.setDisable(!vm.decisions().canExtend());
            sendBack.setDisable(!vm.decisions().canSendBack());
            mark.setDisable(none);
            remove.setDisable(none);
            add.setDisable(vm.readOnly());
        });
        return menu;
    }

    private int firstItemIndex() {
        List<LedgerRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isHeading()) {
                return i;
            }
        }
        return 0;
    }

    private void openDetails() {
        root.lookupAll("#" + LedgerStyles.DETAILS_TOGGLE_ID).forEach(n -> ((ToggleButton) n).setSelected(true));
        details.focus();
    }

    private void removeNote(ProgressNote n) {
        String text = n.text().length() > 60 ? n.text().substring(0, 60) + "…" : n.text();
        if (Dialogs.confirm(root, i18n, i18n.tr("ledger.note.removeTitle"),
                i18n.tr("ledger.note.removeQuestion", vm.texts().milestone(n.on()), text), "ledger.note.removeConfirm")) {
            vm.details().removeNote(n);
        }
    }

    /** The detail pane can be put away to give the table the whole width (Enter brings it back). */
    private void showDetails(boolean shown) {
        Node pane = details.view();
        if (shown && !split.getItems().contains(pane)) {
            split.getItems().add(pane);
            split.setDividerPositions(Math.max(0.5, 1 - DETAILS_WIDTH / Math.max(1, split.getWidth())));
        } else if (!shown && split.getItems().contains(pane)) {
            details.flush();
            split.getItems().remove(pane);
        }
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty() && vm.selection().currentProperty().get() == null) {
            table.getSelectionModel().select(firstItemIndex());
            table.getFocusModel().focus(firstItemIndex());
        }
    }

    /** Saves what the detail pane still holds. */
    @Override
    public void flush() {
        details.flush();
    }
}
