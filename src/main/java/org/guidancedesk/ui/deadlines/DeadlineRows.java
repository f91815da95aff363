package org.guidancedesk.ui.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.DeadlineChange;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Row;

/**
 * Every occurrence of every deadline as a row of the list, as last read and as patched by the
 * writes since, with the day and the warning window its lights are computed for.
 */
final class DeadlineRows {
    /**
     * The service's order (date, then title); the deadline's id settles a tie, so rows patched in
     * after a write stand where a full read would put them.
     */
    private static final Comparator<Row> ORDER = Comparator.comparing((Row r) -> r.occurrence().due())
            .thenComparing(Row::title).thenComparingLong(r -> r.occurrence().deadline().id());

    private final I18n i18n;
    private List<Row> all = List.of();
    private Map<Long, String> names = Map.of();
    private LocalDate today;
    private int warnDays = TrafficLight.DEFAULT_WARN_DAYS;
    private boolean loaded;

    DeadlineRows(I18n i18n) {
        this.i18n = i18n;
    }

    /** Everything as read. */
    void load(List<Occurrence> occurrences, List<Member> members, LocalDate day, int days) {
        today = day;
        warnDays = days;
        Map<Long, String> byId = new HashMap<>();
        members.forEach(m -> byId.put(m.id(), m.name()));
        names = byId;
        all = sorted(occurrences.stream().map(this::row).toList());
        loaded = true;
    }

    /** The written deadline's rows replaced by its occurrences now; every other row stays as it is. */
    void apply(DeadlineChange change) {
        List<Row> next = new ArrayList<>(all.size() + change.occurrences().size());
        for (Row r : all) {
            if (r.occurrence().deadline().id() != change.deadlineId()) {
                next.add(r);
            }
        }
        change.occurrences().forEach(o -> next.add(row(o)));
        all = sorted(next);
    }

    /** Another warning window: every light again, from the occurrences already held. */
    void relight(int days) {
        warnDays = days;
        all = all.stream().map(r -> row(r.occurrence())).toList();
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> copy = new ArrayList<>(rows);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }

    private Row row(Occurrence o) {
        TrafficLight light = o.light(today, warnDays);
        Occurrence.State state = o.state(today);
        Deadline d = o.deadline();
        String due = i18n.longDate(o.due()) + " " + weekday(i18n, o.due().getDayOfWeek())
                + (d.dueTime() == null ? "" : " " + d.dueTime());
        String stateText = switch (state) {
            case PENDING -> i18n.tr("deadlines.state.pending");
            case OVERDUE -> i18n.tr("deadlines.state.overdue");
            case SUBMITTED -> {
                Submission sub = o.submission().orElseThrow();
                if (o.isLate()) {
                    yield sub.sent().isEmpty()
                            ? i18n.tr("deadlines.state.late", o.daysLate(), i18n.shortDate(sub.submittedOn()))
                            : i18n.tr("deadlines.state.lateSent", o.daysLate(), i18n.shortDate(sub.submittedOn()), sub.sent());
                }
                yield sub.sent().isEmpty() ? i18n.tr("deadlines.state.submitted", i18n.shortDate(sub.submittedOn()))
                        : i18n.tr("deadlines.state.submittedSent", i18n.shortDate(sub.submittedOn()), sub.sent());
            }
        };
        String responsible = d.responsibleId() == null ? "" : names.getOrDefault(d.responsibleId(), "");
        String lightText = o.isLate() ? i18n.tr("deadlines.light.late") : i18n.tr("light", light);
        return new Row(o, light, state, lightText, due, d.title(), d.recipient(), responsible, stateText);
    }

    /** 周五 */
    static String weekday(I18n i18n, DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, i18n.locale());
    }

    /** Every row, in the service's order. */
    List<Row> all() {
        return all;
    }

    /** How many of the deadline's occurrences are submitted (they go with it when it is removed). */
    long submissionCount(long deadlineId) {
        return all.stream().filter(r -> r.occurrence().deadline().id() == deadlineId
                && r.occurrence().submission().isPresent()).count();
    }

    /** The day the rows were read for, or null before the first read. */
    LocalDate today() {
        return today;
    }

    int warnDays() {
        return warnDays;
    }

    boolean loaded() {
        return loaded;
    }
}
