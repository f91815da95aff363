package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.store.ProgressRepository;
import org.guidancedesk.store.RectificationRepository;

/**
 * The large demo's two ledgers: {@code count} items over the units (some units file more than
 * others), two in five in the 整治台账, filed from the campaign's third week to yesterday (more of
 * them lately), numbered in filing order. Nodes, due dates and states are mixed as a real ledger's
 * are: 立行立改 due within a month (a few not: the warning), 限期整改 often due on one of the three
 * nodes, 长期坚持 mostly ongoing; items past due mostly done or closed, the rest overdue. Due
 * dates avoid the last week of December except in three units, whose clusters the check finds.
 * Every item but some not started has progress notes; a completion and a verification add theirs.
 */
record LargeDemoLedger(LargeDemoTexts texts, LargeDemoWording wording, DemoCalendar calendar, Random random,
                       List<LocalDate> nodes, String verifier, Set<Long> clustered, Map<Long, List<String>> leaders) {
    /** Units whose year-end cluster the demo shows. */
    private static final int CLUSTERED_UNITS = 3;
    /** Leaders in charge (责任领导) of each unit's items. */
    private static final int LEADERS = 4;

    /** The ledger's three nodes (三个节点) for a today: the end of its month, next June's end and next year's end. */
    static List<LocalDate> nodes(LocalDate today) {
        return List.of(today.withDayOfMonth(today.lengthOfMonth()), LocalDate.of(today.getYear() + 1, 6, 30),
                LocalDate.of(today.getYear() + 1, 12, 31));
    }

    /** Writes the items and their notes; returns the items as saved, in serial order of each ledger. */
    static List<Rectification> write(Connection c, List<Unit> units, int count, String verifier, LargeDemoTexts texts,
                                     DemoCalendar calendar, Random random, Instant now) throws SQLException {
        LargeDemoLedger ledger = new LargeDemoLedger(texts, new LargeDemoWording(texts, random), calendar, random,
                nodes(calendar.today()), verifier, new HashSet<>(), new HashMap<>());
        List<Draft> drafts = ledger.drafts(units, count);
        drafts.sort((a, b) -> a.item().createdOn().compareTo(b.item().createdOn()));
        List<Rectification> saved = new RectificationRepository().insertAll(c,
                drafts.stream().map(Draft::item).toList(), null, now);
        List<ProgressNote> notes = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            for (LargeDemoWording.Note n : drafts.get(i).notes()) {
                notes.add(new ProgressNote(0, saved.get(i).id(), n.on(), n.text()));
            }
        }
        new ProgressRepository().insertAll(c, notes, now);
        return saved;
    }

    /** An item not yet saved, and its notes. */
    private record Draft(Rectification item, List<LargeDemoWording.Note> notes) {}

    private List<Draft> drafts(List<Unit> units, int count) {
        double[] weights = new double[units.size()];
        double total = 0;
        for (int u = 0; u < units.size(); u++) {
            total += 0.6 + random.nextDouble() * 0.8;
            weights[u] = total;
        }
        while (clustered.size() < Math.min(CLUSTERED_UNITS, units.size())) {
            clustered.add(units.get(random.nextInt(units.size())).id());
        }
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double w = random.nextDouble() * total;
            int u = 0;
            while (weights[u] < w) {
                u++;
            }
            drafts.add(draft(units.get(u)));
        }
        return drafts;
    }

    private Draft draft(Unit unit) {
        LocalDate today = calendar.today();
        Ledger ledger = random.nextInt(5) < 2 ? Ledger.SPECIAL : Ledger.RECTIFY;
        int category = random.nextInt(ledger.defaultCategories().size());
        LocalDate earliest = calendar.day(3, 1);
        LocalDate filed = DemoCalendar.max(DemoCalendar.workday(random, earliest, today.minusDays(1)),
                DemoCalendar.workday(random, earliest, today.minusDays(1)));
        int n = random.nextInt(10);
        LedgerNode node = n < 3 ? LedgerNode.IMMEDIATE : n < 9 ? LedgerNode.DEADLINE : LedgerNode.LONG_TERM;
        LocalDate due = due(node, filed, unit);
        RectificationStatus status = status(node, due);
        Rectification.Builder b = Rectification.builder(ledger, unit.id(), filed)
                .category(ledger.defaultCategories().get(category))
                .problem(wording.problem(unit, ledger, category)).measures(wording.measures())
                .leader(leader(unit))
                .owner(wording.owner(unit)).node(node).due(due).rawStatus(status);
        List<LargeDemoWording.Note> notes = new ArrayList<>();
        LocalDate workedUntil = today;
        if (status.completed()) {
            LocalDate completed = DemoCalendar.between(random, filed,
                    due == null ? today : DemoCalendar.min(today, due.plusDays(10)));
            b.completedOn(completed);
            workedUntil = completed;
            if (random.nextInt(3) == 0) {
                b.evidence(wording.evidence(unit, completed));
            }
        }
        int count = switch (status) {
            case NOT_STARTED -> random.nextInt(2);
            case IN_PROGRESS, ONGOING -> 1 + random.nextInt(4);
            default -> 1 + random.nextInt(3);
        };
        notes.addAll(wording.progress(count, filed, workedUntil));
        if (status.completed()) {
            notes.add(wording.settled("completed", workedUntil));
        }
        if (status == RectificationStatus.CLOSED) {
            LocalDate verified = DemoCalendar.between(random, workedUntil, today);
            b.verifiedOn(verified).verifiedBy(verifier);
            notes.add(wording.settled("closed", verified));
        }
        return new Draft(b.build(), notes);
    }

    /** One of the unit's four leaders in charge (责任领导), made up when the unit's first item is. */
    private String leader(Unit unit) {
        List<String> names = leaders.computeIfAbsent(unit.id(), k -> new ArrayList<>());
        while (names.size() < LEADERS) {
            names.add(texts.person(random));
        }
        return LargeDemoTexts.pick(names, random);
    }

    private LocalDate due(LedgerNode node, LocalDate filed, Unit unit) {
        if (node == LedgerNode.LONG_TERM) {
            return null;
        }
        if (node == LedgerNode.IMMEDIATE) {
            return random.nextInt(30) == 0 ? filed.plusDays(35 + random.nextInt(56)) : filed.plusDays(5 + random.nextInt(26));
        }
        int r = random.nextInt(100);
        if (clustered.contains(unit.id()) && r < 6) {
            return nodes.get(2);
        }
        LocalDate due = r < 25 && nodes.get(0).isAfter(filed) ? nodes.get(0)
                : r < 50 ? nodes.get(1) : filed.plusDays(20 + random.nextInt(281));
        return due.getMonth() == Month.DECEMBER && due.getDayOfMonth() >= 25 ? due.withDayOfMonth(20) : due;
    }

    private RectificationStatus status(LedgerNode node, LocalDate due) {
        int r = random.nextInt(100);
        if (node == LedgerNode.LONG_TERM) {
            return r < 60 ? RectificationStatus.ONGOING : r < 90 ? RectificationStatus.IN_PROGRESS
                    : RectificationStatus.NOT_STARTED;
        }
        if (due.isBefore(calendar.today())) {
            return r < 40 ? RectificationStatus.COMPLETED : r < 75 ? RectificationStatus.CLOSED
                    : r < 95 ? RectificationStatus.IN_PROGRESS : RectificationStatus.NOT_STARTED;
        }
        return r < 20 ? RectificationStatus.NOT_STARTED : r < 75 ? RectificationStatus.IN_PROGRESS
                : r < 90 ? RectificationStatus.COMPLETED : RectificationStatus.CLOSED;
    }
}
