package org.guidancedesk.ui.history;

import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.guidancedesk.domain.TrashEntry;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.HistoryService;
import org.guidancedesk.service.UnitService;
import org.guidancedesk.domain.Unit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guidancedesk.ui.UiTasks;

/**
 * 回收站: what was deleted, newest first, each with what went with it; 恢复 brings the selected
 * item back (an edit like any other: it can be undone), 清空回收站 asks first.
 */
public final class TrashDialog {
    public static final String TABLE_ID = "trash-table";
    public static final String RESTORE_ID = "trash-restore";
    public static final String EMPTY_ID = "trash-empty";

    private final UiTasks tasks;
    private final HistoryService history;
    private final Runnable onChanged;
    private final I18n i18n;
    private final TableView<TrashEntry> table = new TableView<>();
    private final UnitService units;
    /** 编号 and 单位 of each entry, with the unit names read with the list. */
    private TrashText trashText;

    private TrashDialog(UiTasks tasks, HistoryService history, UnitService units, Runnable onChanged) {
        this.tasks = tasks;
        this.history = history;
        this.units = units;
        this.onChanged = onChanged;
        this.i18n = tasks.i18n();
        this.trashText = new TrashText(i18n, Map.of());
    }

    /** @param onChanged called after something was restored, so the window shows it again */
    public static void show(Window owner, UiTasks tasks, HistoryService history, UnitService units,
                            Runnable onChanged) {
        new TrashDialog(tasks, history, units, onChanged).open(owner);
    }

    private void open(Window owner) {
        ChangeText text = new ChangeText(i18n, ZoneId.systemDefault());
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(i18n.tr("trash.emptyList")));
        table.getColumns().add(column("trash.column.when", 170, e -> i18n.tr("history.when",
                i18n.longDate(LocalDateTime.ofInstant(e.at(), ZoneId.systemDefault()).toLocalDate()),
                i18n.time(LocalDateTime.ofInstant(e.at(), ZoneId.systemDefault())).substring(0, 5))));
        table.getColumns().add(column("trash.column.kind", 100, e -> text.table(e.table())));
        table.getColumns().add(column("trash.column.code", 80, e -> trashText.code(e)));
        table.getColumns().add(column("trash.column.unit", 130, e -> trashText.unit(e)));
        table.getColumns().add(column("trash.column.item", 360, e -> trashText.label(e)));
        table.getColumns().add(column("trash.column.rows", 110, e -> e.rows() > 1
                ? i18n.tr("trash.withOthers", e.rows() - 1) : ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(960, 380);

        Button restore = new Button(i18n.tr("trash.restore"));
        restore.setId(RESTORE_ID);
        restore.setDefaultButton(true);
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> restoreSelected());
        Button empty = new Button(i18n.tr("trash.empty"));
        empty.setId(EMPTY_ID);
        empty.setOnAction(e -> emptyAfterAsking(owner));
        Label hint = new Label(i18n.tr("trash.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.tr("trash.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new VBox(8, hint, table, new HBox(8, restore, empty)));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(i18n.tr("history.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        reload();
        dialog.show();
    }

    private record Listing(List<TrashEntry> entries, Map<Long, String> unitNames) {}

    private void reload() {
        tasks.read(() -> new Listing(history.trash(), units.units().stream()
                .collect(Collectors.toMap(Unit::id, Unit::name))), listing -> {
            trashText = new TrashText(i18n, listing.unitNames());
            table.setItems(FXCollections.observableArrayList(listing.entries()));
        });
    }

    private void restoreSelected() {
        TrashEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            tasks.write(() -> {
                history.restore(entry.setId());
                return null;
            }, done -> {
                reload();
                onChanged.run();
                table.requestFocus();
            });
        }
    }

    private void emptyAfterAsking(Window owner) {
        if (table.getItems().isEmpty()) {
            return;
        }
        ButtonType emptyIt = new ButtonType(i18n.tr("trash.empty"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("history.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, i18n.tr("trash.emptyQuestion", table.getItems().size()),
                emptyIt, cancel);
        // Emptying cannot be taken back: Enter must not do it.
        ((Button) ask.getDialogPane().lookupButton(emptyIt)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ask.initOwner(owner);
        ask.setHeaderText(null);
        ask.setTitle(i18n.tr("trash.title"));
        org.guidancedesk.ui.Alerts.wrapped(ask).showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b ->
                tasks.write(() -> {
                    history.emptyTrash();
                    return null;
                }, done -> reload()));
    }

    private TableColumn<TrashEntry, String> column(String key, double width,
                                                   java.util.function.Function<TrashEntry, String> value) {
        TableColumn<TrashEntry, String> c = new TableColumn<>(i18n.tr(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
