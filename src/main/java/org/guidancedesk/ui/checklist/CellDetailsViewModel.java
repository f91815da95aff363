package org.guidancedesk.ui.checklist;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.RepeatProgress;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.ChecklistService;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.RepeatText;
import org.guidancedesk.ui.UiTasks;

/**
 * The side panel of one cell: status, planned and done dates, who attended, note. Every
 * edit is saved at once; a refused edit shows why, naming the field, and saves nothing.
 */
public final class CellDetailsViewModel {
    private final UiTasks tasks;
    private final ChecklistService service;
    private final Consumer<ActionRecord> onSaved;
    private final I18n i18n;

    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final ObjectProperty<ActionRecord> record = new SimpleObjectProperty<>();
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty warnings = new SimpleStringProperty("");
    /** Where the shown repeating group work item stands; null for anything done once. */
    private final ObjectProperty<RepeatProgress> repeat = new SimpleObjectProperty<>();
    private Group group;
    private LocalDate today;
    private long shownActionId;

    /** Marks one occurrence of a repeating item held or not (the checklist saves it and applies the answer). */
    interface OccurrenceHolder {
        void hold(long itemId, LocalDate due, boolean held);
    }

    private final OccurrenceHolder holder;

    CellDetailsViewModel(UiTasks tasks, ChecklistService service, Consumer<ActionRecord> onSaved,
                         OccurrenceHolder holder) {
        this.tasks = tasks;
        this.service = service;
        this.onSaved = onSaved;
        this.holder = holder;
        this.i18n = tasks.i18n();
    }

    void show(RequiredAction action, String unitName, ActionRecord current, List<Member> groupMembers, Group g,
              LocalDate day, RepeatProgress progress) {
        this.group = g;
        this.today = day;
        this.shownActionId = action.id();
        title.set(action.title());
        String window = action.dueFrom() == null && action.dueTo() == null ? ""
                : " · " + i18n.tr("checklist.dueWindow", i18n.longDate(action.dueFrom()), i18n.longDate(action.dueTo()));
        String owner = groupMembers.stream().filter(m -> action.ownerId() != null && m.id() == action.ownerId())
                .map(m -> " · " + i18n.tr("workitem.owner", m.name())).findFirst().orElse("");
        String repeats = action.repeats() ? " · " + RepeatText.of(i18n, action.repeat()) : "";
        subtitle.set(unitName + " · " + action.phase().name()
                + (action.mustAttend() ? " · " + i18n.tr("checklist.mustAttend") : "") + owner + repeats + window);
        members.setAll(groupMembers);
        error.set("");
        repeat.set(progress);
        setRecord(current);
        visible.set(true);
    }

    /** The shown repeating item's occurrences, or null when the cell is done once. */
    public ObjectProperty<RepeatProgress> repeatProgressProperty() { return repeat; }

    /** Whether an occurrence can be ticked held today ({@link RepeatProgress#canHold}). */
    public boolean canHold(LocalDate due) {
        RepeatProgress p = repeat.get();
        return p != null && p.canHold(due);
    }

    /** Marks an occurrence of the shown item held or not. */
    public void hold(LocalDate due, boolean held) {
        if (repeat.get() != null) {
            holder.hold(shownActionId, due, held);
        }
    }

    public I18n i18n() {
        return i18n;
    }

    void clear() {
        visible.set(false);
        repeat.set(null);
        record.set(null);
        error.set("");
        warnings.set("");
    }

    private void setRecord(ActionRecord r) {
        record.set(r);
        warnings.set(String.join("；", r.warnings(group).stream().map(i18n::tr).toList()));
    }

    /** Changing the status to done sets today's date unless one is given; leaving done clears it. */
    public void setStatus(ActionStatus status) {
        ActionRecord r = record.get();
        if (r == null || status == null || status == r.status()) {
            return;
        }
        LocalDate done = status == ActionStatus.DONE ? (r.done() != null ? r.done() : today) : null;
        save(() -> new ActionRecord(r.key(), status, r.planned(), done, r.attendeeIds(), r.note()));
    }

    /** Setting a planned date on an unscheduled cell schedules it; clearing it unschedules. */
    public void setPlanned(LocalDate planned) {
        ActionRecord r = record.get();
        if (r == null || java.util.Objects.equals(planned, r.planned())) {
            return;
        }
        ActionStatus status = r.status();
        if (planned != null && status == ActionStatus.NOT_SCHEDULED) {
            status = ActionStatus.SCHEDULED;
        } else if (planned == null && status == ActionStatus.SCHEDULED) {
            status = ActionStatus.NOT_SCHEDULED;
        }
        ActionStatus next = status;
        save(() -> new ActionRecord(r.key(), next, planned, r.done(), r.attendeeIds(), r.note()));
    }

    /** A done date marks the cell done; clearing it is refused (untick instead). */
    public void setDone(LocalDate done) {
        ActionRecord r = record.get();
        if (r == null || java.util.Objects.equals(done, r.done())) {
            return;
        }
        ActionStatus status = done != null ? ActionStatus.DONE : r.status();
        save(() -> new ActionRecord(r.key(), status, r.planned(), done, r.attendeeIds(), r.note()));
    }

    public void setAttending(long memberId, boolean attending) {
        ActionRecord r = record.get();
        if (r == null || r.attendeeIds().contains(memberId) == attending) {
            return;
        }
        Set<Long> ids = new HashSet<>(r.attendeeIds());
        if (attending) {
            ids.add(memberId);
        } else {
            ids.remove(memberId);
        }
        save(() -> new ActionRecord(r.key(), r.status(), r.planned(), r.done(), ids, r.note()));
    }

    public void setNote(String note) {
        ActionRecord r = record.get();
        if (r == null || r.note().equals(note == null ? "" : note.stripTrailing())) {
            return;
        }
        save(() -> new ActionRecord(r.key(), r.status(), r.planned(), r.done(), r.attendeeIds(), note));
    }

    private void save(java.util.function.Supplier<ActionRecord> change) {
        ActionRecord next;
        try {
            next = change.get();
            next.checkAgainst(today);
        } catch (ValidationException e) {
            error.set(Messages.of(i18n, e));
            return;
        }
        error.set("");
        tasks.write(() -> service.save(next), saved -> {
            if (record.get() != null && saved.key().equals(record.get().key())) {
                setRecord(saved);
            }
            onSaved.accept(saved);
        }, invalid -> error.set(Messages.of(i18n, invalid)));
    }

    public BooleanProperty visibleProperty() { return visible; }

    public StringProperty titleProperty() { return title; }

    /** Unit, phase, must-attend mark and due window in one line. */
    public StringProperty subtitleProperty() { return subtitle; }

    /** The stored record the fields show; replaced after each save. */
    public ObjectProperty<ActionRecord> recordProperty() { return record; }

    /** Reads a cell's change history (on the database thread); null when none is kept. */
    private java.util.function.Function<org.guidancedesk.domain.RecordKey, java.util.List<org.guidancedesk.domain.Change>>
            history;

    void setHistory(java.util.function.Function<org.guidancedesk.domain.RecordKey,
            java.util.List<org.guidancedesk.domain.Change>> history) {
        this.history = history;
    }

    /** Whether the cell's change history can be shown. */
    public boolean hasHistory() {
        return history != null;
    }

    /** The shown cell's history reader, for the history dialog, or null. */
    java.util.function.Supplier<java.util.List<org.guidancedesk.domain.Change>> historyOfShown() {
        ActionRecord r = record.get();
        return r == null || history == null ? null : () -> history.apply(r.key());
    }

    UiTasks tasks() {
        return tasks;
    }

    public ObservableList<Member> members() { return members; }

    public StringProperty errorProperty() { return error; }

    public StringProperty warningsProperty() { return warnings; }
}
