package org.guidancedesk.ui.history;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.guidancedesk.domain.Change;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.UiTasks;

/** 修改记录: every recorded change of one item, newest first, read off the JavaFX thread. */
public final class HistoryDialog {
    private HistoryDialog() {}

    /**
     * @param title    what the item is called ("整改-007 文件会议仍然偏多…")
     * @param changes  reads the item's changes (runs on the database thread)
     */
    public static void show(Window owner, UiTasks tasks, String title, Supplier<List<Change>> changes) {
        I18n i18n = tasks.i18n();
        ChangeText text = new ChangeText(i18n, ZoneId.systemDefault());
        TableView<Change> table = new TableView<>();
        table.setId("history-table");
        table.setPlaceholder(new Label(i18n.tr("history.none")));
        table.getColumns().add(column(i18n.tr("history.column.when"), 170, text::when));
        table.getColumns().add(column(i18n.tr("history.column.what"), 150, text::what));
        TableColumn<Change, String> details = column(i18n.tr("history.column.details"), 520, text::details);
        table.getColumns().add(details);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(860, 420);
        Label heading = new Label(title);
        heading.setWrapText(true);
        heading.getStyleClass().add("dialog-heading");

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.tr("history.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new VBox(8, heading, table));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.tr("history.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        tasks.read(changes::get, list -> {
            List<Change> newestFirst = new java.util.ArrayList<>(list);
            java.util.Collections.reverse(newestFirst);
            table.setItems(FXCollections.observableArrayList(newestFirst));
        });
        dialog.show();
    }

    private static TableColumn<Change, String> column(String title, double width,
                                                      java.util.function.Function<Change, String> value) {
        TableColumn<Change, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(col -> {
            javafx.scene.control.TableCell<Change, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
                }
            };
            cell.setWrapText(true);
            return cell;
        });
        return c;
    }
}
