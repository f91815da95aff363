package org.guidancedesk.ui.overview;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Completion;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.LedgerFigures;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.AgendaService;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.SectionId;
import org.guidancedesk.ui.UiTasks;

/**
 * 总览's state: today, the campaign week, the count tiles, the overdue and upcoming lists (every
 * kind: reporting deadlines, required actions, ledger items, the work log's, the reviews' feedback
 * and resubmissions), this week by day, each unit's completion and ledger, and the group's own
 * work and reviewing so far. Everything is read in one task off the JavaFX thread.
 */
public final class OverviewViewModel {
    /** Days ahead the 即将到期 list covers (today included). */
    static final int UPCOMING_DAYS = 7;
    /** Read far enough ahead that the warning window (at most 60 days) is always covered. */
    private static final int AGENDA_DAYS = 60;

    /** What the tiles count. */
    public enum TileKind { OVERDUE, DUE_SOON, COMPLETION, DONE_THIS_WEEK, PENDING_REPORTS, LEDGER }

    /** One count tile: its value, caption, a detail line ("" for none) and where a click goes. */
    public record Tile(TileKind kind, String value, String caption, String detail, SectionId target) {}

    /** One row of the overdue or upcoming list, with its texts ready to show. */
    public record Row(AgendaItem item, String light, String date, String kind, String unit, String title) {
        public SectionId target() {
            return targetOf(item.kind());
        }
    }

    /** One dated thing of this week: done (✔) or still open, with its light. */
    public record WeekEntry(LocalDate date, AgendaItem.Kind kind, boolean done, TrafficLight light, String text,
                            AgendaItem.Ref ref) {
        public SectionId target() {
            return targetOf(kind);
        }
    }

    /** One day of this week. */
    public record Day(LocalDate date, String heading, boolean today, List<WeekEntry> entries) {}

    /**
     * One unit's completion of the required actions, and its ledger items ({@code ledgerText}
     * "整改 2/5 · 逾期 1": completed of all, and overdue when any).
     */
    public record UnitProgress(String name, Completion completion, String text, LedgerFigures ledger,
                               String ledgerText, TrafficLight light) {
        public double fraction() {
            return completion.applicable() == 0 ? 0 : (double) completion.done() / completion.applicable();
        }
    }

    /** Everything read from the file in one task (at start-up, with the file). */
    public record Snapshot(AgendaService.Agenda agenda, Checklist checklist, List<Occurrence> occurrences,
                    List<Rectification> ledger, org.guidancedesk.domain.WorkFigures workSoFar,
                    org.guidancedesk.domain.ReviewFigures reviewsSoFar) {}

    private final UiTasks tasks;
    private final Workspace workspace;
    private final I18n i18n;

    private final ReadOnlyStringWrapper todayText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weekText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper upcomingTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    /** The group's own work from 进驻 to today, counted as the reports say it (工作记录). */
    private final javafx.beans.property.ReadOnlyStringWrapper workSoFar = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ObservableList<Row> overdue = FXCollections.observableArrayList();
    private final ObservableList<Row> upcoming = FXCollections.observableArrayList();
    private final ObservableList<Day> week = FXCollections.observableArrayList();
    private final ObservableList<UnitProgress> units = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyObjectWrapper<TrafficLight> completionLight =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(TrafficLight.GREY);

    public javafx.beans.property.ReadOnlyStringProperty workSoFarProperty() { return workSoFar.getReadOnlyProperty(); }

    /** The group's reviewing from the start to today, as reports say it (审阅把关). */
    private final ReadOnlyStringWrapper reviewsSoFar = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty reviewsSoFarProperty() { return reviewsSoFar.getReadOnlyProperty(); }

    public OverviewViewModel(UiTasks tasks, Workspace workspace) {
        this.tasks = tasks;
        this.workspace = workspace;
        this.i18n = tasks.i18n();
    }

    /** Reads everything in one task and shows it when it arrives. */
    public void reload() {
        tasks.read(() -> read(workspace), this::show);
    }

    /** Everything 总览 shows, read from the file; off the JavaFX thread. */
    public static Snapshot read(Workspace workspace) {
        LocalDate today = workspace.workLog().today();
        return new Snapshot(workspace.agenda().agenda(AGENDA_DAYS), workspace.checklist().load(),
                workspace.deadlines().occurrences(), workspace.ledger().items(),
                workspace.workLog().figures(org.guidancedesk.domain.DateRange.FIRST, today, today),
                workspace.reviews().figures(org.guidancedesk.domain.DateRange.FIRST, today));
    }

    void show(Snapshot s) {
        LocalDate today = s.agenda().today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        int warnDays = s.agenda().warnDays();

        todayText.set(i18n.tr("overview.today", i18n.longDate(today), weekdayLong(today)));
        weekText.set(weekText(s.checklist().group(), today, monday, sunday));

        List<AgendaItem> soon = s.agenda().upcoming().stream()
                .filter(i -> !i.date().isAfter(today.plusDays(UPCOMING_DAYS))).toList();
        overdue.setAll(s.agenda().overdue().stream().map(this::row).toList());
        upcoming.setAll(soon.stream().map(this::row).toList());
        upcomingTitle.set(i18n.tr("overview.upcoming.title", UPCOMING_DAYS));
        String work = org.guidancedesk.report.WorkSentences.paragraph(s.workSoFar(), i18n);
        workSoFar.set(work.isEmpty() ? i18n.tr("overview.work.none") : work);
        String reviewed = org.guidancedesk.report.ReviewSentence.of(s.reviewsSoFar(), i18n);
        reviewsSoFar.set(reviewed.isEmpty() ? i18n.tr("overview.reviews.none") : reviewed);

        List<WeekEntry> entries = weekEntries(s, today, monday, sunday, warnDays);
        List<Day> days = new ArrayList<>();
        for (LocalDate d = monday; !d.isAfter(sunday); d = d.plusDays(1)) {
            LocalDate day = d;
            days.add(new Day(d, weekday(d) + " " + i18n.shortDate(d), d.equals(today),
                    entries.stream().filter(e -> e.date().equals(day)).toList()));
        }
        week.setAll(days);

        Checklist c = s.checklist();
        List<LedgerFigures> ledger = LedgerFigures.perUnit(c.units(), s.ledger(), today, Week.of(today));
        List<UnitProgress> progress = new ArrayList<>();
        for (int i = 0; i < c.units().size(); i++) {
            progress.add(progress(c, c.units().get(i), ledger.get(i), today, warnDays));
        }
        units.setAll(progress);
        LedgerFigures ledgerTotal = LedgerFigures.total(ledger);

        long dueSoon = s.agenda().upcoming().stream().filter(i -> i.light() == TrafficLight.YELLOW).count();
        Completion overall = c.completionOverall(c.unitActions(), c.units());
        completionLight.set(c.progressLight(c.unitActions(), c.units(), today, warnDays));
        long doneThisWeek = entries.stream().filter(WeekEntry::done).count();
        long pending = s.occurrences().stream()
                .filter(o -> o.submission().isEmpty() && !o.due().isBefore(monday) && !o.due().isAfter(sunday))
                .count();
        List<AgendaItem> overdueItems = s.agenda().overdue();
        SectionId overdueTarget = overdueItems.isEmpty() ? SectionId.CHECKLIST : targetOf(overdueItems.get(0).kind());
        SectionId soonTarget = s.agenda().upcoming().stream().filter(i -> i.light() == TrafficLight.YELLOW)
                .findFirst().map(i -> targetOf(i.kind())).orElse(SectionId.DEADLINES);
        tiles.setAll(
                new Tile(TileKind.OVERDUE, String.valueOf(overdueItems.size()), i18n.tr("overview.tile.overdue"),
                        i18n.tr("overview.tile.items"), overdueTarget),
                new Tile(TileKind.DUE_SOON, String.valueOf(dueSoon), warnDays == 0
                        ? i18n.tr("overview.tile.dueToday") : i18n.tr("overview.tile.dueSoon", warnDays),
                        i18n.tr("overview.tile.items"), soonTarget),
                new Tile(TileKind.COMPLETION, overall.percent() + "%", i18n.tr("overview.tile.completion"),
                        i18n.tr("overview.tile.completionDetail", overall.done(), overall.applicable()),
                        SectionId.CHECKLIST),
                new Tile(TileKind.DONE_THIS_WEEK, String.valueOf(doneThisWeek), i18n.tr("overview.tile.doneThisWeek"),
                        i18n.tr("overview.tile.items"), SectionId.CHECKLIST),
                new Tile(TileKind.PENDING_REPORTS, String.valueOf(pending), i18n.tr("overview.tile.pendingReports"),
                        i18n.tr("overview.tile.thisWeek"), SectionId.DEADLINES),
                new Tile(TileKind.LEDGER, String.valueOf(ledgerTotal.overdue()), i18n.tr("overview.tile.ledger"),
                        i18n.tr("overview.tile.ledgerDetail", ledgerTotal.total()), SectionId.LEDGER));
        loaded.set(true);
    }

    private String weekText(Group g, LocalDate today, LocalDate monday, LocalDate sunday) {
        if (today.isBefore(g.start())) {
            return i18n.tr("overview.week.before", i18n.longDate(g.start()));
        }
        if (today.isAfter(g.end())) {
            return i18n.tr("overview.week.after", i18n.longDate(g.end()));
        }
        return i18n.tr("overview.week", g.campaignWeek(today), i18n.shortDate(monday), i18n.shortDate(sunday));
    }

    /**
     * This week's dated things: required actions and work items planned or done this week, the
     * reporting deadlines due this week, and the ledger items due or finished this week, by date.
     */
    private List<WeekEntry> weekEntries(Snapshot s, LocalDate today, LocalDate monday, LocalDate sunday,
                                        int warnDays) {
        Checklist c = s.checklist();
        List<WeekEntry> result = new ArrayList<>();
        for (RequiredAction a : c.unitActions()) {
            for (Unit u : c.units()) {
                addRecord(result, a, c.record(new RecordKey(a.id(), u.id())), u.name(), today, monday, sunday, warnDays);
            }
        }
        for (RequiredAction a : c.groupItems()) {
            addRecord(result, a, c.record(RecordKey.ofGroupItem(a.id())), "", today, monday, sunday, warnDays);
        }
        for (Occurrence o : s.occurrences()) {
            if (!o.due().isBefore(monday) && !o.due().isAfter(sunday)) {
                result.add(new WeekEntry(o.due(), AgendaItem.Kind.DEADLINE, o.submission().isPresent(),
                        o.light(today, warnDays), entryText(AgendaItem.Kind.DEADLINE, "", o.deadline().title())
                                + (o.isLate() ? i18n.tr("overview.week.late", o.daysLate()) : ""),
                        new AgendaItem.Ref(AgendaItem.Kind.DEADLINE, o.deadline().id(), null, o.due())));
            }
        }
        Map<Long, String> unitNames = new HashMap<>();
        c.units().forEach(u -> unitNames.put(u.id(), u.name()));
        for (Rectification r : s.ledger()) {
            String unit = unitNames.get(r.unitId());
            if (unit == null) {
                continue;
            }
            LocalDate finished = r.status().completed() ? r.finishedOn() : null;
            LocalDate date = finished != null ? finished : r.status().settled() ? null : r.due();
            if (date != null && !date.isBefore(monday) && !date.isAfter(sunday)) {
                result.add(new WeekEntry(date, AgendaItem.Kind.LEDGER, finished != null, r.light(today, warnDays),
                        entryText(AgendaItem.Kind.LEDGER, unit, shortened(r.problem())),
                        new AgendaItem.Ref(AgendaItem.Kind.LEDGER, r.id(), r.unitId(), date)));
            }
        }
        result.sort(Comparator.comparing(WeekEntry::date).thenComparing(WeekEntry::kind));
        return result;
    }

    /** The longest problem text a line of the week shows before it is cut with "…". */
    private static final int TITLE_LENGTH = 40;

    private static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.codePointCount(0, oneLine.length()) <= TITLE_LENGTH ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, TITLE_LENGTH - 1)) + "…";
    }

    private void addRecord(List<WeekEntry> into, RequiredAction a, ActionRecord r, String unit, LocalDate today,
                           LocalDate monday, LocalDate sunday, int warnDays) {
        boolean done = r.status() == ActionStatus.DONE;
        LocalDate date = done ? r.done() : r.status() == ActionStatus.SCHEDULED ? r.planned() : null;
        if (date != null && !date.isBefore(monday) && !date.isAfter(sunday)) {
            into.add(new WeekEntry(date, AgendaItem.Kind.ACTION, done,
                    TrafficLight.of(date, done, false, today, warnDays), entryText(AgendaItem.Kind.ACTION, unit, a.title()),
                    new AgendaItem.Ref(AgendaItem.Kind.ACTION, a.id(), r.key().unitId(), date)));
        }
    }

    private String entryText(AgendaItem.Kind kind, String unit, String title) {
        return i18n.tr("overview.week.entry", i18n.tr("agenda.kind", kind),
                unit.isEmpty() ? i18n.tr("agenda.group") : unit, title);
    }

    private Row row(AgendaItem i) {
        return new Row(i, i18n.tr("light", i.light()), i18n.shortDate(i.date()) + " " + weekday(i.date()),
                org.guidancedesk.report.AgendaWords.kind(i, i18n), i.unit().isEmpty() ? i18n.tr("agenda.group") : i.unit(),
                // The unit's liaison after the title: the unit column is narrow, the title's is not.
                i.liaison().isEmpty() ? i.title() : i18n.tr("agenda.titleWithLiaison", i.title(), unbroken(i.liaison())));
    }

    /** "刘芳 138 0013 8004" with no-break spaces inside the number: a line may wrap after the name, never inside the phone. */
    private static String unbroken(String liaison) {
        int space = liaison.indexOf(' ');
        return space < 0 ? liaison : liaison.substring(0, space + 1) + liaison.substring(space + 1).replace(' ', '\u00A0');
    }

    /** A unit's bar takes the traffic light of its dates (what is behind is never green), not of its percentage. */
    private UnitProgress progress(Checklist c, Unit u, LedgerFigures ledger, LocalDate today, int warnDays) {
        Completion done = c.completionOfUnit(u.id(), c.unitActions());
        String ledgerText = ledger.total() == 0 ? i18n.tr("overview.units.ledgerNone")
                : ledger.overdue() == 0 ? i18n.tr("overview.units.ledger", ledger.completed(), ledger.total())
                : i18n.tr("overview.units.ledgerOverdue", ledger.completed(), ledger.total(), ledger.overdue());
        return new UnitProgress(u.name(), done,
                i18n.tr("overview.units.value", done.done(), done.applicable(), done.percent()), ledger, ledgerText,
                c.progressLight(u.id(), c.unitActions(), today, warnDays));
    }

    /** 周二 */
    String weekday(LocalDate d) {
        return i18n.tr("overview.weekday." + d.getDayOfWeek().getValue());
    }

    /** 星期二 */
    private String weekdayLong(LocalDate d) {
        return i18n.tr("overview.weekdayLong." + d.getDayOfWeek().getValue());
    }

    static SectionId targetOf(AgendaItem.Kind kind) {
        return switch (kind) {
            case DEADLINE -> SectionId.DEADLINES;
            case ACTION -> SectionId.CHECKLIST;
            case LEDGER -> SectionId.LEDGER;
            case WORK, REPLY -> SectionId.WORKLOG;
            case FEEDBACK, RESUBMIT -> SectionId.REVIEWS;
        };
    }

    public ReadOnlyStringProperty todayTextProperty() { return todayText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty weekTextProperty() { return weekText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty upcomingTitleProperty() { return upcomingTitle.getReadOnlyProperty(); }

    /** False until the first read has arrived. */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }

    public ObservableList<Tile> tiles() { return tiles; }

    public ObservableList<Row> overdue() { return overdue; }

    public ObservableList<Row> upcoming() { return upcoming; }

    public ObservableList<Day> week() { return week; }

    public ObservableList<UnitProgress> units() { return units; }

    /** The light of the 完成率 tile: that of every unit's dates together (see {@code Checklist.progressLight}). */
    public javafx.beans.property.ReadOnlyObjectProperty<TrafficLight> completionLightProperty() {
        return completionLight.getReadOnlyProperty();
    }
}
