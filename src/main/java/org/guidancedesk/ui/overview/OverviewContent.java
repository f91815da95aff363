package org.guidancedesk.ui.overview;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.guidancedesk.ui.SectionId;

/**
 * What 总览 shows, worked out from what was read ({@link OverviewViewModel.Snapshot}) into its
 * texts and lists: off the JavaFX thread, with the read, so the screen only takes them (the large
 * group's 6,000 records and 20,000 ledger items made this a third of its first frame's work).
 */
public record OverviewContent(AgendaService.Agenda agenda, String todayText, String weekText,
                       List<OverviewViewModel.Row> overdue, List<OverviewViewModel.Row> upcoming, String upcomingTitle,
                       String workSoFar, String reviewsSoFar, List<OverviewViewModel.Day> week,
                       List<OverviewViewModel.UnitProgress> units, TrafficLight completionLight,
                       List<OverviewViewModel.Tile> tiles) {

    /** Works out what the snapshot shows, in the language of {@code i18n}; any thread. */
    public static OverviewContent of(OverviewViewModel.Snapshot s, I18n i18n) {
        return new Maker(i18n).make(s);
    }

    /** The texts' maker: the language, and the rules of 总览's lines and tiles. */
    private static final class Maker {
        private final I18n i18n;

        Maker(I18n i18n) {
            this.i18n = i18n;
        }

        OverviewContent make(OverviewViewModel.Snapshot s) {
            LocalDate today = s.agenda().today();
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate sunday = monday.plusDays(6);
            int warnDays = s.agenda().warnDays();

            String todayText = i18n.tr("overview.today", i18n.longDate(today), weekdayLong(today));
            String weekText = weekText(s.checklist().group(), today, monday, sunday);

            List<AgendaItem> soon = s.agenda().upcoming().stream()
                    .filter(i -> !i.date().isAfter(today.plusDays(OverviewViewModel.UPCOMING_DAYS))).toList();
            List<OverviewViewModel.Row> overdue = s.agenda().overdue().stream().map(this::row).toList();
            List<OverviewViewModel.Row> upcoming = soon.stream().map(this::row).toList();
            String upcomingTitle = i18n.tr("overview.upcoming.title", OverviewViewModel.UPCOMING_DAYS);
            String work = org.guidancedesk.report.WorkSentences.paragraph(s.workSoFar(), i18n);
            String workSoFar = work.isEmpty() ? i18n.tr("overview.work.none") : work;
            String reviewed = org.guidancedesk.report.ReviewSentence.of(s.reviewsSoFar(), i18n);
            String reviewsSoFar = reviewed.isEmpty() ? i18n.tr("overview.reviews.none") : reviewed;

            List<OverviewViewModel.WeekEntry> entries = weekEntries(s, today, monday, sunday, warnDays);
            List<OverviewViewModel.Day> days = new ArrayList<>();
            for (LocalDate d = monday; !d.isAfter(sunday); d = d.plusDays(1)) {
                LocalDate day = d;
                days.add(new OverviewViewModel.Day(d, weekday(d) + " " + i18n.shortDate(d), d.equals(today),
                        entries.stream().filter(e -> e.date().equals(day)).toList()));
            }
        

            Checklist c = s.checklist();
            List<LedgerFigures> ledger = LedgerFigures.perUnit(c.units(), s.ledger(), today, Week.of(today));
            List<OverviewViewModel.UnitProgress> progress = new ArrayList<>();
            for (int i = 0; i < c.units().size(); i++) {
                progress.add(progress(c, c.units().get(i), ledger.get(i), today, warnDays));
            }
        
            LedgerFigures ledgerTotal = LedgerFigures.total(ledger);

            long dueSoon = s.agenda().upcoming().stream().filter(i -> i.light() == TrafficLight.YELLOW).count();
            Completion overall = c.completionOverall(c.unitActions(), c.units());
            TrafficLight completionLight = c.progressLight(c.unitActions(), c.units(), today, warnDays);
            long doneThisWeek = entries.stream().filter(OverviewViewModel.WeekEntry::done).count();
            long pending = s.occurrences().stream()
                    .filter(o -> o.submission().isEmpty() && !o.due().isBefore(monday) && !o.due().isAfter(sunday))
                    .count();
            List<AgendaItem> overdueItems = s.agenda().overdue();
            SectionId overdueTarget = overdueItems.isEmpty() ? SectionId.CHECKLIST : OverviewViewModel.targetOf(overdueItems.get(0).kind());
            SectionId soonTarget = s.agenda().upcoming().stream().filter(i -> i.light() == TrafficLight.YELLOW)
                    .findFirst().map(i -> OverviewViewModel.targetOf(i.kind())).orElse(SectionId.DEADLINES);
            List<OverviewViewModel.Tile> tiles = List.of(
                    new OverviewViewModel.Tile(OverviewViewModel.TileKind.OVERDUE, String.valueOf(overdueItems.size()), i18n.tr("overview.tile.overdue"),
                            i18n.tr("overview.tile.items"), overdueTarget),
                    new OverviewViewModel.Tile(OverviewViewModel.TileKind.DUE_SOON, String.valueOf(dueSoon), warnDays == 0
                            ? i18n.tr("overview.tile.dueToday") : i18n.tr("overview.tile.dueSoon", warnDays),
                            i18n.tr("overview.tile.items"), soonTarget),
                    new OverviewViewModel.Tile(OverviewViewModel.TileKind.COMPLETION, overall.percent() + "%", i18n.tr("overview.tile.completion"),
                            i18n.tr("overview.tile.completionDetail", overall.done(), overall.applicable()),
                            SectionId.CHECKLIST),
                    new OverviewViewModel.Tile(OverviewViewModel.TileKind.DONE_THIS_WEEK, String.valueOf(doneThisWeek), i18n.tr("overview.tile.doneThisWeek"),
                            i18n.tr("overview.tile.items"), SectionId.CHECKLIST),
                    new OverviewViewModel.Tile(OverviewViewModel.TileKind.PENDING_REPORTS, String.valueOf(pending), i18n.tr("overview.tile.pendingReports"),
                            i18n.tr("overview.tile.thisWeek"), SectionId.DEADLINES),
                    new OverviewViewModel.Tile(OverviewViewModel.TileKind.LEDGER, String.valueOf(ledgerTotal.overdue()), i18n.tr("overview.tile.ledger"),
                            i18n.tr("overview.tile.ledgerDetail", ledgerTotal.total()), SectionId.LEDGER));
            return new OverviewContent(s.agenda(), todayText, weekText, overdue, upcoming, upcomingTitle, workSoFar,
                    reviewsSoFar, days, progress, completionLight, tiles);
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
        private List<OverviewViewModel.WeekEntry> weekEntries(OverviewViewModel.Snapshot s, LocalDate today, LocalDate monday, LocalDate sunday,
                                            int warnDays) {
            Checklist c = s.checklist();
            List<OverviewViewModel.WeekEntry> result = new ArrayList<>();
            for (RequiredAction a : c.unitActions()) {
                for (Unit u : c.units()) {
                    addRecord(result, a, c.record(new RecordKey(a.id(), u.id())), u.name(), today, monday, sunday, warnDays);
                }
            }
            for (RequiredAction a : c.groupItems()) {
                ActionRecord r = c.record(RecordKey.ofGroupItem(a.id()));
                if (a.repeats()) {
                    addOccurrences(result, a, r, c.repeatProgress(a, today), today, monday, sunday, warnDays);
                } else {
                    addRecord(result, a, r, "", today, monday, sunday, warnDays);
                }
            }
            for (Occurrence o : s.occurrences()) {
                if (!o.due().isBefore(monday) && !o.due().isAfter(sunday)) {
                    result.add(new OverviewViewModel.WeekEntry(o.due(), AgendaItem.Kind.DEADLINE, o.submission().isPresent(),
                            o.light(today, warnDays), entryText(AgendaItem.Kind.DEADLINE, "", o.deadline().title())
                                    + (o.isLate() ? i18n.tr("overview.week.late", o.daysLate()) : ""),
                            new AgendaItem.Ref(AgendaItem.Kind.DEADLINE, o.deadline().id(), null, o.due())));
                }
            }
            Map<Long, String> unitNames = new HashMap<>();
            c.units().forEach(u -> unitNames.put(u.id(), u.name()));
            for (org.guidancedesk.domain.LedgerState r : s.ledger()) {
                String unit = unitNames.get(r.unitId());
                if (unit == null) {
                    continue;
                }
                LocalDate finished = r.status().completed() ? r.finishedOn() : null;
                LocalDate date = finished != null ? finished : r.status().settled() ? null : r.due();
                if (date != null && !date.isBefore(monday) && !date.isAfter(sunday)) {
                    result.add(new OverviewViewModel.WeekEntry(date, AgendaItem.Kind.LEDGER, finished != null, r.light(today, warnDays),
                            entryText(AgendaItem.Kind.LEDGER, unit, shortened(r.problem())),
                            new AgendaItem.Ref(AgendaItem.Kind.LEDGER, r.id(), r.unitId(), date)));
                }
            }
            result.sort(Comparator.comparing(OverviewViewModel.WeekEntry::date).thenComparing(OverviewViewModel.WeekEntry::kind));
            return result;
        }

        /** The longest problem text a line of the week shows before it is cut with "…". */
        private static final int TITLE_LENGTH = 40;

        private static String shortened(String text) {
            String oneLine = text.strip().replaceAll("\\s+", " ");
            return oneLine.codePointCount(0, oneLine.length()) <= TITLE_LENGTH ? oneLine
                    : oneLine.substring(0, oneLine.offsetByCodePoints(0, TITLE_LENGTH - 1)) + "…";
        }

        private void addRecord(List<OverviewViewModel.WeekEntry> into, RequiredAction a, ActionRecord r, String unit, LocalDate today,
                               LocalDate monday, LocalDate sunday, int warnDays) {
            boolean done = r.status() == ActionStatus.DONE;
            LocalDate date = done ? r.done() : r.status() == ActionStatus.SCHEDULED ? r.planned() : null;
            if (date != null && !date.isBefore(monday) && !date.isAfter(sunday)) {
                into.add(new OverviewViewModel.WeekEntry(date, AgendaItem.Kind.ACTION, done,
                        TrafficLight.of(date, done, false, today, warnDays), entryText(AgendaItem.Kind.ACTION, unit, a.title()),
                        new AgendaItem.Ref(AgendaItem.Kind.ACTION, a.id(), r.key().unitId(), date)));
            }
        }

        /** A repeating work item's occurrences this week: held (on the day held) or to be held on its date. */
        private void addOccurrences(List<OverviewViewModel.WeekEntry> into, RequiredAction a, ActionRecord r,
                                    org.guidancedesk.domain.RepeatProgress p, LocalDate today, LocalDate monday,
                                    LocalDate sunday, int warnDays) {
            if (r.status() == ActionStatus.NOT_APPLICABLE) {
                return;
            }
            for (LocalDate due : p.dates()) {
                if (due.isBefore(monday) || due.isAfter(sunday)) {
                    continue;
                }
                boolean held = p.held(due).isPresent();
                LocalDate date = p.held(due).map(org.guidancedesk.domain.HeldOccurrence::heldOn).orElse(due);
                into.add(new OverviewViewModel.WeekEntry(date, AgendaItem.Kind.ACTION, held,
                        TrafficLight.of(due, held, false, today, warnDays), entryText(AgendaItem.Kind.ACTION, "", a.title()),
                        new AgendaItem.Ref(AgendaItem.Kind.ACTION, a.id(), null, due)));
            }
        }

        private String entryText(AgendaItem.Kind kind, String unit, String title) {
            return i18n.tr("overview.week.entry", i18n.tr("agenda.kind", kind),
                    unit.isEmpty() ? i18n.tr("agenda.group") : unit, title);
        }

        private OverviewViewModel.Row row(AgendaItem i) {
            return new OverviewViewModel.Row(i, i18n.tr("light", i.light()), i18n.shortDate(i.date()) + " " + weekday(i.date()),
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
        private OverviewViewModel.UnitProgress progress(Checklist c, Unit u, LedgerFigures ledger, LocalDate today, int warnDays) {
            Completion done = c.completionOfUnit(u.id(), c.unitActions());
            String ledgerText = ledger.total() == 0 ? i18n.tr("overview.units.ledgerNone")
                    : ledger.overdue() == 0 ? i18n.tr("overview.units.ledger", ledger.completed(), ledger.total())
                    : i18n.tr("overview.units.ledgerOverdue", ledger.completed(), ledger.total(), ledger.overdue());
            return new OverviewViewModel.UnitProgress(u.name(), done,
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
    }
}
