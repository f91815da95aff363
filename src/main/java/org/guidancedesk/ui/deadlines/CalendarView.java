package org.guidancedesk.ui.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.CalendarEntry;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Row;

/** 月历: one month, Monday first, each day listing its deadlines and planned required actions. */
final class CalendarView {
    private static final int SHOWN_PER_DAY = 3;

    private final DeadlinesViewModel vm;
    private final I18n i18n;
    private final Consumer<Row> onOpen;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final Label title = new Label();

    CalendarView(DeadlinesViewModel vm, I18n i18n, Consumer<Row> onOpen) {
        this.vm = vm;
        this.i18n = i18n;
        this.onOpen = onOpen;
        root.setId(DeadlineStyles.CALENDAR_ID);
        root.getStyleClass().add(DeadlineStyles.CALENDAR);

        Button previous = new Button("◀");
        previous.setOnAction(e -> vm.previousMonth());
        previous.setTooltip(new Tooltip(i18n.tr("deadlines.calendar.previous")));
        Button next = new Button("▶");
        next.setOnAction(e -> vm.nextMonth());
        next.setTooltip(new Tooltip(i18n.tr("deadlines.calendar.next")));
        Button thisMonth = new Button(i18n.tr("deadlines.calendar.today"));
        thisMonth.setOnAction(e -> vm.monthProperty().set(YearMonth.from(vm.today())));
        title.getStyleClass().add("calendar-title");
        title.setMinWidth(120);
        title.setAlignment(Pos.CENTER);
        HBox head = new HBox(8, previous, title, next, thisMonth);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(8, 12, 8, 12));
        root.setTop(head);

        for (int i = 0; i < 7; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 7);
            c.setHgrow(Priority.ALWAYS);
            c.setMinWidth(60);
            grid.getColumnConstraints().add(c);
        }
        grid.setPadding(new Insets(0, 12, 12, 12));
        root.setCenter(grid);
        vm.monthProperty().addListener((o, a, m) -> draw());
        vm.versionProperty().addListener((o, a, v) -> draw());
    }

    private void draw() {
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        if (vm.monthProperty().get() == null) {
            return;
        }
        title.setText(vm.monthTitle());
        RowConstraints header = new RowConstraints();
        grid.getRowConstraints().add(header);
        for (int i = 0; i < 7; i++) {
            Label w = new Label(vm.weekday(DayOfWeek.of(i + 1)));
            w.getStyleClass().add(DeadlineStyles.WEEKDAY);
            w.setMaxWidth(Double.MAX_VALUE);
            grid.add(w, i, 0);
        }
        YearMonth month = vm.monthProperty().get();
        List<LocalDate> days = vm.calendarDays();
        int weeks = days.size() / 7;
        for (int w = 0; w < weeks; w++) {
            RowConstraints r = new RowConstraints();
            r.setVgrow(Priority.ALWAYS);
            r.setPercentHeight(-1);
            r.setMinHeight(80);
            grid.getRowConstraints().add(r);
        }
        for (int i = 0; i < days.size(); i++) {
            grid.add(day(days.get(i), month), i % 7, 1 + i / 7);
        }
    }

    private Node day(LocalDate day, YearMonth month) {
        VBox cell = new VBox(1);
        cell.getStyleClass().add(DeadlineStyles.DAY);
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cell.setMinWidth(0);
        if (!YearMonth.from(day).equals(month)) {
            cell.getStyleClass().add(DeadlineStyles.DAY_OTHER_MONTH);
        }
        boolean today = day.equals(vm.today());
        if (today) {
            cell.getStyleClass().add(DeadlineStyles.DAY_TODAY);
        }
        Label number = new Label(today ? i18n.tr("deadlines.calendar.todayMark", day.getDayOfMonth())
                : Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add(DeadlineStyles.DAY_NUMBER);
        cell.getChildren().add(number);
        List<CalendarEntry> entries = vm.entries(day);
        int shown = Math.min(entries.size(), SHOWN_PER_DAY);
        for (int i = 0; i < shown; i++) {
            cell.getChildren().add(entry(entries.get(i)));
        }
        if (shown < entries.size()) {
            Label more = new Label(i18n.tr("deadlines.calendar.more", entries.size() - shown));
            more.getStyleClass().add(DeadlineStyles.MORE);
            StringBuilder all = new StringBuilder();
            entries.forEach(e -> all.append(all.isEmpty() ? "" : "\n").append(e.text()));
            more.setTooltip(new Tooltip(all.toString()));
            cell.getChildren().add(more);
        }
        return cell;
    }

    private Node entry(CalendarEntry e) {
        Label l = new Label(e.text());
        l.getStyleClass().add(DeadlineStyles.ENTRY);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setTooltip(new Tooltip(e.row() == null ? e.text() : e.text() + "\n" + e.row().dueText() + " · " + e.row().stateText()));
        if (e.row() == null) {
            l.getStyleClass().add(DeadlineStyles.ENTRY_ACTION);
            if (e.light() != null) {
                l.getStyleClass().add(DeadlineStyles.light(e.light()));
            }
        } else {
            l.getStyleClass().add(DeadlineStyles.light(e.light()));
            l.setOnMouseClicked(ev -> onOpen.accept(e.row()));
            l.setCursor(javafx.scene.Cursor.HAND);
        }
        return l;
    }

    Node view() {
        return root;
    }
}
