package org.guidancedesk.ui.settings;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;

/** Table and toolbar pieces shared by the settings lists. */
final class Tables {
    private Tables() {}

    /** A text column whose cells elide long text and show all of it in a tooltip. */
    static <S> TableColumn<S, String> textColumn(String title, Function<S, String> text, double prefWidth) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        column.setCellFactory(c -> new ElidingCell<>());
        column.setPrefWidth(prefWidth);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private static final class ElidingCell<S> extends TableCell<S, String> {
        private final Tooltip tip = new Tooltip();

        ElidingCell() {
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            tip.setShowDelay(Duration.millis(400));
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            tip.setText(blank ? "" : item);
            setTooltip(blank ? null : tip);
        }
    }

    /** Double-click or Enter edits the row; the Delete key asks to delete it. */
    static <S> void keys(TableView<S> table, Consumer<S> edit, Consumer<S> delete) {
        table.setRowFactory(t -> {
            TableRow<S> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            S selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                delete.accept(selected);
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                edit.accept(selected);
            }
        });
    }

    static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Selects the row with the given id and scrolls to it. */
    static <S> void select(TableView<S> table, Function<S, Long> id, long wanted) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (id.apply(table.getItems().get(i)) == wanted) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                table.requestFocus();
                return;
            }
        }
    }
}
