package org.guidancedesk.ui.worklog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Rows of one kind (the people of a talk, the places of a visit) edited in place: each row's
 * controls with a × that removes it, and a button under them that adds one. Says when the user
 * changed something; filling it is not a change.
 */
final class RowsEditor<R> {
    /** One row's controls and the value they hold. */
    interface Row<R> {
        Node node();

        R value();

        /** Calls {@code changed} (true while typing) when the user edits the row. */
        void watch(java.util.function.Consumer<Boolean> changed);
    }

    private final VBox box = new VBox(6);
    private final VBox rows = new VBox(4);
    private final List<Row<R>> held = new ArrayList<>();
    private final Function<R, Row<R>> make;
    private final String removeText;
    private final java.util.function.Supplier<R> blank;
    private java.util.function.Consumer<Boolean> onChange = typed -> { };
    private final HBox actions;

    RowsEditor(Function<R, Row<R>> make, java.util.function.Supplier<R> blank, String addText, String removeText) {
        this.make = make;
        this.blank = blank;
        this.removeText = removeText;
        Button add = new Button(addText);
        add.setOnAction(e -> {
            add(blank.get());
            onChange.accept(false);
        });
        actions = new HBox(6, add);
        actions.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().setAll(rows, actions);
    }

    Node view() {
        return box;
    }

    /** The row of buttons under the rows, for more (从名单添加). */
    HBox actions() {
        return actions;
    }

    Button addButton() {
        return (Button) actions.getChildren().get(0);
    }

    void onChange(java.util.function.Consumer<Boolean> r) {
        onChange = r;
    }

    /** Says the rows changed (a row added from elsewhere). */
    void changed(boolean typed) {
        onChange.accept(typed);
    }

    /** Shows these rows (the stored ones); not a change. */
    void set(List<R> values) {
        held.clear();
        rows.getChildren().clear();
        values.forEach(this::add);
    }

    /** Adds a row holding {@code value} at the end and focuses its first field. */
    void add(R value) {
        Row<R> row = make.apply(value == null ? blank.get() : value);
        Button remove = new Button("×");
        remove.getStyleClass().add("row-remove");
        remove.setTooltip(new Tooltip(removeText));
        remove.setAccessibleText(removeText);
        remove.setFocusTraversable(false);
        HBox.setHgrow(row.node(), Priority.ALWAYS);
        HBox line = new HBox(4, row.node(), remove);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add(WorkStyles.ROW_BOX);
        remove.setOnAction(e -> {
            held.remove(row);
            rows.getChildren().remove(line);
            onChange.accept(false);
        });
        row.watch(typed -> onChange.accept(typed));
        held.add(row);
        rows.getChildren().add(line);
    }

    List<R> values() {
        return held.stream().map(Row::value).toList();
    }

    /** Focuses the first row's first field (a refusal names the rows). */
    void focus() {
        if (!held.isEmpty() && held.get(0).node() instanceof javafx.scene.Parent p && !p.getChildrenUnmodifiable().isEmpty()) {
            p.getChildrenUnmodifiable().get(0).requestFocus();
        } else {
            addButton().requestFocus();
        }
    }
}
