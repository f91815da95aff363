package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.WorkLogExportService;
import org.guidancedesk.service.WorkLogService;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.UiTasks;

/**
 * 工作记录's commands: the whole read (first showing, undo, coming back) and every write the
 * screen makes — add, the detail pane's save, remove, a finding filed as a ledger item, a
 * sitting's action ticked — each applying what it returns to the held data in place. What the
 * data holds and lists is {@link WorkLogData}; the figures and the coverage grid are computed
 * from it. No scene types: tested without a toolkit.
 */
public final class WorkLogViewModel {
    private final UiTasks tasks;
    private final Workspace workspace;
    private final Supplier<WorkLogSnapshot> reads;
    private final I18n i18n;
    private final WorkCriteria criteria = new WorkCriteria();
    private final WorkLogData data;
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final SittingTicks sittings;
    private Long toReveal;

    public WorkLogViewModel(UiTasks tasks, Workspace workspace) {
        this(tasks, workspace, () -> WorkLogSnapshot.read(workspace));
    }

    /** With the whole read given (tests count it). */
    WorkLogViewModel(UiTasks tasks, Workspace workspace, Supplier<WorkLogSnapshot> reads) {
        this.tasks = tasks;
        this.workspace = workspace;
        this.reads = reads;
        this.i18n = tasks.i18n();
        this.data = new WorkLogData(i18n, criteria);
        this.sittings = new SittingTicks(tasks, workspace, data, notice);
    }

    private WorkLogService service() {
        return workspace.workLog();
    }

    // --- reading -----------------------------------------------------------------------------------------

    /** Reads everything; the filter and the selected entry stay. */
    public void reload() {
        tasks.read(reads::get, this::show);
    }

    private void show(WorkLogSnapshot s) {
        data.load(s);
        if (!units.equals(s.units())) {
            units.setAll(s.units());
        }
        if (!members.equals(s.members())) {
            members.setAll(s.members());
        }
        if (toReveal != null) {
            data.select(toReveal);
            toReveal = null;
        } else if (data.selected().get() == null && !data.shown().isEmpty()) {
            data.selected().set(data.shown().get(0));
        }
        loaded.set(true);
    }

    /** Selects that entry once the next read has arrived (the section is opened on it from 总览). */
    public void revealAfterReload(long entryId) {
        toReveal = entryId;
    }

    /** Past midnight the week and every default move: then a write is followed by the whole read. */
    private boolean dayChanged() {
        return !service().today().equals(data.today());
    }

    private void applied(WorkEntry saved) {
        if (dayChanged()) {
            toReveal = saved.id();
            reload();
        } else {
            data.apply(saved);
        }
    }

    // --- adding --------------------------------------------------------------------------------------------

    /**
     * A new entry as the filter suggests it (its kind and unit), dated today and done; a talk's
     * first person row and a visit's first place ready to fill.
     */
    public EntryDraft newDraft() {
        WorkKind kind = criteria.kindProperty().get() != null ? criteria.kindProperty().get() : WorkKind.TALK;
        Long unit = criteria.unitProperty().get();
        boolean group = kind == WorkKind.GROUP_MEETING || unit != null && unit == WorkCriteria.GROUP;
        Set<Long> chosen = group || unit == null ? Set.of() : Set.of(unit);
        if (!group && chosen.isEmpty() && units.size() == 1) {
            chosen = Set.of(units.get(0).id());
        }
        KindFields fields = KindFields.empty()
                .withPeople(List.of(new KindFields.PersonRow("", null, "", PersonLevel.LEADERSHIP, "1")))
                .withPlaces(List.of(new KindFields.PlaceRow("", PlaceKind.VILLAGE)), KindFields.empty().method());
        return new EntryDraft(0, kind, WorkStatus.DONE, today(), "", chosen, group, List.of(), null, "", "", fields,
                List.of(), List.of());
    }

    /** 已完成 for today or earlier, 计划 for a later day: the status a date suggests. */
    public WorkStatus statusFor(LocalDate on) {
        return on != null && on.isAfter(today()) ? WorkStatus.PLANNED : WorkStatus.DONE;
    }

    /** Adds the entry; it is selected (the filter widened if it would hide it). Refused at its field. */
    public void add(EntryDraft draft, Consumer<WorkEntry> onAdded, Consumer<ValidationException> onInvalid) {
        WorkEntry entry;
        try {
            entry = checked(draft);
        } catch (ValidationException e) {
            onInvalid.accept(e);
            return;
        }
        tasks.write(() -> service().save(entry), saved -> {
            applied(saved);
            data.select(saved.id());
            notice.set(i18n.tr("worklog.added", data.texts().kind(saved.kind()), data.texts().date(saved.on(), saved.at())));
            onAdded.accept(saved);
            sittings.offer(saved);
        }, onInvalid);
    }

    private WorkEntry checked(EntryDraft draft) {
        WorkEntry entry = draft.build();
        entry.checkAgainst(today());
        return entry;
    }

    // --- the detail pane ----------------------------------------------------------------------------------

    /** How a save of the detail pane went. */
    public interface Reply {
        /** The entry is being sent as built (not called when refused at once or unchanged). */
        default void sending(WorkEntry built) {
        }

        /** Stored, and applied to the list. */
        void saved(WorkEntry stored);

        /** Refused at a field: nothing was saved. */
        void refused(ValidationException e);

        /** Failed otherwise (the window said why): nothing was saved. */
        default void failed() {
        }
    }

    /**
     * Saves an entry as the draft has it, when that differs from what is stored (looking never
     * writes). A refusal goes to the reply, and then nothing is saved.
     *
     * @return the entry the draft builds (being saved, or the stored one when nothing differs), or
     *         null when it was refused before anything was sent
     */
    public WorkEntry save(EntryDraft draft, Reply reply) {
        WorkEntry stored = data.entry(draft.id());
        if (stored == null) {
            return null;
        }
        WorkEntry entry;
        try {
            entry = checked(draft);
        } catch (ValidationException e) {
            reply.refused(e);
            return null;
        }
        if (entry.equals(stored)) {
            return stored;
        }
        reply.sending(entry);
        tasks.writeOr(() -> service().save(entry), saved -> {
            applied(saved);
            reply.saved(saved);
            sittings.offer(saved);
        }, error -> {
            if (error instanceof ValidationException v) {
                reply.refused(v);
            } else {
                tasks.reportAfter(reply::failed).accept(error);
            }
        });
        return entry;
    }

    /** "座谈主题：不能为空" */
    public String message(ValidationException e) {
        return org.guidancedesk.ui.Messages.of(i18n, e);
    }

    /** The entry as held (after the last read and the writes since), or null. */
    public WorkEntry entry(long id) {
        return data.entry(id);
    }

    // --- removing -----------------------------------------------------------------------------------------

    /** "删除这条工作记录（个别谈话 · 11月24日 周二 · 南山县）？" */
    public String removalQuestion() {
        WorkRow r = data.selected().get();
        return r == null ? "" : i18n.tr("worklog.remove.question", r.kindText(), r.dateText(), r.unitsText());
    }

    /** To the trash (编辑 › 回收站 brings it back); the next entry of the list is selected. */
    public void removeSelected() {
        WorkRow r = data.selected().get();
        if (r == null) {
            return;
        }
        int at = data.shown().indexOf(r);
        List<Long> ids = List.of(r.id());
        tasks.write(() -> {
            service().remove(ids);
            return ids;
        }, removed -> {
            data.remove(removed);
            if (!data.shown().isEmpty()) {
                data.selected().set(data.shown().get(Math.min(at, data.shown().size() - 1)));
            }
            notice.set(i18n.tr("worklog.removed", r.kindText(), r.dateText()));
        });
    }

    // --- a finding into the ledger ------------------------------------------------------------------------

    /** The units a finding of the selected entry may be filed under (asked when more than one). */
    public List<Unit> unitsForFinding() {
        WorkEntry e = selectedEntry();
        return e == null ? List.of() : FindingFiling.unitsFor(e, units);
    }

    /**
     * 转入整改台账: the finding becomes an item of the 整改台账 (category 指导组反馈, the unit given,
     * node and due by the quick add's rule), linked both ways in one write; the entry then shows
     * the item's code and state.
     */
    public void fileFinding(long findingId, long unitId, Consumer<ValidationException> onInvalid) {
        WorkEntry e = selectedEntry();
        WorkFinding finding = e == null ? null
                : e.findings().stream().filter(f -> f.id() == findingId).findFirst().orElse(null);
        if (finding == null || finding.turnedIntoItem()) {
            return;
        }
        WorkLogSnapshot s = data.snapshot();
        Rectification draft;
        try {
            draft = FindingFiling.draft(finding.text(), unitId, s.categories(), s.milestones(), today());
        } catch (ValidationException x) {
            onInvalid.accept(x);
            return;
        }
        long entryId = e.id();
        tasks.write(() -> service().turnIntoItem(entryId, findingId, draft), patch -> {
            Rectification item = patch.item();
            data.apply(item);
            WorkEntry now = data.entry(entryId);
            if (now != null) {
                List<WorkFinding> linked = new ArrayList<>();
                now.findings().forEach(f -> linked.add(f.id() == findingId ? new WorkFinding(f.id(), f.text(), item.id()) : f));
                data.apply(EntryDraft.of(now).withLines(linked, now.highlights()).build());
            }
            notice.set(i18n.tr("worklog.finding.filed", data.texts().item(item)));
        }, onInvalid);
    }

    /** "整改-012 · 整改中" for a finding turned into an item, "" for one not (or an item since deleted). */
    public String itemText(WorkFinding f) {
        Rectification item = data.item(f.itemId());
        return item == null ? "" : data.texts().item(item);
    }

    // --- figures and coverage -------------------------------------------------------------------------------

    /** "本周（11月23日—11月29日）" */
    public String weekTitle() {
        return WeekPreview.title(today(), i18n);
    }

    /** This week's figures in the reports' words, as of today. */
    public String weekText() {
        return WeekPreview.text(data.entries(), today(), i18n);
    }

    /** 全覆盖: a line per unit, as of today. */
    public List<CoverageLines.Line> coverage() {
        WorkLogSnapshot s = data.snapshot();
        return s == null ? List.of() : CoverageLines.of(s.units(), data.entries(), s.roster(), today(), data.texts());
    }

    /** The rosters of these units (a talk's people are picked from them). */
    public List<RosterPerson> roster(Set<Long> unitIds) {
        WorkLogSnapshot s = data.snapshot();
        return s == null ? List.of() : s.roster().stream().filter(p -> unitIds.contains(p.unitId())).toList();
    }

    /** "共 24 条 · 显示 8 条：已完成 6，计划 2" */
    public String countText() {
        int shown = data.shown().size();
        String parts = i18n.tr("worklog.count.parts", data.count(WorkStatus.DONE), data.count(WorkStatus.PLANNED),
                data.count(WorkStatus.CANCELLED));
        return shown == data.total() ? i18n.tr("worklog.count.all", shown, parts)
                : i18n.tr("worklog.count.some", data.total(), shown, parts);
    }

    // --- what the views bind to -------------------------------------------------------------------------

    /** The day the data was read for (before the first read, the workspace's clock's). */
    /** The proposed file name: 工作记录-2026-11-24. */
    public String exportName() {
        return i18n.tr("worklog.export.fileName", today().toString());
    }

    /** What an export takes: the period the list shows (other filters narrow the list only). */
    public String exportRangeText() {
        LocalDate[] range = criteria.range(today());
        if (range[0] == null && range[1] == null) {
            return i18n.tr("worklog.export.range.all");
        }
        return i18n.tr("worklog.export.range", range[0] == null ? "…" : i18n.shortDate(range[0]),
                range[1] == null ? "…" : i18n.shortDate(range[1]));
    }

    /** Writes the list's period to the file (on the database thread); the status bar's line. */
    public String export(java.nio.file.Path out, boolean includeInternal) {
        LocalDate[] range = criteria.range(today());
        WorkLogExportService.Written w = workspace.workLogExport().export(out, range[0], range[1], includeInternal, i18n);
        String done = i18n.tr("worklog.export.done", w.entries(), w.people(), out.getFileName().toString());
        return includeInternal ? done + i18n.tr("worklog.export.doneInternal") : done;
    }

    public LocalDate today() {
        return data.today() != null ? data.today() : service().today();
    }

    public WorkEntry selectedEntry() {
        WorkRow r = data.selected().get();
        return r == null ? null : data.entry(r.id());
    }

    /** "个别谈话 · 11月24日 周二 09:30 · 南山县" */
    public String heading(WorkEntry e) {
        return i18n.tr("worklog.detail.heading", data.texts().kind(e.kind()), data.texts().date(e.on(), e.at()),
                data.texts().units(e));
    }

    /** The widest a date of the list can be: a long month and weekday, with a time. */
    public String widestDate() {
        return data.texts().date(LocalDate.of(2026, 12, 30), java.time.LocalTime.of(23, 59));
    }

    /** Whether the file has been read and holds no entry yet (the list then says how to add one). */
    public boolean hasNone() {
        return data.loaded() && data.total() == 0;
    }

    public boolean readOnly() {
        return workspace.readOnly();
    }

    public I18n i18n() { return i18n; }

    public UiTasks tasks() { return tasks; }

    public WorkCriteria criteria() { return criteria; }

    public ObservableList<WorkRow> rows() { return data.shown(); }

    public ObjectProperty<WorkRow> selectedProperty() { return data.selected(); }

    /** Moves after every read and every change applied: the figures, the grid and the counts follow it. */
    public IntegerProperty versionProperty() { return data.version(); }

    public ObservableList<Unit> units() { return units; }

    public ObservableList<Member> members() { return members; }

    /** What the last action did ("已转入整改台账：整改-012 · 未启动"), or "". */
    public StringProperty noticeProperty() { return notice; }

    /** A sitting's required action: the offer to tick it, the actions to choose from. */
    public SittingTicks sittings() { return sittings; }

    public BooleanProperty loadedProperty() { return loaded; }

    String unitName(long id) {
        return data.texts().unit(id);
    }

    String memberName(Long id) {
        return data.texts().member(id);
    }
}
