package org.guidancedesk.service;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Liaison;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Occurrence;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.GroupRepository;
import org.guidancedesk.store.MemberRepository;

/** What is overdue and what is due soon, across every kind of dated item. */
public final class AgendaService {
    private final Database db;
    private final Clock clock;
    private final List<AgendaSource> sources = List.of(AgendaService::deadlines, AgendaService::actions,
            AgendaService::ledger, AgendaService::work, ReviewService::agenda);

    AgendaService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * @param overdue  everything past due and not done, oldest first
     * @param upcoming everything due from today to today + days, by date
     */
    public record Agenda(LocalDate today, int warnDays, List<AgendaItem> overdue, List<AgendaItem> upcoming) {}

    /** The agenda for the next {@code days} days (0 = today only). */
    public Agenda agenda(int days) {
        LocalDate today = LocalDate.now(clock);
        return db.read(c -> {
            if (new GroupRepository().find(c).isEmpty()) {
                return new Agenda(today, 0, List.of(), List.of());
            }
            int warnDays = DeadlineService.warnDays(c);
            List<AgendaItem> overdue = new ArrayList<>();
            List<AgendaItem> upcoming = new ArrayList<>();
            for (AgendaSource source : sources) {
                for (AgendaItem item : source.openItems(c, today, warnDays)) {
                    if (item.light() == TrafficLight.RED) {
                        overdue.add(item);
                    } else if (!item.date().isAfter(today.plusDays(days))) {
                        upcoming.add(item);
                    }
                }
            }
            Comparator<AgendaItem> byDate = Comparator.comparing(AgendaItem::date).thenComparing(AgendaItem::kind)
                    .thenComparing(AgendaItem::unit).thenComparing(AgendaItem::title);
            overdue.sort(byDate);
            upcoming.sort(byDate);
            return new Agenda(today, warnDays, overdue, upcoming);
        });
    }

    /** Occurrences not yet submitted. */
    private static List<AgendaItem> deadlines(Connection c, LocalDate today, int warnDays) throws java.sql.SQLException {
        List<AgendaItem> items = new ArrayList<>();
        for (Occurrence o : DeadlineService.occurrences(c)) {
            if (o.submission().isEmpty()) {
                items.add(new AgendaItem(AgendaItem.Kind.DEADLINE, o.due(), o.deadline().title(), "",
                        o.light(today, warnDays), new AgendaItem.Ref(AgendaItem.Kind.DEADLINE, o.deadline().id(), null, o.due())));
            }
        }
        return items;
    }

    /**
     * Actions not done and not exempt that have a date: the earlier of the planned date and the
     * end of the action's due window, so the light agrees with the checklist's "overdue".
     */
    private static List<AgendaItem> actions(Connection c, LocalDate today, int warnDays) throws java.sql.SQLException {
        Checklist checklist = ChecklistQuery.read(c);
        List<AgendaItem> items = new ArrayList<>();
        for (RequiredAction a : checklist.unitActions()) {
            for (Unit u : checklist.units()) {
                add(items, a, checklist.record(new RecordKey(a.id(), u.id())), u.name(),
                        Liaison.text(u, checklist.members()), today, warnDays);
            }
        }
        for (RequiredAction a : checklist.groupItems()) {
            ActionRecord r = checklist.record(RecordKey.ofGroupItem(a.id()));
            if (a.repeats()) {
                addOccurrences(items, a, r, checklist.repeatProgress(a, today), today, warnDays);
            } else {
                add(items, a, r, "", "", today, warnDays);
            }
        }
        return items;
    }

    /** A repeating item's occurrences not held: each missed one, and the next (due soon or later). */
    private static void addOccurrences(List<AgendaItem> items, RequiredAction a, ActionRecord r,
                                       org.guidancedesk.domain.RepeatProgress p, LocalDate today, int warnDays) {
        if (r.status() == ActionStatus.NOT_APPLICABLE) {
            return;
        }
        List<LocalDate> open = new ArrayList<>(p.missed());
        p.next().ifPresent(open::add);
        for (LocalDate due : open) {
            items.add(new AgendaItem(AgendaItem.Kind.ACTION, due, a.title(), "",
                    TrafficLight.of(due, false, false, today, warnDays),
                    new AgendaItem.Ref(AgendaItem.Kind.ACTION, a.id(), null, due), ""));
        }
    }

    private static void add(List<AgendaItem> items, RequiredAction a, ActionRecord r, String unit, String liaison,
                            LocalDate today, int warnDays) {
        if (r.status() == ActionStatus.DONE || r.status() == ActionStatus.NOT_APPLICABLE) {
            return;
        }
        LocalDate date = r.dueBy(a);
        if (date != null) {
            items.add(new AgendaItem(AgendaItem.Kind.ACTION, date, a.title(), unit,
                    TrafficLight.of(date, false, false, today, warnDays),
                    new AgendaItem.Ref(AgendaItem.Kind.ACTION, a.id(), r.key().unitId(), date), liaison));
        }
    }

    /** The longest problem text an agenda line shows before it is cut with "…". */
    private static final int TITLE_LENGTH = 40;
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    /** Ledger items not settled that have a due date. */
    private static List<AgendaItem> ledger(Connection c, LocalDate today, int warnDays) throws java.sql.SQLException {
        java.util.Map<Long, Unit> units = new java.util.HashMap<>();
        for (Unit u : new org.guidancedesk.store.UnitRepository().findAll(c)) {
            units.put(u.id(), u);
        }
        List<Member> members = new MemberRepository().findAll(c);
        List<AgendaItem> items = new ArrayList<>();
        // Open items only (the query leaves the settled out): their light is their due date's.
        for (org.guidancedesk.store.RectificationRepository.OpenItem r : new org.guidancedesk.store.RectificationRepository()
                .findOpenWithDue(c)) {
            Unit unit = units.get(r.unitId());
            items.add(new AgendaItem(AgendaItem.Kind.LEDGER, r.due(), shortened(r.problem()),
                    unit == null ? "" : unit.name(), TrafficLight.of(r.due(), false, false, today, warnDays),
                    new AgendaItem.Ref(AgendaItem.Kind.LEDGER, r.id(), r.unitId(), r.due()),
                    Liaison.text(unit, members)));
        }
        return items;
    }

    /**
     * The group's planned work (a planned entry whose day passed is overdue: it was done and not
     * recorded, or must be moved), and replies awaited to its reminders. Titles are what may be
     * shown of an entry: never its notes or the names talked to.
     */
    private static List<AgendaItem> work(Connection c, LocalDate today, int warnDays) throws java.sql.SQLException {
        java.util.Map<Long, Unit> units = new java.util.HashMap<>();
        for (Unit u : new org.guidancedesk.store.UnitRepository().findAll(c)) {
            units.put(u.id(), u);
        }
        List<Member> members = new MemberRepository().findAll(c);
        List<AgendaItem> items = new ArrayList<>();
        for (org.guidancedesk.domain.WorkEntry e : new org.guidancedesk.store.WorkLogRepository().findAwaited(c)) {
            Unit unit = e.unitIds().size() == 1 ? units.get(e.unitIds().iterator().next()) : null;
            String unitNames = e.unitIds().stream().map(units::get).filter(java.util.Objects::nonNull).map(Unit::name)
                    .sorted().collect(java.util.stream.Collectors.joining("、"));
            if (e.status() == org.guidancedesk.domain.WorkStatus.PLANNED) {
                items.add(new AgendaItem(AgendaItem.Kind.WORK, e.on(), shortened(e.publicTitle()), unitNames,
                        TrafficLight.of(e.on(), false, false, today, warnDays),
                        new AgendaItem.Ref(AgendaItem.Kind.WORK, e.id(), null, e.on()), Liaison.text(unit, members), e.kind()));
            } else if (e.status() == org.guidancedesk.domain.WorkStatus.DONE
                    && e.details() instanceof org.guidancedesk.domain.WorkDetails.Reminder r && r.replyDue() != null
                    && r.repliedOn() == null) {
                items.add(new AgendaItem(AgendaItem.Kind.REPLY, r.replyDue(), shortened(r.about()), unitNames,
                        TrafficLight.of(r.replyDue(), false, false, today, warnDays),
                        new AgendaItem.Ref(AgendaItem.Kind.REPLY, e.id(), null, r.replyDue()), Liaison.text(unit, members),
                        e.kind()));
            }
        }
        return items;
    }

    private static String shortened(String text) {
        String oneLine = BLANKS.matcher(text).replaceAll(" ");
        return oneLine.codePointCount(0, oneLine.length()) <= TITLE_LENGTH ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, TITLE_LENGTH - 1)) + "…";
    }
}
