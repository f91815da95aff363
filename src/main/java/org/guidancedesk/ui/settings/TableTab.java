package org.guidancedesk.ui.settings;

import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.i18n.I18n;

/**
 * A settings tab that lists rows: the table (id, placeholder, double-click / Enter / Delete),
 * the toolbar buttons acting on the selected row, and the delete question. Why: the members,
 * units and catalogue tabs wired these the same way; each view now adds only its columns,
 * its dialogs and what else sits in its toolbar.
 */
final class TableTab<T> {
    /** The view model's move: one place up (−1) or down (+1), then the moved row as stored. */
    @FunctionalInterface
    interface Move<T> {
        void move(T row, int delta, Consumer<T> onMoved);
    }

    private final VBox root = new VBox(10);
    private final TableView<T> table = new TableView<>();
    private final ReadOnlyObjectProperty<T> selected = table.getSelectionModel().selectedItemProperty();
    private final BooleanBinding none = selected.isNull();
    private final I18n i18n;
    private final Consumer<T> edit;
    private final RemovableRows<T> rows;

    /** {@code edit} opens the row's dialog; it is called with a row, never null. */
    TableTab(I18n i18n, String tableId, String emptyText, ObservableList<T> items, RemovableRows<T> rows,
             Consumer<T> edit) {
        this.i18n = i18n;
        this.rows = rows;
        this.edit = edit;
        table.setId(tableId);
        table.setItems(items);
        table.setPlaceholder(new Label(emptyText));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.keys(table, this::edit, this::delete);
    }

    TableView<T> table() {
        return table;
    }

    Button addButton(String id, Runnable add) {
        Button b = Tables.button(i18n.tr("settings.button.add"), add);
        b.setId(id);
        return b;
    }

    Button editButton() {
        Button b = Tables.button(i18n.tr("settings.button.edit"), () -> edit(selected.get()));
        b.disableProperty().bind(none);
        return b;
    }

    /** 上移 (−1) or 下移 (+1), enabled while the view model says the selected row can move. */
    Button moveButton(int delta, BiPredicate<T, Integer> canMove, Move<T> move, Consumer<T> onMoved) {
        Button b = Tables.button(i18n.tr(delta < 0 ? "settings.button.up" : "settings.button.down"), () -> {
            T row = selected.get();
            if (row != null) {
                move.move(row, delta, onMoved);
            }
        });
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> !canMove.test(selected.get(), delta),
                selected, table.getItems()));
        return b;
    }

    Button deleteButton() {
        Button b = Tables.button(i18n.tr("settings.button.delete"), () -> delete(selected.get()));
        b.disableProperty().bind(none);
        return b;
    }

    /** Lays out the toolbar above the table and, when {@code hint} is not null, the hint below. */
    void layout(String hint, Node... toolbarItems) {
        HBox toolbar = new HBox(8, toolbarItems);
        toolbar.getStyleClass().add(SettingsStyles.TOOLBAR);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(toolbar, table);
        if (hint != null) {
            Label label = new Label(hint);
            label.getStyleClass().add(SettingsStyles.HINT);
            label.setWrapText(true);
            root.getChildren().add(label);
        }
        root.setPadding(new Insets(16));
    }

    private void edit(T row) {
        if (row != null) {
            edit.accept(row);
        }
    }

    /** Asks the view model's question; on 删除 removes the row and gives the table the focus back. */
    private void delete(T row) {
        if (row == null) {
            return;
        }
        rows.removal(row, removal -> Confirm.removal(root, i18n, removal,
                () -> rows.remove(row, table::requestFocus)));
    }

    Node view() {
        return root;
    }
}
