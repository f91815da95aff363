package org.guidancedesk.ui.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.DeadlineChange;
import org.guidancedesk.service.DeadlineExportService;
import org.guidancedesk.service.DeadlineService;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * 上报材料's commands: reading everything (first load, undo/redo, coming back to the section)
 * and every write the screen makes, whose returned change is applied to the rows in place.
 * The rows ({@link DeadlineRows}), what the list shows ({@link DeadlineList}), the calendar
 * ({@link MonthCalendar}) and the form ({@link DeadlineForms}) each have their own class.
 * No JavaFX scene types: tested without a toolkit.
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

    /** The occurrence to select when the next read arrives (opened from 总览). */
    private record Wanted(long deadlineId, LocalDate due) {}

    private final UiTasks tasks;
    private final Workspace workspace;
    private final I18n i18n;
    private final DeadlineRows data;
    private final DeadlineList list;
    private final MonthCalendar calendar;
    private final DeadlineForms forms;

    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final IntegerProperty warnDays = new SimpleIntegerProperty(TrafficLight.DEFAULT_WARN_DAYS);
    private final StringProperty submissionError = new SimpleStringProperty("");
    private final IntegerProperty version = new SimpleIntegerProperty();

    private Group group;
    private Wanted toReveal;

    public DeadlinesViewModel(UiTasks tasks, Workspace workspace) {
        this.tasks = tasks;
        this.workspace = workspace;
        this.i18n = tasks.i18n();
        this.data = new DeadlineRows(i18n);
        this.list = new DeadlineList(data);
        this.calendar = new MonthCalendar(i18n, data);
        this.forms = new DeadlineForms(i18n);
        list.selectedProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !b.sameAs(a.occurrence().deadline().id(), a.occurrence().due())) {
                submissionError.set("");
            }
        });
    }

    private DeadlineService service() {
        return workspace.deadlines();
    }

    // --- reading ---------------------------------------------------------------------------------

    /** Re-reads everything; the selection stays on the same occurrence when it is still listed. */
    public void reload() {
        tasks.read(() -> new Snapshot(service().occurrences(), workspace.checklist().load(),
                service().warnDays(), service().today()), this::show);
    }

    void show(Snapshot s) {
        group = s.checklist().group();
        warnDays.set(s.warnDays());
        members.setAll(s.checklist().members());
        data.load(s.occurrences(), s.checklist().members(), s.today(), s.warnDays());
        calendar.load(s.checklist());
        list.refresh();
        if (toReveal != null) {
            Wanted k = toReveal;
            toReveal = null;
            list.reveal(k.deadlineId(), k.due());
        }
        shown();
    }

    /** A write's change, applied to the rows in place: nothing is read. */
    private void apply(DeadlineChange change) {
        if (dayChanged()) {
            reload();
            return;
        }
        data.apply(change);
        list.refresh();
        shown();
    }

    /** Past midnight every state and light moves: then the whole read, as on coming back. */
    private boolean dayChanged() {
        return !service().today().equals(data.today());
    }

    private void shown() {
        if (list.selectedProperty().get() == null) {
            list.selectDefault();
        }
        version.set(version.get() + 1);
    }

    /** Selects that occurrence once the next read has arrived (the section is being opened on it). */
    public void revealAfterReload(long deadlineId, LocalDate due) {
        toReveal = new Wanted(deadlineId, due);
    }

    /** Today's occurrence, or the next pending one, or the first listed. */
    public void selectDefault() {
        list.selectDefault();
    }

    /** Selects an occurrence (from the calendar), widening the filter when it is not listed. */
    public void select(Row row) {
        list.select(row);
    }

    // --- submissions -------------------------------------------------------------------------

    /** One click: the selected occurrence is submitted today, with what was sent (may be blank). */
    public void markSubmitted(String sent) {
        Row r = list.selectedProperty().get();
        if (r == null || r.state() == Occurrence.State.SUBMITTED) {
            return;
        }
        submissionError.set("");
        Occurrence o = r.occurrence();
        tasks.write(() -> service().markSubmitted(o.deadline().id(), o.due(), sent), this::apply,
                e -> submissionError.set(message(e)));
    }

    /** 撤销: the selected occurrence is pending (or overdue) again. */
    public void undo() {
        Row r = list.selectedProperty().get();
        if (r == null || r.state() != Occurrence.State.SUBMITTED) {
            return;
        }
        submissionError.set("");
        Occurrence o = r.occurrence();
        tasks.write(() -> service().undoSubmission(o.deadline().id(), o.due()), this::apply);
    }

    /** Changes the submission date; a date in the future is refused with a message. */
    public void setSubmittedOn(LocalDate date) {
        Row r = list.selectedProperty().get();
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
        Row r = list.selectedProperty().get();
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
            s.checkAgainst(today());
        } catch (ValidationException e) {
            submissionError.set(message(e));
            return;
        }
        submissionError.set("");
        tasks.write(() -> service().saveSubmission(s), this::apply, e -> submissionError.set(message(e)));
    }

    // --- the warning window ---------------------------------------------------------------------

    /** Saved at once; the lights follow (computed again from what is held, nothing read). */
    public void setWarnDays(int days) {
        if (days == warnDays.get()) {
            return;
        }
        tasks.write(() -> {
            service().setWarnDays(days);
            return null;
        }, v -> {
            if (dayChanged()) {
                reload();
                return;
            }
            warnDays.set(days);
            data.relight(days);
            calendar.relight();
            list.refresh();
            shown();
        });
    }

    // --- rules -----------------------------------------------------------------------------------

    /** An empty form: a one-off deadline, the default recipient, the weekly rule starting today. */
    public Form newForm() {
        return forms.newForm(today());
    }

    /** The form holding an existing rule. */
    public Form formOf(Deadline d) {
        return forms.formOf(d, today());
    }

    /** The non-blocking warning for the form (dates outside the campaign), or "". */
    public String warning(Form f) {
        return forms.warning(f, group);
    }

    /** Adds ({@code existing} null) or updates a deadline; a refusal goes to {@code onInvalid}. */
    public void save(Deadline existing, Form form, Consumer<Deadline> onSaved, Consumer<ValidationException> onInvalid) {
        Deadline d;
        try {
            d = DeadlineForms.build(existing == null ? 0 : existing.id(), form);
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        tasks.write(() -> service().save(d), change -> {
            onSaved.accept(change.deadline().orElse(d));
            apply(change);
        }, onInvalid);
    }

    /** How many submissions go with the deadline when it is removed. */
    public long submissionCount(Deadline d) {
        return data.submissionCount(d.id());
    }

    /** The question before removing the deadline. */
    public String removalQuestion(Deadline d) {
        long n = submissionCount(d);
        return n == 0 ? i18n.tr("deadlines.remove.question", d.title())
                : i18n.tr("deadlines.remove.questionSubmitted", d.title(), n);
    }

    public void remove(Deadline d) {
        tasks.write(() -> service().remove(d.id()), change -> {
            list.selectedProperty().set(null);
            apply(change);
        });
    }

    /** "字段：错误" (the labels of this form's own fields, field.deadline.due/from/time, live in deadlines.properties). */
    public String message(ValidationException e) {
        return Messages.of(i18n, e);
    }

    // --- details ----------------------------------------------------------------------------------

    /** 每周五 / 每月15日 / 一次, with the range of a repeating rule. */
    public String ruleSummary(Deadline d) {
        return forms.ruleSummary(d, group);
    }

    /** 周五 */
    String weekday(DayOfWeek day) {
        return DeadlineRows.weekday(i18n, day);
    }

    /** The deadline's change history, its rule and its submissions (run on the database thread). */
    public List<org.guidancedesk.domain.Change> history(long deadlineId) {
        return workspace.history().ofDeadline(deadlineId);
    }

    // --- calendar -----------------------------------------------------------------------------------

    public void previousMonth() {
        calendar.previousMonth();
    }

    public void nextMonth() {
        calendar.nextMonth();
    }

    /** 2026年11月 */
    public String monthTitle() {
        return calendar.monthTitle();
    }

    /** The days the month's grid shows: whole weeks, Monday first. */
    public List<LocalDate> calendarDays() {
        return calendar.days();
    }

    /** The day's occurrences (all, whatever the filter), then its planned required actions. */
    public List<CalendarEntry> entries(LocalDate day) {
        return calendar.entries(day);
    }

    public ObjectProperty<YearMonth> monthProperty() { return calendar.monthProperty(); }

    // --- what the views bind to ---------------------------------------------------------------------

    /** The day the rows were read for; before the first read, the workspace's clock. */
    public LocalDate today() {
        return data.today() != null ? data.today() : service().today();
    }

    public ObservableList<Row> rows() { return list.rows(); }

    /** Whether the file has been read and holds no deadline yet (the list then says how to add one). */
    public boolean hasNone() {
        return data.loaded() && data.all().isEmpty();
    }

    public ObservableList<Member> members() { return members; }

    public ObjectProperty<Filter> filterProperty() { return list.filterProperty(); }

    public BooleanProperty thisMonthOnlyProperty() { return list.thisMonthOnlyProperty(); }

    public ObjectProperty<Row> selectedProperty() { return list.selectedProperty(); }

    public IntegerProperty warnDaysProperty() { return warnDays; }

    /** Why the last submission edit was refused, or "". */
    public StringProperty submissionErrorProperty() { return submissionError; }

    /** Moves after every load and every applied change: the calendar redraws on it. */
    public IntegerProperty versionProperty() { return version; }

    public UiTasks tasks() {
        return tasks;
    }

    // --- export -----------------------------------------------------------------------------------

    /** The file name proposed for the export: 上报材料-2026-11-24. */
    public String exportName() {
        return i18n.tr("export.deadlines.fileName", service().today().toString());
    }

    /** Writes every occurrence as of today to the file (on the database thread); the status bar's line. */
    public String export(java.nio.file.Path out) {
        int n = new DeadlineExportService(service(), workspace.checklist(), i18n).export(out);
        return i18n.tr("export.deadlines.done", n, out.getFileName().toString());
    }
}
