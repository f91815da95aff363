package org.guidancedesk.ui.weekly;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.i18n.I18n;

/** 归档: the sheets exported or printed, newest first, to print again or save again byte for byte. */
final class ArchivePane {
    private final I18n i18n;
    private final TableView<ArchiveRow> table = new TableView<>();
    private final VBox root = new VBox(6);

    ArchivePane(SheetOutput vm, I18n i18n, Consumer<ArchiveRow> onReprint, Consumer<ArchiveRow> onSaveAs) {
        this.i18n = i18n;
        Label title = new Label(i18n.tr("weekly.archive.title"));
        title.getStyleClass().add(WeeklyStyles.CAPTION);

        table.setId(WeeklyIds.ARCHIVE);
        table.getStyleClass().add(WeeklyStyles.ARCHIVE_TABLE);
        table.setItems(vm.archive());
        table.setPlaceholder(placeholder());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(List.of(
                column("weekly.archive.week", ArchiveRow::week, 128),
                column("weekly.archive.time", ArchiveRow::time, 150),
                column("weekly.archive.kind", ArchiveRow::kind, 36),
                column("weekly.archive.pages", ArchiveRow::pages, 36),
                column("weekly.archive.fileName", ArchiveRow::fileName, 260)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ArchiveRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(i18n.tr("weekly.archive.rowTip",
                        row.week(), row.time(), row.kind(), row.fileName(), row.pages())));
            }
        });
        table.setAccessibleText(i18n.tr("weekly.archive.title"));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button reprint = new Button(i18n.tr("weekly.archive.reprint"));
        reprint.setId(WeeklyIds.REPRINT);
        reprint.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.printingProperty()));
        reprint.setOnAction(e -> onReprint.accept(table.getSelectionModel().getSelectedItem()));
        Button saveAs = new Button(i18n.tr("weekly.archive.saveAs"));
        saveAs.setId(WeeklyIds.SAVE_AS);
        saveAs.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        saveAs.setOnAction(e -> onSaveAs.accept(table.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(8, reprint, saveAs);

        root.getChildren().setAll(title, table, buttons);
    }

    private Label placeholder() {
        Label empty = new Label(i18n.tr("weekly.archive.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(WeeklyStyles.HINT);
        return empty;
    }

    private TableColumn<ArchiveRow, String> column(String key, Function<ArchiveRow, String> text, double width) {
        TableColumn<ArchiveRow, String> c = new TableColumn<>(i18n.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    TableView<ArchiveRow> table() {
        return table;
    }

    Node view() {
        return root;
    }
}
