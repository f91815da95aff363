package org.guidancedesk.ui.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Filter;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Row;

/** What the list shows: the rows its filter lets through, in its order, and the selection kept across changes. */
final class DeadlineList {
    private final DeadlineRows data;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.OPEN);
    private final BooleanProperty thisMonthOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();

    DeadlineList(DeadlineRows data) {
        this.data = data;
        filter.addListener((o, a, b) -> refresh());
        thisMonthOnly.addListener((o, a, b) -> refresh());
    }

    /** Lists the rows again; the selection stays on its occurrence, or moves to the row now in its place. */
    void refresh() {
        Row keep = selected.get();
        LocalDate today = data.today();
        YearMonth current = today == null ? null : YearMonth.from(today);
        List<Row> shown = data.all().stream()
                .filter(r -> switch (filter.get()) {
                    case ALL -> true;
                    case OPEN -> r.state() != Occurrence.State.SUBMITTED;
                    case SUBMITTED -> r.state() == Occurrence.State.SUBMITTED;
                })
                .filter(r -> !thisMonthOnly.get() || YearMonth.from(r.occurrence().due()).equals(current))
                .sorted(filter.get() == Filter.OPEN
                        ? Comparator.comparing((Row r) -> r.state() != Occurrence.State.OVERDUE)
                                .thenComparing(r -> r.occurrence().due())
                        : Comparator.comparing((Row r) -> r.occurrence().due()))
                .toList();
        int at = keep == null ? -1 : indexOf(keep);
        rows.setAll(shown);
        if (keep != null) {
            Deadline d = keep.occurrence().deadline();
            // One that left the list (just marked 已报): the row now in its place, the next one as listed.
            selected.set(find(d.id(), keep.occurrence().due())
                    .orElse(at < 0 || rows.isEmpty() ? null : rows.get(Math.min(at, rows.size() - 1))));
        }
    }

    private int indexOf(Row r) {
        Occurrence o = r.occurrence();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).sameAs(o.deadline().id(), o.due())) {
                return i;
            }
        }
        return -1;
    }

    private Optional<Row> find(long deadlineId, LocalDate due) {
        return rows.stream().filter(r -> r.sameAs(deadlineId, due)).findFirst();
    }

    /** Today's occurrence, or the next pending one, or the first listed. */
    void selectDefault() {
        LocalDate today = data.today();
        selected.set(rows.stream()
                .filter(r -> r.state() == Occurrence.State.PENDING && !r.occurrence().due().isBefore(today))
                .min(Comparator.comparing(r -> r.occurrence().due()))
                .orElse(rows.isEmpty() ? null : rows.get(0)));
    }

    /** Selects an occurrence, widening the filter when it is not listed. */
    void select(Row row) {
        if (row == null) {
            return;
        }
        Occurrence o = row.occurrence();
        if (find(o.deadline().id(), o.due()).isEmpty()) {
            thisMonthOnly.set(false);
            filter.set(Filter.ALL);
        }
        selected.set(find(o.deadline().id(), o.due()).orElse(null));
    }

    /** Selects the occurrence if any row of the data is it (revealed from 总览). */
    void reveal(long deadlineId, LocalDate due) {
        data.all().stream().filter(r -> r.sameAs(deadlineId, due)).findFirst().ifPresent(this::select);
    }

    ObservableList<Row> rows() { return rows; }

    ObjectProperty<Filter> filterProperty() { return filter; }

    BooleanProperty thisMonthOnlyProperty() { return thisMonthOnly; }

    ObjectProperty<Row> selectedProperty() { return selected; }
}
