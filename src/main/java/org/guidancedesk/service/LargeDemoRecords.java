package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.store.RecordRepository;

/**
 * The large demo's checklist: exactly {@code count} records (or one for every cell and work
 * item if there are fewer), in every state. Where an action's window lies decides what its cells
 * hold: a window gone by is mostly done, with some cells overdue (planned and let pass, or never
 * planned; one in nine of a window closed in the last four weeks, one in fifty of older ones) and
 * a few not applicable; the windows of today are part done, part planned, a tenth
 * overdue; later windows are planned from the units' 实施方案. The cells left blank are drawn
 * from those not yet due. Must-attend actions record who of the group attended.
 */
final class LargeDemoRecords {
    /** Windows closed within this many weeks before today leave more cells overdue. */
    private static final int RECENT_WEEKS = 4;

    private final LargeDemoTexts texts;
    private final DemoCalendar calendar;
    private final Random random;
    private final List<Long> members;

    private LargeDemoRecords(LargeDemoTexts texts, DemoCalendar calendar, Random random, List<Long> members) {
        this.texts = texts;
        this.calendar = calendar;
        this.random = random;
        this.members = members;
    }

    /** @param members the secretary first, then the leader, the deputies and the members */
    static List<ActionRecord> write(Connection c, Group group, List<RequiredAction> catalog, List<Unit> units,
                                    List<Long> members, int count, LargeDemoTexts texts, DemoCalendar calendar,
                                    Random random, Instant now) throws SQLException {
        List<ActionRecord> records = new LargeDemoRecords(texts, calendar, random, members).records(catalog, units, count);
        RecordRepository repo = new RecordRepository();
        for (ActionRecord r : records) {
            if (!r.warnings(group).isEmpty() || r.done() != null && r.done().isAfter(calendar.today())) {
                throw new IllegalStateException("demo date out of range: " + r);
            }
            repo.save(c, r, now);
        }
        return records;
    }

    private List<ActionRecord> records(List<RequiredAction> catalog, List<Unit> units, int count) {
        List<RequiredAction> actions = catalog.stream().filter(a -> a.scope() == ActionScope.UNIT).toList();
        List<RequiredAction> items = catalog.stream().filter(a -> a.scope() == ActionScope.GROUP).toList();
        int cells = actions.size() * units.size();
        Set<Integer> blank = blanks(actions, units.size(), Math.max(0, cells + items.size() - count));
        List<ActionRecord> records = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            if (!blank.contains(i)) {
                RequiredAction a = actions.get(i / units.size());
                Unit u = units.get(i % units.size());
                records.add(cell(new RecordKey(a.id(), u.id()), a, u.liaisonId()));
            }
        }
        for (RequiredAction item : items) {
            records.add(groupItem(item));
        }
        return records;
    }

    /** {@code n} cells (action-major indices) of actions not yet due, those of later windows first. */
    private Set<Integer> blanks(List<RequiredAction> actions, int unitCount, int n) {
        LocalDate today = calendar.today();
        List<Integer> later = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int a = 0; a < actions.size(); a++) {
            RequiredAction action = actions.get(a);
            List<Integer> into = action.dueFrom() == null || action.dueFrom().isAfter(today) ? later
                    : action.dueTo().isBefore(today) ? null : current;
            for (int u = 0; into != null && u < unitCount; u++) {
                into.add(a * unitCount + u);
            }
        }
        Collections.shuffle(later, random);
        Collections.shuffle(current, random);
        later.addAll(current);
        if (later.size() < n) {
            throw new IllegalStateException("too few cells not yet due to leave " + n + " blank");
        }
        return new HashSet<>(later.subList(0, n));
    }

    private ActionRecord cell(RecordKey key, RequiredAction a, Long liaison) {
        LocalDate today = calendar.today();
        int r = random.nextInt(100);
        if (a.dueFrom() == null) {
            return r < 50 ? done(key, a, calendar.start(), today, liaison) : planned(key, today.plusDays(1), calendar.end(), "");
        }
        if (a.dueTo().isBefore(today)) {
            // Overdue cells are mostly of windows closed lately: the older ones were caught up on.
            int late = a.dueTo().isBefore(today.minusWeeks(RECENT_WEEKS)) ? 2 : 11;
            if (r < 97 - late) {
                return done(key, a, a.dueFrom(), DemoCalendar.min(a.dueTo().plusDays(3), today), liaison);
            }
            if (r < 100 - late) {
                return other(key, ActionStatus.NOT_APPLICABLE, "cellNotes.NOT_APPLICABLE");
            }
            if (r < 100 - late / 2) {
                return planned(key, a.dueFrom(), a.dueTo(), texts.pick("cellNotes.LATE", random));
            }
            return other(key, ActionStatus.NOT_SCHEDULED, "cellNotes.NOT_SCHEDULED");
        }
        if (!a.dueFrom().isAfter(today)) {
            if (r < 45) {
                return done(key, a, a.dueFrom(), today, liaison);
            }
            if (r < 80 || !a.dueFrom().isBefore(today)) {
                return planned(key, today.plusDays(1), a.dueTo(), "");
            }
            if (r < 90) {
                return planned(key, a.dueFrom(), today.minusDays(1), texts.pick("cellNotes.LATE", random));
            }
            if (r < 95) {
                return other(key, ActionStatus.NOT_APPLICABLE, "cellNotes.NOT_APPLICABLE");
            }
            return other(key, ActionStatus.NOT_SCHEDULED, "cellNotes.NOT_SCHEDULED");
        }
        return r < 96 ? planned(key, a.dueFrom(), a.dueTo(), "")
                : other(key, ActionStatus.NOT_APPLICABLE, "cellNotes.NOT_APPLICABLE");
    }

    /** Done on a working day between the dates; planned for that day, or a few days before it (done late). */
    private ActionRecord done(RecordKey key, RequiredAction a, LocalDate from, LocalDate to, Long liaison) {
        LocalDate on = DemoCalendar.workday(random, from, to);
        LocalDate planned = random.nextInt(5) == 0 ? DemoCalendar.max(from, on.minusDays(1 + random.nextInt(3))) : on;
        Set<Long> attendees = new LinkedHashSet<>();
        if (a.mustAttend() || random.nextInt(10) == 0) {
            attendees.add(liaison);
            if (a.mustAttend() && random.nextBoolean()) {
                attendees.add(members.get(1 + random.nextInt(3)));
            }
        }
        String note = random.nextInt(7) == 0 ? texts.pick("cellNotes.DONE", random) : "";
        return new ActionRecord(key, ActionStatus.DONE, planned, on, attendees, note);
    }

    private ActionRecord planned(RecordKey key, LocalDate from, LocalDate to, String note) {
        return new ActionRecord(key, ActionStatus.SCHEDULED, DemoCalendar.workday(random, from, to), null, Set.of(), note);
    }

    private ActionRecord other(RecordKey key, ActionStatus status, String notes) {
        return new ActionRecord(key, status, null, null, Set.of(), texts.pick(notes, random));
    }

    /** A work item of the group: done once its window has begun (or, without one, at some day gone by), else planned. */
    private ActionRecord groupItem(RequiredAction item) {
        LocalDate today = calendar.today();
        RecordKey key = RecordKey.ofGroupItem(item.id());
        LocalDate from = item.dueFrom() == null ? calendar.start() : item.dueFrom();
        if (from.isAfter(today)) {
            return planned(key, from, item.dueTo(), "");
        }
        LocalDate on = DemoCalendar.workday(random, from, item.dueTo() == null ? today : DemoCalendar.min(item.dueTo(), today));
        Set<Long> attendees = new LinkedHashSet<>(members.subList(1, 2 + random.nextInt(4)));
        return new ActionRecord(key, ActionStatus.DONE, on, on, attendees, "");
    }
}
