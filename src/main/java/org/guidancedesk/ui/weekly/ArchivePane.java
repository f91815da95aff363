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
import org.guidancedesk.ui.TextWidths;

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
                column("weekly.archive.week", ArchiveRow::week, 0, List.of(sampleWeek())),
                column("weekly.archive.time", ArchiveRow::time, 0, List.of(sampleTime())),
                column("weekly.archive.kind", ArchiveRow::kind, 36, kinds()),
                column("weekly.archive.pages", ArchiveRow::pages, 36, List.of("88")),
                column("weekly.archive.fileName", ArchiveRow::fileName, 260, List.of())));
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

    /** A long week label (two-digit week, two-digit months), as SheetOutput writes it. */
    private String sampleWeek() {
        return i18n.tr("weekly.archive.weekText", 18, i18n.cellDate(java.time.LocalDate.of(2026, 12, 28)),
                i18n.cellDate(java.time.LocalDate.of(2027, 1, 3)));
    }

    private String sampleTime() {
        return i18n.tr("weekly.archive.timeText", i18n.longDate(java.time.LocalDate.of(2026, 12, 28)), "23:59");
    }

    private List<String> kinds() {
        return java.util.Arrays.stream(org.guidancedesk.domain.ReportKind.values())
                .flatMap(r -> java.util.Arrays.stream(org.guidancedesk.domain.SheetKind.values())
                        .map(k -> ArchiveRow.kindText(i18n, r, k)))
                .toList();
    }

    /** At least {@code width}, and wide enough for the header and the {@code values} in this language ("Pages"). */
    private TableColumn<ArchiveRow, String> column(String key, Function<ArchiveRow, String> text, double width,
            List<String> values) {
        TableColumn<ArchiveRow, String> c = new TableColumn<>(i18n.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        double header = TextWidths.of(i18n.tr(key), true) + 16;
        c.setPrefWidth(Math.max(width, Math.max(header, TextWidths.widest(values, false) + 12)));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** The side's width that shows every column but the file name whole (table and side padding included). */
    double neededWidth() {
        double w = 0;
        for (int i = 0; i < table.getColumns().size() - 1; i++) {
            w += table.getColumns().get(i).getPrefWidth();
        }
        return w + 46;
    }

    TableView<ArchiveRow> table() {
        return table;
    }

    Node view() {
        return root;
    }
}
