package org.guidancedesk.ui.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.DeadlineExportService;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * 上报材料: the occurrences of every reporting deadline, filtered, with the selected one's
 * details; one-click submission and undo; adding, editing and removing rules; the month
 * calendar's entries. No JavaFX scene types: tested without a toolkit.
 */
public final class DeadlinesViewModel {
    /** Which occurrences the list shows. */
    public enum Filter { ALL, OPEN, SUBMITTED }

    /** The kind of rule in the add/edit form. */
    public enum RuleKind { ONCE, WEEKLY, MONTHLY }

    /** One line of the list. */
    public record Row(Occurrence occurrence, TrafficLight light, Occurrence.State state, String lightText,
                      String dueText, String title, String recipient, String responsible, String stateText) {
        boolean sameAs(long deadlineId, LocalDate due) {
            return occurrence.deadline().id() == deadlineId && occurrence.due().equals(due);
        }
    }

    /** One line in a calendar day: an occurrence ({@code row} set) or a planned required action. */
    public record CalendarEntry(String text, TrafficLight light, Row row) {}

    /** What the add/edit dialog holds; blank texts and null dates as the user left them. */
    public record Form(String title, RuleKind kind, LocalDate once, DayOfWeek weekday, int dayOfMonth,
                       LocalDate from, LocalDate until, String time, String recipient, Long responsibleId,
                       String note) {}

    record Snapshot(List<Occurrence> occurrences, Checklist checklist, int warnDays, LocalDate today) {}

    private final UiTasks tasks;
    private final Workspace workspace;
    private final I18n i18n;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.OPEN);
    private final BooleanProperty thisMonthOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final IntegerProperty warnDays = new SimpleIntegerProperty(TrafficLight.DEFAULT_WARN_DAYS);
    private final StringProperty submissionError = new SimpleStringProperty("");
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final IntegerProperty version = new SimpleIntegerProperty();

    private List<Row> all = List.of();
    private Map<LocalDate, List<CalendarEntry>> actionsByDay = Map.of();
    private Group group;
    private LocalDate today;

    public DeadlinesViewModel(UiTasks tasks, Workspace workspace) {
        this.tasks = tasks;
        this.workspace = workspace;
        this.i18n = tasks.i18n();
        filter.addListener((o, a, b) -> applyFilter());
        thisMonthOnly.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, b) -> {
            if (a == null || b == null || !b.sameAs(a.occurrence().deadline().id(), a.occurrence().due())) {
                submissionError.set("");
            }
        });
    }

    /** Re-reads everything; the selection stays on the same occurrence when it is still listed. */
    public void reload() {
        tasks.read(() -> new Snapshot(workspace.deadlines().occurrences(), workspace.checklist().load(),
                workspace.deadlines().warnDays(), workspace.deadlines().today()), this::show);
    }

    void show(Snapshot s) {
        today = s.today();
        group = s.checklist().group();
        warnDays.set(s.warnDays());
        members.setAll(s.checklist().members());
        if (month.get() == null) {
            month.set(YearMonth.from(today));
        }
        Map<Long, String> names = new HashMap<>();
        s.checklist().members().forEach(m -> names.put(m.id(), m.name()));
        all = s.occurrences().stream().map(o -> row(o, names)).toList();
        actionsByDay = plannedActions(s.checklist());
        applyFilter();
        if (toReveal != null) {
            Wanted k = toReveal;
            toReveal = null;
            all.stream().filter(r -> r.sameAs(k.deadlineId(), k.due())).findFirst().ifPresent(this::select);
        }
        if (selected.get() == null) {
            selectDefault();
        }
        version.set(version.get() + 1);
    }

    private Row row(Occurrence o, Map<Long, String> names) {
        TrafficLight light = o.light(today, warnDays.get());
        Occurrence.State state = o.state(today);
        Deadline d = o.deadline();
        String due = i18n.longDate(o.due()) + " " + weekday(o.due().getDayOfWeek())
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
    String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, i18n.locale());
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
                    TrafficLight light = TrafficLight.of(r.planned(), false, false, today, warnDays.get());
                    String symbol = i18n.tr("light", light).substring(0, 1) + " ";
                    result.computeIfAbsent(r.planned(), d -> new ArrayList<>()).add(new CalendarEntry(
                            symbol + i18n.tr("deadlines.calendar.action", who, actions.get(r.key().actionId())), light, null));
                });
        return result;
    }

    private void applyFilter() {
        Row keep = selected.get();
        YearMonth current = today == null ? null : YearMonth.from(today);
        List<Row> shown = all.stream()
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

    /** The occurrence to select when the next read arrives (opened from 总览), or null. */
    private Wanted toReveal;

    private record Wanted(long deadlineId, LocalDate due) {}

    /** Selects that occurrence once the next read has arrived (the section is being opened on it). */
    public void revealAfterReload(long deadlineId, LocalDate due) {
        toReveal = new Wanted(deadlineId, due);
    }

    /** Today's occurrence, or the next pending one, or the first listed. */
    public void selectDefault() {
        selected.set(rows.stream()
                .filter(r -> r.state() == Occurrence.State.PENDING && !r.occurrence().due().isBefore(today))
                .min(Comparator.comparing(r -> r.occurrence().due()))
                .orElse(rows.isEmpty() ? null : rows.get(0)));
    }

    /** Selects an occurrence (from the calendar), widening the filter when it is not listed. */
    public void select(Row row) {
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

    // --- submissions -------------------------------------------------------------------------

    /** One click: the selected occurrence is submitted today, with what was sent (may be blank). */
    public void markSubmitted(String sent) {
        Row r = selected.get();
        if (r == null || r.state() == Occurrence.State.SUBMITTED) {
            return;
        }
        submissionError.set("");
        Occurrence o = r.occurrence();
        tasks.write(() -> workspace.deadlines().markSubmitted(o.deadline().id(), o.due(), sent),
                s -> reload(), e -> submissionError.set(message(e)));
    }

    /** 撤销: the selected occurrence is pending (or overdue) again. */
    public void undo() {
        Row r = selected.get();
        if (r == null || r.state() != Occurrence.State.SUBMITTED) {
            return;
        }
        submissionError.set("");
        Occurrence o = r.occurrence();
        tasks.write(() -> {
            workspace.deadlines().undoSubmission(o.deadline().id(), o.due());
            return null;
        }, v -> reload());
    }

    /** Changes the submission date; a date in the future is refused with a message. */
    public void setSubmittedOn(LocalDate date) {
        Row r = selected.get();
        if (r == null || r.occurrence().submission().isEmpty() || date == null) {
            return;
        }
        Submission old = r.occurrence().submission().get();
        if (date.equals(old.submittedOn())) {
            submissionError.set("");
            return;
        }
        saveSubmission(new Submission(old.deadlineId(), old.due(), date, old.sent()));
    }

    /** Changes what was sent. */
    public void setSent(String sent) {
        Row r = selected.get();
        if (r == null || r.occurrence().submission().isEmpty()) {
            return;
        }
        Submission old = r.occurrence().submission().get();
        if (Objects.equals(old.sent(), sent == null ? "" : sent.strip())) {
            return;
        }
        saveSubmission(new Submission(old.deadlineId(), old.due(), old.submittedOn(), sent));
    }

    private void saveSubmission(Submission s) {
        try {
            s.checkAgainst(today);
        } catch (ValidationException e) {
            submissionError.set(message(e));
            return;
        }
        submissionError.set("");
        tasks.write(() -> workspace.deadlines().saveSubmission(s), saved -> reload(),
                e -> submissionError.set(message(e)));
    }

    // --- the warning window ---------------------------------------------------------------------

    /** Saved at once; the lights follow. */
    public void setWarnDays(int days) {
        if (days == warnDays.get()) {
            return;
        }
        tasks.write(() -> {
            workspace.deadlines().setWarnDays(days);
            return null;
        }, v -> reload());
    }

    // --- rules -----------------------------------------------------------------------------------

    /** An empty form: a one-off deadline, the default recipient, the weekly rule starting today. */
    public Form newForm() {
        LocalDate from = today == null ? LocalDate.now() : today;
        return new Form("", RuleKind.ONCE, null, DayOfWeek.FRIDAY, 15, from, null, "",
                Deadline.DEFAULT_RECIPIENT, null, "");
    }

    /** The form holding an existing rule. */
    public Form formOf(Deadline d) {
        Form blank = newForm();
        String time = d.dueTime() == null ? "" : d.dueTime().toString();
        Recurrence rule = d.recurrence();
        if (rule instanceof Recurrence.Weekly w) {
            return new Form(d.title(), RuleKind.WEEKLY, null, w.day(), blank.dayOfMonth(),
                    w.from(), w.until(), time, d.recipient(), d.responsibleId(), d.note());
        }
        if (rule instanceof Recurrence.Monthly m) {
            return new Form(d.title(), RuleKind.MONTHLY, null, blank.weekday(),
                    m.dayOfMonth(), m.from(), m.until(), time, d.recipient(), d.responsibleId(), d.note());
        }
        return new Form(d.title(), RuleKind.ONCE, ((Recurrence.Once) rule).due(), blank.weekday(),
                blank.dayOfMonth(), blank.from(), null, time, d.recipient(), d.responsibleId(), d.note());
    }

    /** The deadline the form describes; refused on its field when incomplete or inconsistent. */
    Deadline build(long id, Form f) {
        Recurrence rule = switch (f.kind()) {
            case ONCE -> {
                if (f.once() == null) {
                    throw new ValidationException("deadline.due", "validation.required");
                }
                yield new Recurrence.Once(f.once());
            }
            case WEEKLY -> new Recurrence.Weekly(f.weekday(), required(f.from()), f.until());
            case MONTHLY -> new Recurrence.Monthly(f.dayOfMonth(), required(f.from()), f.until());
        };
        return new Deadline(id, f.title(), Times.parse(f.time()), f.recipient(), f.responsibleId(), rule, f.note());
    }

    private static LocalDate required(LocalDate from) {
        if (from == null) {
            throw new ValidationException("deadline.from", "validation.required");
        }
        return from;
    }

    /** The non-blocking warning for the form (dates outside the campaign), or "". */
    public String warning(Form f) {
        try {
            Deadline d = build(0, f);
            return group == null ? "" : String.join("；", d.warnings(group).stream().map(i18n::tr).toList());
        } catch (ValidationException | IllegalArgumentException e) {
            return "";
        }
    }

    /** Adds ({@code existing} null) or updates a deadline; a refusal goes to {@code onInvalid}. */
    public void save(Deadline existing, Form form, Consumer<Deadline> onSaved, Consumer<ValidationException> onInvalid) {
        Deadline d;
        try {
            d = build(existing == null ? 0 : existing.id(), form);
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        tasks.write(() -> {
            if (existing == null) {
                return workspace.deadlines().add(d);
            }
            workspace.deadlines().update(d);
            return d;
        }, saved -> {
            onSaved.accept(saved);
            reload();
        }, onInvalid);
    }

    /** How many submissions go with the deadline when it is removed. */
    public long submissionCount(Deadline d) {
        return all.stream().filter(r -> r.occurrence().deadline().id() == d.id()
                && r.occurrence().submission().isPresent()).count();
    }

    /** The question before removing the deadline. */
    public String removalQuestion(Deadline d) {
        long n = submissionCount(d);
        return n == 0 ? i18n.tr("deadlines.remove.question", d.title())
                : i18n.tr("deadlines.remove.questionSubmitted", d.title(), n);
    }

    public void remove(Deadline d) {
        tasks.write(() -> {
            workspace.deadlines().remove(d.id());
            return null;
        }, v -> {
            selected.set(null);
            reload();
        });
    }

    /** "字段：错误" (the labels of this form's own fields, field.deadline.due/from/time, live in deadlines.properties). */
    public String message(ValidationException e) {
        return Messages.of(i18n, e);
    }

    // --- details ----------------------------------------------------------------------------------

    /** 每周五 / 每月15日 / 一次, with the range of a repeating rule. */
    public String ruleSummary(Deadline d) {
        String until = group == null ? "" : i18n.longDate(group.end());
        Recurrence r = d.recurrence();
        if (r instanceof Recurrence.Weekly w) {
            return i18n.tr("deadlines.rule.weekly", weekday(w.day()),
                    i18n.longDate(w.from()), w.until() == null ? until : i18n.longDate(w.until()));
        }
        if (r instanceof Recurrence.Monthly m) {
            return i18n.tr("deadlines.rule.monthly", m.dayOfMonth(),
                    i18n.longDate(m.from()), m.until() == null ? until : i18n.longDate(m.until()));
        }
        return i18n.tr("deadlines.rule.once");
    }

    // --- calendar -----------------------------------------------------------------------------------

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    /** 2026年11月 */
    public String monthTitle() {
        YearMonth m = month.get();
        return m == null ? "" : i18n.tr("deadlines.calendar.month", Integer.toString(m.getYear()), m.getMonthValue());
    }

    /** The days the month's grid shows: whole weeks, Monday first. */
    public List<LocalDate> calendarDays() {
        YearMonth m = month.get();
        LocalDate first = m.atDay(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = m.atEndOfMonth().with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** The day's occurrences (all, whatever the filter), then its planned required actions. */
    public List<CalendarEntry> entries(LocalDate day) {
        List<CalendarEntry> result = new ArrayList<>();
        for (Row r : all) {
            if (r.occurrence().due().equals(day)) {
                String symbol = r.lightText().isEmpty() ? "" : r.lightText().substring(0, 1) + " ";
                result.add(new CalendarEntry(symbol + r.title(), r.light(), r));
            }
        }
        result.addAll(actionsByDay.getOrDefault(day, List.of()));
        return result;
    }

    public LocalDate today() { return today; }

    public ObservableList<Row> rows() { return rows; }

    /** Whether the file has been read and holds no deadline yet (the list then says how to add one). */
    public boolean hasNone() {
        return version.get() > 0 && all.isEmpty();
    }

    public ObservableList<Member> members() { return members; }

    public ObjectProperty<Filter> filterProperty() { return filter; }

    public BooleanProperty thisMonthOnlyProperty() { return thisMonthOnly; }

    public ObjectProperty<Row> selectedProperty() { return selected; }

    public IntegerProperty warnDaysProperty() { return warnDays; }

    /** Why the last submission edit was refused, or "". */
    public StringProperty submissionErrorProperty() { return submissionError; }

    public ObjectProperty<YearMonth> monthProperty() { return month; }

    /** Moves after every load: the calendar redraws on it. */
    public IntegerProperty versionProperty() { return version; }

    /** The deadline's change history, its rule and its submissions (run on the database thread). */
    public java.util.List<org.guidancedesk.domain.Change> history(long deadlineId) {
        return workspace.history().ofDeadline(deadlineId);
    }

    public UiTasks tasks() {
        return tasks;
    }

    // --- export -----------------------------------------------------------------------------------

    /** The file name proposed for the export: 上报材料-2026-11-24. */
    public String exportName() {
        return i18n.tr("export.deadlines.fileName", workspace.deadlines().today().toString());
    }

    /** Writes every occurrence as of today to the file (on the database thread); the status bar's line. */
    public String export(java.nio.file.Path out) {
        int n = new DeadlineExportService(workspace.deadlines(), workspace.checklist(), i18n).export(out);
        return i18n.tr("export.deadlines.done", n, out.getFileName().toString());
    }
}
