package org.guidancedesk.ui.worklog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;

/** The log's filter: kind, unit (or 本组), member, status, period and words; null or blank lets all through. */
public final class WorkCriteria {
    /** The unit filter's choice for the group's own entries (no unit has id 0). */
    public static final long GROUP = 0;

    /** Which dates the list shows. */
    public enum Period { ALL, THIS_WEEK, LAST_WEEK, THIS_MONTH, CUSTOM }

    private final ObjectProperty<WorkKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> member = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.ALL);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty words = new SimpleStringProperty("");

    /** Every criterion, for whoever filters again when one changes. */
    Observable[] all() {
        return new Observable[] {kind, unit, member, status, period, from, to, words};
    }

    /** What lets a row through, with the period's dates counted from {@code today}. */
    Predicate<WorkRow> predicate(LocalDate today) {
        WorkKind k = kind.get();
        Long u = unit.get();
        Long m = member.get();
        WorkStatus s = status.get();
        LocalDate[] range = range(today);
        String[] parts = words.get() == null ? new String[0] : words.get().toLowerCase(Locale.ROOT).strip().split("\\s+");
        return row -> {
            WorkEntry e = row.entry();
            if (k != null && e.kind() != k || s != null && e.status() != s) {
                return false;
            }
            if (u != null && (u == GROUP ? !e.forGroup() : !e.unitIds().contains(u))) {
                return false;
            }
            if (m != null && !e.memberIds().contains(m)) {
                return false;
            }
            if (range[0] != null && e.on().isBefore(range[0]) || range[1] != null && e.on().isAfter(range[1])) {
                return false;
            }
            for (String w : parts) {
                if (!w.isEmpty() && !row.searchText().contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The first and last day the period lets through (null: open). */
    LocalDate[] range(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (period.get() == null ? Period.ALL : period.get()) {
            case ALL -> new LocalDate[] {null, null};
            case THIS_WEEK -> new LocalDate[] {monday, monday.plusDays(6)};
            case LAST_WEEK -> new LocalDate[] {monday.minusWeeks(1), monday.minusDays(1)};
            case THIS_MONTH -> new LocalDate[] {today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth())};
            case CUSTOM -> new LocalDate[] {from.get(), to.get()};
        };
    }

    /** Whether anything narrows the list. */
    public boolean isSet() {
        return kind.get() != null || unit.get() != null || member.get() != null || status.get() != null
                || period.get() != null && period.get() != Period.ALL || !words.get().isBlank();
    }

    public void clear() {
        kind.set(null);
        unit.set(null);
        member.set(null);
        status.set(null);
        period.set(Period.ALL);
        from.set(null);
        to.set(null);
        words.set("");
    }

    public ObjectProperty<WorkKind> kindProperty() { return kind; }

    public ObjectProperty<Long> unitProperty() { return unit; }

    public ObjectProperty<Long> memberProperty() { return member; }

    public ObjectProperty<WorkStatus> statusProperty() { return status; }

    public ObjectProperty<Period> periodProperty() { return period; }

    public ObjectProperty<LocalDate> fromProperty() { return from; }

    public ObjectProperty<LocalDate> toProperty() { return to; }

    public StringProperty wordsProperty() { return words; }
}
