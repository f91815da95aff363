package org.guidancedesk.ui.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.CalendarEntry;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Row;

/** The month calendar: which month is shown, its days in whole weeks, and each day's entries. */
final class MonthCalendar {
    private final I18n i18n;
    private final DeadlineRows data;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private Checklist checklist;
    private Map<LocalDate, List<CalendarEntry>> actionsByDay = Map.of();

    MonthCalendar(I18n i18n, DeadlineRows data) {
        this.i18n = i18n;
        this.data = data;
    }

    /** After a read: the planned required actions of the checklist read with it; today's month the first time. */
    void load(Checklist read) {
        checklist = read;
        if (month.get() == null) {
            month.set(YearMonth.from(data.today()));
        }
        relight();
    }

    /** The planned actions' lights again (the warning window changed). */
    void relight() {
        actionsByDay = checklist == null ? Map.of() : plannedActions(checklist);
    }

    private Map<LocalDate, List<CalendarEntry>> plannedActions(Checklist c) {
        Map<Long, String> actions = new HashMap<>();
        c.unitActions().forEach(a -> actions.put(a.id(), a.title()));
        c.groupItems().forEach(a -> actions.put(a.id(), a.title()));
        Map<Long, String> units = new HashMap<>();
        for (Unit u : c.units()) {
            units.put(u.id(), u.name());
        }
        Map<Long, Integer> unitOrder = new HashMap<>();
        c.units().forEach(u -> unitOrder.put(u.id(), u.sortOrder()));
        Map<LocalDate, List<CalendarEntry>> result = new HashMap<>();
        c.records().values().stream()
                .filter(r -> r.planned() != null && r.status() != ActionStatus.DONE
                        && r.status() != ActionStatus.NOT_APPLICABLE && actions.containsKey(r.key().actionId()))
                .sorted(Comparator.comparing(ActionRecord::planned)
                        .thenComparing(r -> r.key().unitId() == null ? -1 : unitOrder.getOrDefault(r.key().unitId(), 0))
                        .thenComparing(r -> actions.get(r.key().actionId())))
                .forEach(r -> {
                    String who = r.key().unitId() == null ? i18n.tr("deadlines.calendar.group")
                            : units.getOrDefault(r.key().unitId(), "");
                    // The same traffic light as everywhere: a planned date that passed is red.
                    TrafficLight light = TrafficLight.of(r.planned(), false, false, data.today(), data.warnDays());
                    String symbol = i18n.tr("light", light).substring(0, 1) + " ";
                    result.computeIfAbsent(r.planned(), d -> new ArrayList<>()).add(new CalendarEntry(
                            symbol + i18n.tr("deadlines.calendar.action", who, actions.get(r.key().actionId())), light, null));
                });
        return result;
    }

    void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    /** 2026年11月 */
    String monthTitle() {
        YearMonth m = month.get();
        return m == null ? "" : i18n.tr("deadlines.calendar.month", Integer.toString(m.getYear()), m.getMonthValue());
    }

    /** The days the month's grid shows: whole weeks, Monday first. */
    List<LocalDate> days() {
        YearMonth m = month.get();
        LocalDate first = m.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = m.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** The day's occurrences (all, whatever the list's filter), then its planned required actions. */
    List<CalendarEntry> entries(LocalDate day) {
        List<CalendarEntry> result = new ArrayList<>();
        for (Row r : data.all()) {
            if (r.occurrence().due().equals(day)) {
                String symbol = r.lightText().isEmpty() ? "" : r.lightText().substring(0, 1) + " ";
                result.add(new CalendarEntry(symbol + r.title(), r.light(), r));
            }
        }
        result.addAll(actionsByDay.getOrDefault(day, List.of()));
        return result;
    }

    ObjectProperty<YearMonth> monthProperty() { return month; }
}
