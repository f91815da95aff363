package org.guidancedesk.ui.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Completion;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.ChecklistService;
import org.guidancedesk.ui.UiTasks;

/**
 * The 规定动作 matrix: actions × units (or the group's own work items), filtered by phase,
 * state and unit, with completion per action, per unit and overall. Ticks and edits are saved
 * at once through {@link UiTasks}.
 */
public final class ChecklistViewModel {
    private final UiTasks tasks;
    private final ChecklistService service;
    private final I18n i18n;

    private final ReadOnlyObjectWrapper<Checklist> checklist = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ActionScope> scope = new SimpleObjectProperty<>(ActionScope.UNIT);
    private final ObjectProperty<Phase> phaseFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<CellState> stateFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    /** The phases (for the group's items: areas) the scope's actions are listed under, in order: the filter's choices. */
    private final ObservableList<Phase> phases = FXCollections.observableArrayList();
    private final ObservableList<MatrixColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper overall = new ReadOnlyStringWrapper("");
    /** What to do while there is nothing to tick yet (no units, no actions); empty otherwise. */
    private final ReadOnlyStringWrapper emptyHint = new ReadOnlyStringWrapper("");
    private final ObjectProperty<RecordKey> selected = new SimpleObjectProperty<>();
    private final CellDetailsViewModel details;
    private LocalDate today;
    private final javafx.beans.property.IntegerProperty warnDays =
            new javafx.beans.property.SimpleIntegerProperty(org.guidancedesk.domain.TrafficLight.DEFAULT_WARN_DAYS);

    private final javafx.beans.property.IntegerProperty reloads = new javafx.beans.property.SimpleIntegerProperty();
    private Consumer<Set<Long>> savedListener = ids -> {};

    public ChecklistViewModel(UiTasks tasks, ChecklistService service) {
        this.tasks = tasks;
        this.service = service;
        this.i18n = tasks.i18n();
        this.details = new CellDetailsViewModel(tasks, service, this::applySaved, this::holdOccurrence);
        scope.addListener((o, a, b) -> {
            phaseFilter.set(null); // a phase of the other scope filters nothing here
            rebuild();
        });
        phaseFilter.addListener((o, a, b) -> rebuild());
        stateFilter.addListener((o, a, b) -> rebuild());
        unitFilter.addListener((o, a, b) -> rebuild());
        selected.addListener((o, a, key) -> showDetails(key));
    }

    /** Reads the checklist from the file (off the JavaFX thread) and rebuilds the matrix. */
    public void reload() {
        tasks.read(() -> new Loaded(service.load(), service.today(), service.warnDays()), loaded -> {
            warnDays.set(loaded.warnDays());
            apply(loaded.checklist(), loaded.today());
        });
    }

    /** Shows a checklist already read (with the file, at start-up). */
    public void show(Checklist loaded) {
        apply(loaded, service.today());
        tasks.read(service::warnDays, warnDays::set);
    }

    private void apply(Checklist loaded, LocalDate day) {
        today = day;
        checklist.set(loaded);
        Unit kept = unitFilter.get();
        units.setAll(loaded.units());
        unitFilter.set(kept == null ? null : units.stream().filter(u -> u.id() == kept.id()).findFirst().orElse(null));
        rebuild();
        reloads.set(reloads.get() + 1);
        showDetails(selected.get());
        revealPending();
    }

    private record Loaded(Checklist checklist, LocalDate today, int warnDays) {}

    /** The cell to show when the next read arrives (opened from 总览), or null. */
    private RecordKey toReveal;
    private final ObjectProperty<RecordKey> reveal = new SimpleObjectProperty<>();

    /** Shows that cell once the next read has arrived: its scope, no filter hiding it, then selected. */
    public void revealAfterReload(RecordKey key) {
        toReveal = key;
    }

    /** The cell the view is to select and scroll to (set back to null by the view). */
    public ObjectProperty<RecordKey> revealProperty() { return reveal; }

    private void revealPending() {
        RecordKey key = toReveal;
        toReveal = null;
        if (key == null) {
            return;
        }
        scope.set(key.unitId() == null ? ActionScope.GROUP : ActionScope.UNIT);
        phaseFilter.set(null);
        stateFilter.set(null);
        if (unitFilter.get() != null && !java.util.Objects.equals(unitFilter.get().id(), key.unitId())) {
            unitFilter.set(null);
        }
        reveal.set(key);
    }

    /** Asks the user a yes-or-no question and runs {@code onYes} only on yes (the view shows a dialog). */
    public interface Confirmer {
        void ask(String header, String text, Runnable onYes);
    }

    private Confirmer confirmer = (header, text, onYes) -> onYes.run();

    /** Who is asked before an un-tick would take back a cell's recorded attendance or note. */
    public void setConfirmer(Confirmer confirmer) {
        this.confirmer = java.util.Objects.requireNonNull(confirmer);
    }

    /**
     * Ticks the cell done today, or undoes it; saved at once. Un-ticking a done cell that
     * records attendees or a note asks first: a stray click should not take back an event.
     */
    public void toggle(RecordKey key) {
        if (key == null || checklist.get() == null) {
            return;
        }
        Optional<RequiredAction> repeating = actionOf(key).filter(RequiredAction::repeats);
        if (repeating.isPresent()) {
            // A click means this week's (this month's) occurrence: held, or held no longer.
            org.guidancedesk.domain.RepeatProgress p = checklist.get().repeatProgress(repeating.get(), today);
            p.current().ifPresent(due -> holdOccurrence(key.actionId(), due, p.held(due).isEmpty()));
            return;
        }
        ActionRecord current = checklist.get().record(key);
        if (current.status() == org.guidancedesk.domain.ActionStatus.DONE && current.holdsDetails()) {
            confirmer.ask(i18n.tr("checklist.untick.header", cellName(key)), untickText(current),
                    () -> tasks.write(() -> service.toggle(key), this::applySaved));
            return;
        }
        tasks.write(() -> service.toggle(key), this::applySaved);
    }

    private String untickText(ActionRecord r) {
        String what = !r.attendeeIds().isEmpty() && !r.note().isEmpty()
                ? i18n.tr("checklist.untick.attendeesAndNote", r.attendeeIds().size())
                : !r.attendeeIds().isEmpty() ? i18n.tr("checklist.untick.attendees", r.attendeeIds().size())
                : i18n.tr("checklist.untick.note");
        return i18n.tr("checklist.untick.text", i18n.longDate(r.done()), what);
    }

    /** "南山县 · 讲专题党课": the unit (or 本组) and the action of a cell. */
    public String cellName(RecordKey key) {
        Checklist c = checklist.get();
        String unit = key.isGroupItem() ? i18n.tr("checklist.groupColumn")
                : c.units().stream().filter(u -> u.id() == key.unitId()).map(Unit::name).findFirst().orElse("");
        return unit + " · " + actionOf(key).map(RequiredAction::title).orElse("");
    }

    /** What the 标记完成于… prompt says and starts with, for the checklist as it is now. */
    public DoneDateTexts doneDates() {
        return new DoneDateTexts(checklist.get(), today, i18n, this::cellName);
    }

    /**
     * Marks the cells done on one day, in one transaction and so one undo step; 不适用 cells
     * are left alone and the status bar says how many.
     */
    public void markDone(List<RecordKey> keys, LocalDate day) {
        if (keys.isEmpty() || checklist.get() == null || !doneDates().doneDateProblem(day).isEmpty()) {
            return;
        }
        List<RecordKey> copy = List.copyOf(keys);
        tasks.write(() -> service.markDone(copy, day), marked -> {
            Checklist c = checklist.get();
            for (ActionRecord r : marked.saved()) {
                c = c.with(r);
            }
            checklist.set(c);
            savedListener.accept(actionIds(marked.saved()));
            updateOverall();
            showDetails(selected.get());
            String said = i18n.tr("checklist.markDone.saved", marked.saved().size(), i18n.longDate(day));
            tasks.announce(said
                    + (marked.skippedNotApplicable() == 0 ? "" : i18n.tr("checklist.markDone.skipped", marked.skippedNotApplicable()))
                    + (marked.skippedRepeating() == 0 ? "" : i18n.tr("checklist.markDone.repeating", marked.skippedRepeating())));
        });
    }

    /** Marks one occurrence of a repeating group work item held or not; saved at once. */
    public void holdOccurrence(long itemId, LocalDate due, boolean held) {
        tasks.write(() -> service.tickOccurrence(itemId, due, held), ticked -> {
            checklist.set(checklist.get().with(ticked.record(), itemId, ticked.held()));
            savedListener.accept(Set.of(itemId));
            updateOverall();
            showDetails(selected.get());
        });
    }

    private void applySaved(ActionRecord saved) {
        checklist.set(checklist.get().with(saved));
        savedListener.accept(actionIds(List.of(saved)));
        updateOverall();
        if (saved.key().equals(selected.get())) {
            showDetails(saved.key());
        }
    }

    private static Set<Long> actionIds(List<ActionRecord> saved) {
        Set<Long> ids = new HashSet<>();
        for (ActionRecord r : saved) {
            ids.add(r.key().actionId());
        }
        return ids;
    }

    private void showDetails(RecordKey key) {
        Checklist c = checklist.get();
        if (key == null || c == null) {
            details.clear();
            return;
        }
        Optional<RequiredAction> action = actionOf(key);
        if (action.isEmpty()) {
            details.clear();
            return;
        }
        String unitName = key.isGroupItem() ? i18n.tr("checklist.groupColumn")
                : c.units().stream().filter(u -> u.id() == key.unitId()).map(Unit::name).findFirst().orElse("");
        details.show(action.get(), unitName, c.record(key), c.members(), c.group(), today,
                action.get().repeats() ? c.repeatProgress(action.get(), today) : null);
    }

    private Optional<RequiredAction> actionOf(RecordKey key) {
        Checklist c = checklist.get();
        List<RequiredAction> list = key.isGroupItem() ? c.groupItems() : c.unitActions();
        return list.stream().filter(a -> a.id() == key.actionId()).findFirst();
    }

    /** Rebuilds columns and rows from the scope and filters. */
    void rebuild() {
        Checklist c = checklist.get();
        if (c == null) {
            return;
        }
        List<MatrixColumn> cols = new ArrayList<>();
        if (scope.get() == ActionScope.GROUP) {
            cols.add(new MatrixColumn(null, i18n.tr("checklist.groupColumn")));
        } else {
            for (Unit u : c.units()) {
                if (unitFilter.get() == null || unitFilter.get().id() == u.id()) {
                    cols.add(new MatrixColumn(u.id(), u.name()));
                }
            }
        }
        List<Phase> listed = actions().stream().map(RequiredAction::phase).distinct().sorted(Phase.ORDER).toList();
        if (!listed.equals(phases)) {
            phases.setAll(listed);
        }
        Phase filter = phaseFilter.get();
        if (filter != null) {
            // The file's phases may have been renamed or removed since the filter was chosen.
            Phase now = listed.stream().filter(p -> p.id() == filter.id()).findFirst().orElse(null);
            if (!java.util.Objects.equals(now, filter)) {
                phaseFilter.set(now); // rebuilds again
                return;
            }
        }
        List<MatrixRow> built = new ArrayList<>();
        Phase currentPhase = null;
        for (RequiredAction a : actions()) {
            if (filter != null && a.phase().id() != filter.id()) {
                continue;
            }
            if (stateFilter.get() != null && cols.stream().noneMatch(col -> state(a, col) == stateFilter.get())) {
                continue;
            }
            if (!a.phase().equals(currentPhase)) {
                built.add(new MatrixRow.PhaseRow(a.phase()));
                currentPhase = a.phase();
            }
            built.add(new MatrixRow.ActionRow(a));
        }
        if (!built.isEmpty()) {
            built.add(new MatrixRow.TotalRow());
        }
        if (!cols.equals(columns)) {
            columns.setAll(cols);
        }
        rows.setAll(built);
        emptyHint.set(actions().isEmpty() ? i18n.tr("empty.checklist.noActions")
                : scope.get() == ActionScope.UNIT && c.units().isEmpty() ? i18n.tr("empty.checklist.noUnits") : "");
        updateOverall();
    }

    private List<RequiredAction> actions() {
        Checklist c = checklist.get();
        return scope.get() == ActionScope.GROUP ? c.groupItems() : c.unitActions();
    }

    private CellState state(RequiredAction a, MatrixColumn col) {
        ActionRecord r = checklist.get().record(new RecordKey(a.id(), col.unitId()));
        return a.repeats() ? RepeatCell.state(r, checklist.get().repeatProgress(a, today)) : r.state(a, today);
    }

    /** The cell at an action row and column; empty for heading and total rows. */
    public Optional<CellView> cell(MatrixRow row, MatrixColumn col) {
        if (!(row instanceof MatrixRow.ActionRow ar) || checklist.get() == null) {
            return Optional.empty();
        }
        RequiredAction a = ar.action();
        RecordKey key = new RecordKey(a.id(), col.unitId());
        ActionRecord r = checklist.get().record(key);
        if (a.repeats()) {
            return Optional.of(RepeatCell.view(i18n, col.title(), a, r, checklist.get().repeatProgress(a, today),
                    warnDays.get()));
        }
        return Optional.of(OnceCell.view(i18n, col.title(), a, r, today, warnDays.get(), liaisonLine(col)));
    }


    /** "\n联络：李四 13800001111" for a unit whose liaison is named; "" otherwise. */
    private String liaisonLine(MatrixColumn col) {
        Checklist c = checklist.get();
        String liaison = col.unitId() == null ? "" : c.units().stream().filter(u -> u.id() == col.unitId()).findFirst()
                .map(u -> org.guidancedesk.domain.Liaison.text(u, c.members())).orElse("");
        return liaison.isEmpty() ? "" : "\n" + i18n.tr("checklist.cellLiaison", liaison);
    }

    /** The key of the cell at a row and column, if it is a cell. */
    public Optional<RecordKey> keyAt(MatrixRow row, MatrixColumn col) {
        return row instanceof MatrixRow.ActionRow ar
                ? Optional.of(new RecordKey(ar.action().id(), col.unitId())) : Optional.empty();
    }

    /** The figures of the matrix as it is shown now: completion and lights per row, column and overall. */
    public MatrixFigures figures() {
        return new MatrixFigures(checklist.get(), actions(), columns, scope.get(), unitFilter.get(), today,
                warnDays.get(), i18n);
    }

    private void updateOverall() {
        if (checklist.get() == null) {
            return;
        }
        Completion c = figures().overallCompletion();
        overall.set(i18n.tr(scope.get() == ActionScope.GROUP ? "checklist.overallGroup" : "checklist.overall",
                c.percent(), c.done(), c.applicable()));
    }

    public ReadOnlyObjectProperty<Checklist> checklistProperty() { return checklist.getReadOnlyProperty(); }

    /** Counts whole reads of the checklist (every cell may have changed); a save is not one. */
    public javafx.beans.value.ObservableValue<Number> reloadsProperty() { return reloads; }

    /** Called with the ids of the actions a save changed, after the checklist holds the save. */
    void onSaved(Consumer<Set<Long>> listener) { savedListener = listener; }

    public ObjectProperty<ActionScope> scopeProperty() { return scope; }

    public ObjectProperty<Phase> phaseFilterProperty() { return phaseFilter; }

    public ObjectProperty<CellState> stateFilterProperty() { return stateFilter; }

    public ObjectProperty<Unit> unitFilterProperty() { return unitFilter; }

    /** The phases offered by the phase filter: those the scope's actions are listed under, in order. */
    public ObservableList<Phase> phases() { return phases; }

    /** The units offered by the unit filter. */
    public ObservableList<Unit> units() { return units; }

    public ObservableList<MatrixColumn> columns() { return columns; }

    public ObservableList<MatrixRow> rows() { return rows; }

    public ReadOnlyStringProperty overallProperty() { return overall.getReadOnlyProperty(); }

    /** What to do while the matrix has nothing to tick (no units, no actions); empty otherwise. */
    public ReadOnlyStringProperty emptyHintProperty() { return emptyHint.getReadOnlyProperty(); }

    /** The cell whose details the side panel shows. */
    public ObjectProperty<RecordKey> selectedProperty() { return selected; }

    public CellDetailsViewModel details() { return details; }

    public I18n i18n() { return i18n; }

    // --- export (issue 11) -------------------------------------------------------------------------

    public UiTasks tasks() { return tasks; }

    /** The file name proposed for the export: 规定动作落实情况-2026-11-24. */
    public String exportName() {
        return i18n.tr("export.checklist.fileName", service.today().toString());
    }

    /** Writes the whole matrix as of today to the file (on the database thread); the status bar's line. */
    public String export(java.nio.file.Path out) {
        org.guidancedesk.service.ChecklistExportService.Written w =
                new org.guidancedesk.service.ChecklistExportService(service, i18n).export(out);
        return i18n.tr("export.checklist.written", w.actions(), w.units(), out.getFileName().toString());
    }

    /** Days ahead that count as due soon (a setting); cells are redrawn when it arrives or changes. */
    public javafx.beans.property.ReadOnlyIntegerProperty warnDaysProperty() { return warnDays; }
}
