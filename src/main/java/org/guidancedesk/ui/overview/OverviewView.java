package org.guidancedesk.ui.overview;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.SectionId;

/** 总览's nodes: a scrollable dashboard, two columns when the window is wide. */
final class OverviewView {
    /** Rows listed under 逾期 and 即将到期; the rest are counted by kind under them. */
    static final int MAX_ROWS = 40;
    /** Entries listed under a day of 本周安排; the rest are counted. */
    static final int MAX_DAY_ENTRIES = 12;

    static final String WORK_ID = "overview-work";
    static final String REVIEWS_ID = "overview-reviews";
    /** Wider than this (the content area), the lists and the week stand side by side. */
    private static final double TWO_COLUMNS_FROM = 980;

    private final OverviewViewModel vm;
    private final org.guidancedesk.ui.Navigator navigate;
    private final I18n i18n;

    private final ScrollPane scroll = new ScrollPane();
    private final FlowPane tiles = new FlowPane();
    private final VBox overdueRows = new VBox();
    private final VBox upcomingRows = new VBox();
    private final VBox weekDays = new VBox();
    private final GridPane unitRows = new GridPane();
    private final GridPane columns = new GridPane();
    private final VBox left;
    private final VBox right;

    OverviewView(OverviewViewModel vm, org.guidancedesk.ui.Navigator navigate, I18n i18n) {
        this.vm = vm;
        this.navigate = navigate;
        this.i18n = i18n;

        Label today = new Label();
        today.textProperty().bind(vm.todayTextProperty());
        today.getStyleClass().add("overview-today");
        Label week = new Label();
        week.textProperty().bind(vm.weekTextProperty());
        week.getStyleClass().add("overview-week");
        HBox top = new HBox(16, today, week);
        top.setAlignment(Pos.BASELINE_LEFT);

        tiles.getStyleClass().add("overview-tiles");

        Label upcomingTitle = new Label();
        upcomingTitle.textProperty().bind(vm.upcomingTitleProperty());
        left = new VBox(panel(new Label(i18n.tr("overview.overdue.title")), overdueRows),
                panel(upcomingTitle, upcomingRows));
        left.getStyleClass().add("overview-column");
        unitRows.getStyleClass().add("overview-units");
        right = new VBox(panel(new Label(i18n.tr("overview.week.title")), weekDays),
                panel(new Label(i18n.tr("overview.units.title")), unitRows), workPanel(), reviewsPanel());
        right.getStyleClass().add("overview-column");

        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        ColumnConstraints other = new ColumnConstraints();
        other.setPercentWidth(50);
        other.setHgrow(Priority.ALWAYS);
        columns.getColumnConstraints().setAll(half, other);
        columns.getStyleClass().add("overview-columns");

        VBox page = new VBox(top, tiles, columns);
        page.getStyleClass().add("overview-page");
        scroll.setContent(page);
        scroll.setFitToWidth(true);
        scroll.setId(Ids.OVERVIEW);
        scroll.getStyleClass().add("overview");
        scroll.getStylesheets().add(OverviewView.class.getResource("overview.css").toExternalForm());
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> layoutColumns(now.getWidth()));
        layoutColumns(0);

        // Until the first read is complete the loaded flag below draws everything once.
        vm.tiles().addListener((ListChangeListener<OverviewViewModel.Tile>) c -> {
            if (vm.loadedProperty().get()) {
                showTiles();
            }
        });
        vm.overdue().addListener((ListChangeListener<OverviewViewModel.Row>) c -> {
            if (vm.loadedProperty().get()) {
                showRows(overdueRows, vm.overdue(), "overview.overdue.none", "overview-calm");
            }
        });
        vm.upcoming().addListener((ListChangeListener<OverviewViewModel.Row>) c -> {
            if (vm.loadedProperty().get()) {
                showRows(upcomingRows, vm.upcoming(), "overview.upcoming.none", "overview-empty");
            }
        });
        vm.week().addListener((ListChangeListener<OverviewViewModel.Day>) c -> {
            if (vm.loadedProperty().get()) {
                showWeek();
            }
        });
        vm.units().addListener((ListChangeListener<OverviewViewModel.UnitProgress>) c -> {
            if (vm.loadedProperty().get()) {
                showUnits();
            }
        });
        overdueRows.getChildren().setAll(empty("overview.loading", "overview-empty"));
        // A first read with nothing in a list changes no list: the loaded flag shows every box.
        vm.loadedProperty().addListener((o, was, is) -> {
            if (is) {
                showAll();
            }
        });
        if (vm.loadedProperty().get()) {
            showAll();
        }
    }

    /** The tiles last, as the model sets them: once they show, so does everything else. */
    private void showAll() {
        showRows(overdueRows, vm.overdue(), "overview.overdue.none", "overview-calm");
        showRows(upcomingRows, vm.upcoming(), "overview.upcoming.none", "overview-empty");
        showWeek();
        showUnits();
        showTiles();
    }

    Node view() {
        return scroll;
    }

    private boolean twoColumns;

    private void layoutColumns(double width) {
        boolean wide = width >= TWO_COLUMNS_FROM;
        if (wide == twoColumns && !columns.getChildren().isEmpty()) {
            return;
        }
        twoColumns = wide;
        columns.getChildren().clear();
        ColumnConstraints first = columns.getColumnConstraints().get(0);
        ColumnConstraints second = columns.getColumnConstraints().get(1);
        if (wide) {
            first.setPercentWidth(58);
            second.setPercentWidth(42);
            columns.add(left, 0, 0);
            columns.add(right, 1, 0);
        } else {
            first.setPercentWidth(100);
            second.setPercentWidth(0);
            columns.add(left, 0, 0);
            columns.add(right, 0, 1);
        }
    }

    /** 指导组工作（进驻以来）: the counts of the work log, a click away from it. */
    private Node workPanel() {
        return figuresPanel(WORK_ID, vm.workSoFarProperty(), "overview.work.open", SectionId.WORKLOG, "overview.work.title");
    }

    /** A panel of figures in the reports' words, with the button that opens their section. */
    private Node figuresPanel(String id, javafx.beans.value.ObservableValue<String> figures, String openKey,
                              SectionId section, String titleKey) {
        Label text = new Label();
        text.setId(id);
        text.setWrapText(true);
        text.getStyleClass().add("overview-work");
        text.textProperty().bind(figures);
        Button open = new Button(i18n.tr(openKey));
        open.getStyleClass().add("overview-work-open");
        open.setOnAction(e -> navigate.open(section, null));
        return panel(new Label(i18n.tr(titleKey)), new VBox(6, text, open));
    }

    /** 审阅把关（活动以来）: the documents reviewed, the points raised, the ones finalised after rounds. */
    private Node reviewsPanel() {
        return figuresPanel(REVIEWS_ID, vm.reviewsSoFarProperty(), "overview.reviews.open", SectionId.REVIEWS,
                "overview.reviews.title");
    }

    private static VBox panel(Label title, Node body) {
        title.getStyleClass().add("overview-panel-title");
        VBox box = new VBox(title, body);
        box.getStyleClass().add("overview-panel");
        return box;
    }

    private Label empty(String key, String style) {
        Label l = new Label(i18n.tr(key));
        l.getStyleClass().add(style);
        return l;
    }

    private void showTiles() {
        tiles.getChildren().clear();
        for (OverviewViewModel.Tile t : vm.tiles()) {
            Label value = new Label(t.value());
            value.getStyleClass().add("tile-value");
            Label unit = new Label(t.detail());
            unit.getStyleClass().add("tile-detail");
            HBox number = new HBox(6, value, unit);
            number.setAlignment(Pos.BASELINE_LEFT);
            Label caption = new Label(t.caption());
            caption.getStyleClass().add("tile-caption");
            VBox box = new VBox(2, caption, number);
            Button tile = new Button();
            tile.setGraphic(box);
            tile.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            tile.getStyleClass().addAll("overview-tile", "tile-" + t.kind().name().toLowerCase(java.util.Locale.ROOT));
            boolean alarming = t.kind() == OverviewViewModel.TileKind.OVERDUE
                    || t.kind() == OverviewViewModel.TileKind.LEDGER;
            if (alarming && !"0".equals(t.value())) {
                tile.getStyleClass().add("tile-alert");
            }
            if (t.kind() == OverviewViewModel.TileKind.COMPLETION) {
                tile.getStyleClass().add("tile-light-" + vm.completionLightProperty().get().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (t.kind() == OverviewViewModel.TileKind.DUE_SOON && !"0".equals(t.value())) {
                tile.getStyleClass().add("tile-warn");
            }
            tile.setAccessibleText(t.caption() + " " + t.value() + " " + t.detail());
            tile.setAccessibleHelp(i18n.tr("overview.tile.help", i18n.tr(t.target().titleKey())));
            tile.setOnAction(e -> navigate.open(t.target(), null));
            tiles.getChildren().add(tile);
        }
    }

    private void showRows(VBox into, List<OverviewViewModel.Row> rows, String noneKey, String noneStyle) {
        if (rows.isEmpty()) {
            into.getChildren().setAll(empty(noneKey, noneStyle));
            return;
        }
        into.getChildren().clear();
        for (OverviewViewModel.Row r : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            Label light = cell(r.light(), "row-light", 88);
            light.getStyleClass().add(lightStyle(r.item().light()));
            Label date = cell(r.date(), "row-date", 92);
            Label kind = cell(r.kind(), "row-kind", kindWidth());
            Label unit = cell(r.unit(), "row-unit", 100);
            unit.setWrapText(true);
            Label title = new Label(r.title());
            title.getStyleClass().add("row-title");
            title.setWrapText(true);
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            HBox row = new HBox(8, light, date, kind, unit, title);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("agenda-row");
            row.setFocusTraversable(true);
            row.setAccessibleText(String.join(" ", r.light(), r.date(), r.kind(), r.unit(), r.title()));
            row.setAccessibleHelp(i18n.tr("overview.open.click"));
            Tooltip.install(row, new Tooltip(r.title() + "\n" + i18n.tr("overview.open.click")));
            openOn(row, r.target(), r.item().ref());
            into.getChildren().add(row);
        }
        if (rows.size() > MAX_ROWS) {
            into.getChildren().add(more(rows.subList(MAX_ROWS, rows.size())));
        }
    }

    /**
     * "另有 1,242 项未列出：整改台账 1,000 项、规定动作 230 项……" — a list a dashboard can take
     * (a large group has over a thousand overdue items); each kind's own section lists them all.
     */
    private Label more(List<OverviewViewModel.Row> rest) {
        java.util.Map<String, Integer> byKind = new java.util.LinkedHashMap<>();
        rest.forEach(r -> byKind.merge(r.kind(), 1, Integer::sum));
        List<String> parts = byKind.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> i18n.tr("overview.more.kind", e.getKey(), e.getValue())).toList();
        return muted(i18n.tr("overview.more", rest.size(), String.join(i18n.tr("overview.more.separator"), parts)));
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("overview-empty");
        l.setWrapText(true);
        return l;
    }

    /** A click (or a double-click) or Enter opens the item in its section, selected. */
    private void openOn(Region row, SectionId target, AgendaItem.Ref item) {
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                navigate.open(target, item);
            }
        });
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                navigate.open(target, item);
            }
        });
    }

    /** Wide enough for the longest kind word of the language ("规定动作", "Required action"). */
    private double kindWidth() {
        List<String> kinds = java.util.stream.Stream.concat(
                java.util.Arrays.stream(org.guidancedesk.domain.AgendaItem.Kind.values()).map(k -> i18n.tr("agenda.kind", k)),
                java.util.Arrays.stream(org.guidancedesk.domain.WorkKind.values()).map(k -> i18n.tr("workKind", k))).toList();
        return Math.max(60, org.guidancedesk.ui.TextWidths.widest(kinds, false) + 4);
    }

    private static Label cell(String text, String style, double width) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(width);
        l.setPrefWidth(width);
        return l;
    }

    static String lightStyle(TrafficLight light) {
        return "light-" + light.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void showWeek() {
        weekDays.getChildren().clear();
        for (OverviewViewModel.Day d : vm.week()) {
            Label heading = new Label(d.heading());
            heading.getStyleClass().add("day-heading");
            heading.setMinWidth(100);
            VBox entries = new VBox();
            entries.getStyleClass().add("day-entries");
            if (d.entries().isEmpty()) {
                entries.getChildren().add(empty("overview.week.empty", "overview-empty"));
            }
            for (OverviewViewModel.WeekEntry e : d.entries().subList(0, Math.min(d.entries().size(), MAX_DAY_ENTRIES))) {
                String mark = e.done() ? i18n.tr("overview.week.done") : i18n.tr("light", e.light());
                Label state = new Label(mark);
                state.getStyleClass().addAll("entry-state", e.done() ? "entry-done" : lightStyle(e.light()));
                state.setMinWidth(Region.USE_PREF_SIZE);
                Label text = new Label(e.text());
                text.getStyleClass().add("entry-text");
                text.setWrapText(true);
                text.setMinWidth(0);
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox line = new HBox(6, state, text);
                line.getStyleClass().add("week-entry");
                line.setFocusTraversable(true);
                line.setAccessibleText(mark + " " + e.text());
                openOn(line, e.target(), e.ref());
                entries.getChildren().add(line);
            }
            if (d.entries().size() > MAX_DAY_ENTRIES) {
                long done = d.entries().stream().skip(MAX_DAY_ENTRIES).filter(OverviewViewModel.WeekEntry::done).count();
                entries.getChildren().add(muted(i18n.tr("overview.week.more", d.entries().size() - MAX_DAY_ENTRIES, done)));
            }
            HBox day = new HBox(8, heading, entries);
            HBox.setHgrow(entries, Priority.ALWAYS);
            day.getStyleClass().add("week-day");
            if (d.today()) {
                day.getStyleClass().add("week-today");
            }
            weekDays.getChildren().add(day);
        }
    }

    private void showUnits() {
        unitRows.getChildren().clear();
        if (vm.units().isEmpty()) {
            unitRows.add(empty("overview.units.noneHint", "overview-empty"), 0, 0);
            return;
        }
        int row = 0;
        for (OverviewViewModel.UnitProgress u : vm.units()) {
            Button name = new Button(u.name());
            name.getStyleClass().add("unit-name");
            name.setOnAction(e -> navigate.open(SectionId.CHECKLIST, null));
            // The whole name shows; the bar gives way when the ledger's figures need the room.
            name.setMinWidth(Region.USE_PREF_SIZE);
            name.setAccessibleText(u.name() + " " + u.text() + " " + i18n.tr("checklist.progress", u.light()));
            ProgressBar bar = new ProgressBar(u.fraction());
            bar.getStyleClass().addAll("unit-bar", "unit-bar-" + u.light().name().toLowerCase(java.util.Locale.ROOT));
            bar.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(bar, Priority.ALWAYS);
            bar.setOnMouseClicked(e -> navigate.open(SectionId.CHECKLIST, null));
            Label value = new Label(u.text());
            value.getStyleClass().add("unit-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            Button ledger = new Button(u.ledgerText());
            ledger.getStyleClass().add("unit-ledger");
            if (u.ledger().overdue() > 0) {
                ledger.getStyleClass().add("unit-ledger-overdue");
            }
            ledger.setMinWidth(Region.USE_PREF_SIZE);
            ledger.setOnAction(e -> navigate.open(SectionId.LEDGER, null));
            ledger.setAccessibleText(u.name() + " " + u.ledgerText());
            ledger.setAccessibleHelp(i18n.tr("overview.tile.help", i18n.tr(SectionId.LEDGER.titleKey())));
            unitRows.addRow(row++, name, bar, value, ledger);
        }
    }
}
