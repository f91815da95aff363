package org.guidancedesk.ui.deadlines;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.function.Function;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Filter;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Row;

/** The section's window content: toolbar, the list with its detail pane, and the month calendar. */
final class DeadlinesView implements org.guidancedesk.ui.EditingSection.EditingView {
    private final DeadlinesViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final TextField sent = new TextField();
    private final TabPane tabs = new TabPane();
    private final Tab listTab;
    private final DetailsView details;
    private final CalendarView calendar;
    private boolean syncing;

    DeadlinesView(DeadlinesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.details = new DetailsView(vm, i18n, this::edit, this::remove);
        this.calendar = new CalendarView(vm, i18n, row -> {
            vm.select(row);
            showList();
        });
        root.setId(Ids.DEADLINES);
        root.getStyleClass().add(DeadlineStyles.SECTION);
        root.getStylesheets().add(DeadlinesView.class.getResource(DeadlineStyles.STYLESHEET).toExternalForm());
        root.setTop(toolbar());

        SplitPane split = new SplitPane(listPane(), details.view());
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(details.view(), false);
        listTab = new Tab(i18n.tr("deadlines.tab.list"), split);
        Tab calendarTab = new Tab(i18n.tr("deadlines.tab.calendar"), calendar.view());
        tabs.getTabs().setAll(listTab, calendarTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
    }

    private Node toolbar() {
        Button add = new Button(i18n.tr("deadlines.add"));
        add.setId(DeadlineStyles.ADD_ID);
        add.setOnAction(e -> edit(null));

        ToggleGroup filters = new ToggleGroup();
        HBox filterBox = new HBox();
        filterBox.getStyleClass().add("segmented");
        for (Filter f : Filter.values()) {
            ToggleButton b = new ToggleButton(i18n.tr("deadlines.filter." + f.name()));
            b.setToggleGroup(filters);
            b.setUserData(f);
            b.setSelected(vm.filterProperty().get() == f);
            filterBox.getChildren().add(b);
        }
        filters.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true); // one is always on
            } else {
                vm.filterProperty().set((Filter) t.getUserData());
            }
        });
        vm.filterProperty().addListener((o, a, f) -> filters.getToggles().forEach(t -> t.setSelected(t.getUserData() == f)));

        CheckBox month = new CheckBox(i18n.tr("deadlines.thisMonth"));
        month.selectedProperty().bindBidirectional(vm.thisMonthOnlyProperty());

        Spinner<Integer> warn = new Spinner<>(0, 60, vm.warnDaysProperty().get());
        warn.setEditable(true);
        warn.setPrefWidth(72);
        warn.valueProperty().addListener((o, a, v) -> {
            if (!syncing && v != null) {
                vm.setWarnDays(v);
            }
        });
        vm.warnDaysProperty().addListener((o, a, v) -> {
            syncing = true;
            warn.getValueFactory().setValue(v.intValue());
            syncing = false;
        });
        Label warnLabel = new Label(i18n.tr("deadlines.warnDays"));
        warnLabel.setLabelFor(warn);
        Label days = new Label(i18n.tr("deadlines.days"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button(i18n.tr("export.button"));
        export.setId(org.guidancedesk.ui.ExportFiles.DEADLINES_ID);
        export.setTooltip(new javafx.scene.control.Tooltip(i18n.tr("export.deadlines.tip")));
        export.setOnAction(e -> org.guidancedesk.ui.ExportFiles.save(export, vm.tasks(),
                i18n.tr("export.deadlines.choose"), vm.exportName(), vm::export));

        HBox bar = new HBox(10, add, filterBox, month, export, spacer, warnLabel, warn, days);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(DeadlineStyles.TOOLBAR);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private Node listPane() {
        table.setId(DeadlineStyles.TABLE_ID);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("hint");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.hasNone() ? i18n.tr("empty.deadlines") : i18n.tr("deadlines.empty"), vm.versionProperty()));
        table.setPlaceholder(placeholder);

        TableColumn<Row, Row> light = new TableColumn<>(i18n.tr("deadlines.column.light"));
        light.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        light.setCellFactory(c -> new LightCell());
        light.setPrefWidth(96);
        light.setMinWidth(96);
        table.getColumns().add(light);
        TableColumn<Row, String> due = column("deadlines.column.due", Row::dueText, 195);
        due.setMinWidth(185);
        table.getColumns().add(due);
        table.getColumns().add(column("deadlines.column.title", Row::title, 200));
        table.getColumns().add(column("deadlines.column.recipient", Row::recipient, 130));
        table.getColumns().add(column("deadlines.column.responsible", Row::responsible, 64));
        table.getColumns().add(stateColumn());
        table.getColumns().forEach(c -> c.setSortable(false));

        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (!syncing && r != null) {
                vm.selectedProperty().set(r);
            }
        });
        vm.selectedProperty().addListener((o, a, r) -> syncSelection(r));
        vm.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> syncSelection(vm.selectedProperty().get()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                e.consume();
                mark();
            }
        });

        sent.setPromptText(i18n.tr("deadlines.sentPrompt"));
        sent.setOnAction(e -> mark());
        HBox.setHgrow(sent, Priority.ALWAYS);
        Button mark = new Button(i18n.tr("deadlines.mark"));
        mark.setId(DeadlineStyles.MARK_ID);
        mark.setDefaultButton(false);
        mark.setOnAction(e -> mark());
        Button undo = new Button(i18n.tr("deadlines.undo"));
        undo.setOnAction(e -> vm.undo());
        mark.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null
                        || vm.selectedProperty().get().occurrence().submission().isPresent(), vm.selectedProperty()));
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null
                        || vm.selectedProperty().get().occurrence().submission().isEmpty(), vm.selectedProperty()));
        Label sentLabel = new Label(i18n.tr("deadlines.sent"));
        sentLabel.setLabelFor(sent);
        sentLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, sentLabel, sent, mark, undo);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 0, 0, 0));

        BorderPane pane = new BorderPane(table);
        pane.setBottom(actions);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private void mark() {
        vm.markSubmitted(sent.getText());
        sent.clear();
        table.requestFocus();
    }

    private void syncSelection(Row r) {
        syncing = true;
        try {
            org.guidancedesk.ui.TableRows.show(table, r);
        } finally {
            syncing = false;
        }
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(i18n.tr(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        // Never narrower than its header in bold ("Responsible"), whatever the language.
        double header = org.guidancedesk.ui.TextWidths.of(i18n.tr(key), true) + 20;
        c.setPrefWidth(Math.max(width, header));
        c.setMinWidth(header); // the flexing state column must not squeeze a header into "Respo…"
        return c;
    }

    /**
     * 状态: never narrower than a long 迟报 text ("迟报 15 天（12月22日报）"), and what is longer (the
     * sent note after it) wraps onto a second line rather than being cut: the state is read in the list.
     */
    private TableColumn<Row, String> stateColumn() {
        TableColumn<Row, String> c = column("deadlines.column.state", Row::stateText, 160);
        String longLate = i18n.tr("deadlines.state.late", 15, i18n.shortDate(java.time.LocalDate.of(2026, 12, 22)));
        c.setMinWidth(org.guidancedesk.ui.TextWidths.of(longLate, false) + 20);
        c.setCellFactory(col -> new WrappingCell());
        return c;
    }

    /** A cell whose text wraps at the column's width (a Label's wrapping does not grow the row). */
    private static final class WrappingCell extends TableCell<Row, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.fontProperty().bind(fontProperty());
            text.fillProperty().bind(textFillProperty()); // the cell's grey and its selected white
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty || value == null ? "" : value);
            setGraphic(empty || value == null ? null : text);
            setText(empty || value == null ? null : value); // for accessibility and lookups; not drawn
        }
    }

    /** Symbol + word on a background of its light; the symbol alone carries it in black and white. */
    private static final class LightCell extends TableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(DeadlineStyles.LIGHTS);
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.lightText());
            getStyleClass().add(DeadlineStyles.light(row.light()));
        }
    }

    private void edit(Deadline existing) {
        DeadlineDialog.show(root, i18n, vm, existing);
    }

    private void remove(Deadline d) {
        ButtonType delete = new ButtonType(i18n.tr("deadlines.remove.confirm"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("deadlines.dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, vm.removalQuestion(d), delete, cancel);
        alert.setTitle(i18n.tr("app.name"));
        alert.setHeaderText(i18n.tr("deadlines.remove.title"));
        org.guidancedesk.ui.Alerts.wrapped(alert);
        org.guidancedesk.ui.DialogOwner.own(alert, root);
        ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        if (alert.showAndWait().filter(delete::equals).isPresent()) {
            vm.remove(d);
        }
    }

    void showList() {
        tabs.getSelectionModel().select(listTab);
        table.requestFocus();
    }

    @Override
    public void focusTable() {
        if (tabs.getSelectionModel().getSelectedItem() == listTab) {
            table.requestFocus();
        }
    }

    /** Saves what is still only typed in the detail pane. */
    @Override
    public void flush() {
        details.flush();
    }

    @Override
    public Node view() {
        return root;
    }
}
