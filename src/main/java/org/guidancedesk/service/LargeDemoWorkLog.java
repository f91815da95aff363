package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.MeetingKind;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.store.RosterRepository;
import org.guidancedesk.store.WorkLogRepository;

/**
 * The large demo's work log: each unit's roster (主要负责同志 and 班子成员), and exactly
 * {@code count} entries (or the 进驻 and 碰头会 alone, if fewer): 进驻 to every unit in the first
 * two weeks, a 碰头会 every Monday, then reminders, visits, forums, meetings sat in on (on the day
 * the unit did the action, tied to it), briefings, document checks (some with findings, some of
 * them filed in the ledger as the 指导组反馈 item, linked both ways), group interviews, a few
 * entries cancelled and a few planned for the next two weeks; talks make up the rest, first with
 * everyone on the rosters by name. Every entry is made by one or two of the group with the unit's
 * liaison.
 */
final class LargeDemoWorkLog {
    /** Each kind's share of the entries, in thousandths; talks take what is left. */
    private static final Map<WorkKind, Integer> SHARES = Map.of(
            WorkKind.REMINDER, 50, WorkKind.VISIT, 120, WorkKind.FORUM, 60, WorkKind.SITTING, 96,
            WorkKind.BRIEFING, 40, WorkKind.DOCUMENT_CHECK, 72, WorkKind.GROUP_INTERVIEW, 40);
    private static final List<WorkKind> ORDER = List.of(WorkKind.REMINDER, WorkKind.VISIT, WorkKind.FORUM,
            WorkKind.SITTING, WorkKind.BRIEFING, WorkKind.DOCUMENT_CHECK, WorkKind.GROUP_INTERVIEW);
    private static final int PLANNED = 24;
    private static final int CANCELLED = 6;

    private final Connection c;
    private final LargeDemoTexts texts;
    private final LargeDemoWork work;
    private final DemoCalendar calendar;
    private final Random random;
    private final Instant now;
    private final List<Unit> units;
    private final List<Long> members;
    private final WorkLogRepository entries = new WorkLogRepository();
    private final List<RosterPerson> roster = new ArrayList<>();
    private int written;

    private LargeDemoWorkLog(Connection c, LargeDemoTexts texts, DemoCalendar calendar, Random random, Instant now,
                             List<Unit> units, List<Long> members) {
        this.c = c;
        this.texts = texts;
        this.work = new LargeDemoWork(texts, random);
        this.calendar = calendar;
        this.random = random;
        this.now = now;
        this.units = units;
        this.members = members;
    }

    /**
     * @param members the secretary first, then the leader, the deputies and the members
     * @param records the checklist, for the meetings sat in on
     * @param items   the ledger, for the findings filed in it
     * @return the number of entries written
     */
    static int write(Connection c, List<Unit> units, List<Long> members, List<RequiredAction> catalog,
                     List<ActionRecord> records, List<Rectification> items, int count, LargeDemoTexts texts,
                     DemoCalendar calendar, Random random, Instant now) throws SQLException {
        LargeDemoWorkLog log = new LargeDemoWorkLog(c, texts, calendar, random, now, units, members);
        log.rosters();
        log.arrivals();
        log.groupMeetings();
        int rest = Math.max(0, count - log.written);
        Map<WorkKind, Integer> counts = new HashMap<>();
        int shared = 0;
        for (WorkKind k : ORDER) {
            counts.put(k, rest * SHARES.get(k) / 1000);
            shared += counts.get(k);
        }
        int planned = Math.min(PLANNED * rest / 1000, rest - shared);
        int cancelled = Math.min(CANCELLED * rest / 1000, rest - shared - planned);
        log.reminders(counts.get(WorkKind.REMINDER));
        log.visits(counts.get(WorkKind.VISIT));
        log.forums(counts.get(WorkKind.FORUM));
        log.sittings(counts.get(WorkKind.SITTING), catalog, records);
        log.briefings(counts.get(WorkKind.BRIEFING));
        log.documentChecks(counts.get(WorkKind.DOCUMENT_CHECK), items);
        log.groupInterviews(counts.get(WorkKind.GROUP_INTERVIEW));
        log.cancelled(cancelled);
        log.planned(planned);
        log.talks(rest - shared - planned - cancelled);
        return log.written;
    }

    private void rosters() throws SQLException {
        RosterRepository repo = new RosterRepository();
        for (Unit u : units) {
            List<String> positions = texts.words("roster." + u.kind());
            Set<String> names = new java.util.HashSet<>();
            for (int i = 0; i < positions.size(); i++) {
                String name = texts.person(random);
                while (!names.add(name)) {
                    name = texts.person(random);
                }
                roster.add(repo.save(c, new RosterPerson(0, u.id(), name, positions.get(i),
                        i == 0 ? PersonLevel.HEAD : PersonLevel.LEADERSHIP, i)));
            }
        }
    }

    /** 进驻: four units a working day from the first Tuesday, the leader or a deputy and the unit's liaison going. */
    private void arrivals() throws SQLException {
        LocalDate day = calendar.day(1, 2);
        for (int u = 0; u < units.size(); u++) {
            if (u > 0 && u % 4 == 0) {
                day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
            }
            LocalDate on = DemoCalendar.min(day, calendar.today());
            done(WorkKind.ARRIVAL, on, LocalTime.of(u % 2 == 0 ? 9 : 15, 0), units.get(u),
                    texts.pick("notes.ARRIVAL", random), new WorkDetails.None(), List.of(), List.of());
        }
    }

    /** 碰头会 every Monday up to today. */
    private void groupMeetings() throws SQLException {
        for (LocalDate d = calendar.start(); !d.isAfter(calendar.today()); d = d.plusWeeks(1)) {
            save(new WorkEntry(0, WorkKind.GROUP_MEETING, WorkStatus.DONE, d, LocalTime.of(8, 30), Set.of(), true,
                    members.subList(0, 6), members.get(1), texts.pick("notes.GROUP_MEETING", random), "",
                    new WorkDetails.None(), List.of(), List.of()));
        }
    }

    private void reminders(int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            Unit u = unit();
            LocalDate on = day();
            done(WorkKind.REMINDER, on, null, u, "", work.reminder(u, on, calendar.today()), List.of(), List.of());
        }
    }

    private void visits(int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            Unit u = unit();
            done(WorkKind.VISIT, day(), null, u, texts.pick("notes.VISIT", random), work.visit(u), List.of(), highlight());
        }
    }

    private void forums(int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            done(WorkKind.FORUM, day(), LocalTime.of(14, 30), unit(), "", work.forum(), List.of(), List.of());
        }
    }

    /** Meetings sat in on: on the day the unit did the action when it is done, tied to it. */
    private void sittings(int n, List<RequiredAction> catalog, List<ActionRecord> records) throws SQLException {
        Map<String, RequiredAction> byTitle = new HashMap<>();
        catalog.forEach(a -> byTitle.put(a.title(), a));
        Map<RecordKey, ActionRecord> byKey = new HashMap<>();
        records.forEach(r -> byKey.put(r.key(), r));
        List<String[]> kinds = texts.rows("sittings");
        for (int i = 0; i < n; i++) {
            Unit u = unit();
            String[] kind = LargeDemoTexts.pick(kinds, random);
            RequiredAction action = byTitle.get(kind[2]);
            ActionRecord r = action == null ? null : byKey.get(new RecordKey(action.id(), u.id()));
            boolean tied = r != null && r.status() == ActionStatus.DONE;
            done(WorkKind.SITTING, tied ? r.done() : day(), null, u, "", new WorkDetails.Sitting(MeetingKind.valueOf(kind[0]),
                    u.name() + kind[1], tied ? action.id() : null), List.of(), List.of());
        }
    }

    private void briefings(int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            done(WorkKind.BRIEFING, day(), null, unit(), texts.pick("notes.BRIEFING", random), new WorkDetails.None(),
                    List.of(), highlight());
        }
    }

    /**
     * Document checks; every third finds something, and half of those findings were filed in the
     * ledger that day as one of the unit's 指导组反馈 items, linked to the finding.
     */
    private void documentChecks(int n, List<Rectification> items) throws SQLException {
        String feedback = Ledger.RECTIFY.defaultCategories().get(Ledger.RECTIFY.defaultCategories().size() - 1);
        Map<Long, List<Rectification>> fileable = new HashMap<>();
        for (Rectification r : items) {
            if (r.ledger() == Ledger.RECTIFY && r.category().equals(feedback)) {
                fileable.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
            }
        }
        LargeDemoWording wording = new LargeDemoWording(texts, random);
        for (int i = 0; i < n; i++) {
            Unit u = unit();
            String notes = texts.pick("notes.DOCUMENT_CHECK", random);
            List<Rectification> open = fileable.getOrDefault(u.id(), List.of());
            int r = random.nextInt(6);
            if (r == 0 && !open.isEmpty()) {
                Rectification item = open.remove(random.nextInt(open.size()));
                String text = item.problem().substring(item.problem().indexOf('：') + 1);
                WorkEntry e = done(WorkKind.DOCUMENT_CHECK, item.createdOn(), null, u, notes, new WorkDetails.None(),
                        List.of(new WorkFinding(0, text, null)), List.of());
                entries.linkFinding(c, e.findings().get(0).id(), item.id());
            } else {
                List<WorkFinding> findings = r == 1 ? List.of(new WorkFinding(0,
                        wording.problem(u, Ledger.SPECIAL, random.nextInt(Ledger.SPECIAL.defaultCategories().size())), null))
                        : List.of();
                done(WorkKind.DOCUMENT_CHECK, day(), null, u, notes, new WorkDetails.None(), findings, highlight());
            }
        }
    }

    private void groupInterviews(int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            Unit u = unit();
            done(WorkKind.GROUP_INTERVIEW, day(), null, u, texts.pick("notes.TALK", random), work.talkByPosition(u, true),
                    List.of(), List.of());
        }
    }

    /** Talks: with everyone on the rosters first (in a random order), then with others by position. */
    private void talks(int n) throws SQLException {
        List<RosterPerson> people = new ArrayList<>(roster);
        java.util.Collections.shuffle(people, random);
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        for (int i = 0; i < n; i++) {
            Unit u = i < people.size() ? byId.get(people.get(i).unitId()) : unit();
            WorkDetails.Talk talk = i < people.size() ? work.talkWith(people.get(i)) : work.talkByPosition(u, false);
            done(WorkKind.TALK, day(), null, u, texts.pick("notes.TALK", random), talk, List.of(), List.of());
        }
    }

    private void cancelled(int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            Unit u = unit();
            entry(WorkStatus.CANCELLED, WorkKind.VISIT, day(), null, u, "", work.visit(u), List.of(), List.of());
        }
    }

    /** Planned for the next two weeks: talks, visits and forums. */
    private void planned(int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            Unit u = unit();
            LocalDate on = DemoCalendar.workday(random, calendar.today().plusDays(1), calendar.today().plusDays(14));
            switch (i % 3) {
                case 0 -> entry(WorkStatus.PLANNED, WorkKind.TALK, on, null, u, "", work.talkByPosition(u, false),
                        List.of(), List.of());
                case 1 -> entry(WorkStatus.PLANNED, WorkKind.VISIT, on, null, u, "", work.visit(u), List.of(), List.of());
                default -> entry(WorkStatus.PLANNED, WorkKind.FORUM, on, LocalTime.of(14, 30), u, "", work.forum(),
                        List.of(), List.of());
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    private Unit unit() {
        return LargeDemoTexts.pick(units, random);
    }

    /** A working day after the arrivals, up to today. */
    private LocalDate day() {
        return DemoCalendar.workday(random, DemoCalendar.min(calendar.day(2, 1), calendar.today()), calendar.today());
    }

    /** Now and then a good practice found (典型做法). */
    private List<String> highlight() {
        return random.nextInt(12) == 0 ? List.of(texts.pick("highlights", random)) : List.of();
    }

    private WorkEntry done(WorkKind kind, LocalDate on, LocalTime at, Unit u, String notes, WorkDetails details,
                           List<WorkFinding> findings, List<String> highlights) throws SQLException {
        return entry(WorkStatus.DONE, kind, on, at, u, notes, details, findings, highlights);
    }

    /** An entry of one unit, by the unit's liaison and (half the time) the leader or a deputy, who leads. */
    private WorkEntry entry(WorkStatus status, WorkKind kind, LocalDate on, LocalTime at, Unit u, String notes,
                            WorkDetails details, List<WorkFinding> findings, List<String> highlights) throws SQLException {
        List<Long> who = new ArrayList<>();
        Long senior = members.get(1 + random.nextInt(3));
        if (random.nextBoolean() && !senior.equals(u.liaisonId())) {
            who.add(senior);
        }
        who.add(u.liaisonId());
        return save(new WorkEntry(0, kind, status, on, at, Set.of(u.id()), false, who, who.get(0), notes, "", details,
                findings, highlights));
    }

    private WorkEntry save(WorkEntry e) throws SQLException {
        e.checkAgainst(calendar.today());
        written++;
        return entries.insert(c, e, now);
    }
}
