package org.guidancedesk.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;

/**
 * 整改台账 in 设置: the two ledgers' category lists side by side (add, rename, up, down, delete;
 * on the list Insert adds, Enter or a double click renames, Delete removes, Alt+↑/↓ moves),
 * and the campaign's 三个节点, saved as each date is committed.
 */
final class LedgerListsView {
    /** The lists' and the nodes' titles (the section's stylesheet has no sub-title style). */
    private static final String TITLE_STYLE = "-fx-font-size: 14px; -fx-font-weight: bold;";
    private final VBox root = new VBox(12);
    private final LedgerListsViewModel vm;
    private final I18n i18n;

    LedgerListsView(LedgerListsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;

        Label hint = new Label(i18n.tr("settings.ledger.hint"));
        hint.getStyleClass().add(SettingsStyles.HINT);
        hint.setWrapText(true);

        Node special = panel(Ledger.SPECIAL, SettingsIds.LEDGER_SPECIAL);
        Node rectify = panel(Ledger.RECTIFY, SettingsIds.LEDGER_RECTIFY);
        HBox lists = new HBox(16, special, rectify);
        HBox.setHgrow(special, Priority.ALWAYS);
        HBox.setHgrow(rectify, Priority.ALWAYS);

        root.getChildren().addAll(hint, lists, new Separator(), nodes());
        root.setPadding(new Insets(16));
    }

    /** One ledger's list with its toolbar. */
    private VBox panel(Ledger ledger, String id) {
        Label title = new Label(i18n.tr("settings.ledger.listTitle", i18n.tr("ledgerName", ledger)));
        title.setStyle(TITLE_STYLE);

        ListView<String> list = new ListView<>(vm.categories(ledger));
        list.setId(id);
        list.setPlaceholder(new Label(i18n.tr("settings.ledger.empty")));
        list.setCellFactory(l -> new CategoryCell(ledger));
        // Room for the eight 专项整治 and a few more; the nodes stay in view below.
        list.setPrefHeight(250);
        list.setMinHeight(120);
        title.setLabelFor(list);
        ReadOnlyObjectProperty<String> selected = list.getSelectionModel().selectedItemProperty();

        Button add = Tables.button(i18n.tr("settings.ledger.button.add"), () -> add(list, ledger));
        add.setId(id + "-add");
        Button rename = Tables.button(i18n.tr("settings.ledger.button.rename"), () -> rename(list, ledger));
        rename.disableProperty().bind(selected.isNull());
        Button up = Tables.button(i18n.tr("settings.ledger.button.up"), () -> move(list, ledger, -1));
        up.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.canMove(ledger, selected.get(), -1), selected, list.getItems()));
        Button down = Tables.button(i18n.tr("settings.ledger.button.down"), () -> move(list, ledger, 1));
        down.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.canMove(ledger, selected.get(), 1), selected, list.getItems()));
        Button delete = Tables.button(i18n.tr("settings.ledger.button.delete"), () -> delete(list, ledger));
        delete.disableProperty().bind(selected.isNull());
        for (Button b : new Button[] {add, rename, up, down, delete}) {
            b.setMnemonicParsing(false);
        }
        HBox toolbar = new HBox(8, add, rename, up, down, delete);
        toolbar.getStyleClass().add(SettingsStyles.TOOLBAR);

        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.INSERT) {
                e.consume();
                add(list, ledger);
            } else if (e.getCode() == KeyCode.ENTER && selected.get() != null) {
                e.consume();
                rename(list, ledger);
            } else if (e.getCode() == KeyCode.DELETE && selected.get() != null) {
                e.consume();
                delete(list, ledger);
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                e.consume();
                move(list, ledger, e.getCode() == KeyCode.UP ? -1 : 1);
            }
        });

        VBox box = new VBox(6, title, toolbar, list);
        box.setMinWidth(0);
        box.setPrefWidth(400);
        return box;
    }

    /** A category with the number of items filed under it; the whole text in a tooltip. */
    private final class CategoryCell extends ListCell<String> {
        private final Ledger ledger;
        private final Tooltip tip = new Tooltip();

        CategoryCell(Ledger ledger) {
            this.ledger = ledger;
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) {
                    rename(getListView(), ledger);
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String text = (getIndex() + 1) + ". " + vm.label(ledger, item);
            setText(text);
            tip.setText(text);
            setTooltip(tip);
        }
    }

    private void add(ListView<String> list, Ledger ledger) {
        CategoryDialog.show(root, i18n, vm, ledger, null, name -> select(list, name));
    }

    private void rename(ListView<String> list, Ledger ledger) {
        String current = list.getSelectionModel().getSelectedItem();
        if (current != null) {
            CategoryDialog.show(root, i18n, vm, ledger, current, name -> select(list, name));
        }
    }

    private void move(ListView<String> list, Ledger ledger, int delta) {
        String current = list.getSelectionModel().getSelectedItem();
        if (current != null) {
            vm.move(ledger, current, delta, name -> select(list, name));
        }
    }

    private void delete(ListView<String> list, Ledger ledger) {
        String current = list.getSelectionModel().getSelectedItem();
        if (current == null) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        Confirm.removal(root, i18n, vm.removal(ledger, current), () -> vm.remove(ledger, current, () -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().clearAndSelect(Math.min(index, list.getItems().size() - 1));
            }
            list.requestFocus();
        }));
    }

    private static void select(ListView<String> list, String name) {
        int index = list.getItems().indexOf(name);
        if (index >= 0) {
            list.getSelectionModel().clearAndSelect(index);
            list.scrollTo(Math.max(0, index - 3));
        }
        list.requestFocus();
    }

    /** 三个节点: a date picker each, labelled 第一节点 …, with the campaign's words as the hint. */
    private VBox nodes() {
        Label title = new Label(i18n.tr("settings.ledger.nodes.title"));
        title.setStyle(TITLE_STYLE);
        HBox row = new HBox(10);
        row.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < LedgerListsViewModel.NODES; i++) {
            DatePicker picker = DateInput.picker(i18n);
            picker.setId(SettingsIds.ledgerNode(i));
            picker.setPrefWidth(160);
            picker.valueProperty().bindBidirectional(vm.node(i));
            picker.setOnAction(e -> vm.commitNodes());
            Label label = new Label(i18n.tr("settings.ledger.node." + (i + 1)));
            label.setLabelFor(picker);
            label.setMinWidth(Label.USE_PREF_SIZE);
            row.getChildren().addAll(label, picker);
            if (i + 1 < LedgerListsViewModel.NODES) {
                javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
                gap.setMinWidth(8);
                row.getChildren().add(gap);
            }
        }
        Label hint = new Label(i18n.tr("settings.ledger.nodes.hint"));
        hint.getStyleClass().add(SettingsStyles.HINT);
        hint.setWrapText(true);
        Label error = new Label();
        error.setId(SettingsIds.LEDGER_NODES_ERROR);
        error.getStyleClass().add(SettingsStyles.ERROR_TEXT);
        error.setWrapText(true);
        error.textProperty().bind(vm.nodesErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return new VBox(8, title, row, hint, error);
    }

    Node view() {
        return root;
    }
}
