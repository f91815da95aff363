package org.guidancedesk.ui.overview;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Completion;
import org.guidancedesk.domain.LedgerFigures;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.TrafficLight;
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
                    List<org.guidancedesk.domain.LedgerState> ledger, org.guidancedesk.domain.WorkFigures workSoFar,
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

    /** Reads everything and works out its texts in one task, and shows them when they arrive. */
    public void reload() {
        tasks.read(() -> OverviewContent.of(read(workspace), i18n), this::show);
    }

    /** Everything 总览 shows, read from the file; off the JavaFX thread. */
    public static Snapshot read(Workspace workspace) {
        LocalDate today = workspace.workLog().today();
        return new Snapshot(workspace.agenda().agenda(AGENDA_DAYS), workspace.checklist().load(),
                workspace.deadlines().occurrences(), workspace.ledger().states(),
                workspace.workLog().figures(org.guidancedesk.domain.DateRange.FIRST, today, today),
                workspace.reviews().figures(org.guidancedesk.domain.DateRange.FIRST, today));
    }

    /** Shows what was read and worked out ({@link OverviewContent}: off the JavaFX thread, with the read). */
    void show(OverviewContent c) {
        todayText.set(c.todayText());
        weekText.set(c.weekText());
        overdue.setAll(c.overdue());
        upcoming.setAll(c.upcoming());
        upcomingTitle.set(c.upcomingTitle());
        workSoFar.set(c.workSoFar());
        reviewsSoFar.set(c.reviewsSoFar());
        week.setAll(c.week());
        units.setAll(c.units());
        completionLight.set(c.completionLight());
        tiles.setAll(c.tiles());
        loaded.set(true);
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
