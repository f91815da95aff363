package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDataTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private static Clock clockAt(LocalDate day) {
        return Clock.fixed(ZonedDateTime.of(day.atTime(10, 0), ZONE).toInstant(), ZONE);
    }

    private Workspace demo(String fileName, LocalDate today) {
        Workspace ws = Workspace.open(dir.resolve(fileName), clockAt(today));
        DemoData.write(ws, today);
        return ws;
    }

    @Test
    void writesARealisticGroupInWeekSix() {
        Checklist first;
        try (Workspace ws = demo("demo.db", TODAY)) {
            first = ws.checklist().load();
            Group g = first.group();
            assertEquals("中央第十八指导组", g.name());
            assertEquals(6, g.campaignWeek(TODAY));
            assertTrue(g.covers(TODAY));
            assertEquals(LocalDate.of(2026, 10, 19), g.start());
            assertEquals(6, first.units().size());
            assertTrue(first.members().size() >= 5, "members: " + first.members().size());
            assertTrue(g.secretaryId() != null);
            assertEquals("李明", first.members().stream()
                    .filter(m -> m.id() == g.secretaryId()).findFirst().orElseThrow().name());
            checkRecords(first, TODAY);
        }
        try (Workspace again = Workspace.open(dir.resolve("demo.db"), clockAt(TODAY))) {
            Checklist reread = again.checklist().load();
            assertEquals(first.group(), reread.group());
            assertEquals(first.members(), reread.members());
            assertEquals(first.units(), reread.units());
            assertEquals(first.unitActions(), reread.unitActions());
            assertEquals(first.groupItems(), reread.groupItems());
            assertEquals(first.records(), reread.records());
            assertEquals(stateCounts(first, TODAY), stateCounts(reread, TODAY));
        }
    }

    @Test
    void hasAtLeastTwoOverdueCellsAndEveryKindOfRecord() {
        try (Workspace ws = demo("demo.db", TODAY)) {
            Checklist c = ws.checklist().load();
            Map<CellState, Integer> states = stateCounts(c, TODAY);
            assertTrue(states.getOrDefault(CellState.OVERDUE, 0) >= 2, "states: " + states);
            assertTrue(states.getOrDefault(CellState.DONE, 0) > 0, "states: " + states);
            assertTrue(states.getOrDefault(CellState.SCHEDULED, 0) > 0, "states: " + states);
            assertTrue(states.getOrDefault(CellState.NOT_APPLICABLE, 0) > 0, "states: " + states);
            long groupItemsDone = c.records().values().stream()
                    .filter(r -> r.key().isGroupItem() && r.status() == ActionStatus.DONE).count();
            long groupItemsScheduled = c.records().values().stream()
                    .filter(r -> r.key().isGroupItem() && r.status() == ActionStatus.SCHEDULED).count();
            assertTrue(groupItemsDone >= 3, "group items done: " + groupItemsDone);
            assertTrue(groupItemsScheduled >= 2, "group items scheduled: " + groupItemsScheduled);
        }
    }

    /** Any weekday or weekend day as today: the demo still fits (done dates never in the future). */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "2026-11-27", "2026-11-28", "2026-11-29", "2027-02-01", "2028-03-05"})
    void fitsAnyToday(String day) {
        LocalDate today = LocalDate.parse(day);
        try (Workspace ws = demo("demo-" + day + ".db", today)) {
            Checklist c = ws.checklist().load();
            assertEquals(6, c.group().campaignWeek(today));
            checkRecords(c, today);
            assertTrue(stateCounts(c, today).getOrDefault(CellState.OVERDUE, 0) >= 2);
        }
    }

    @Test
    void everyMemberHasAFakePhoneAndEveryUnitALiaisonFromTheGroup() {
        try (Workspace ws = demo("demo.db", TODAY)) {
            List<org.guidancedesk.domain.Member> members = ws.groups().members();
            for (org.guidancedesk.domain.Member m : members) {
                assertTrue(m.phone().matches("138 0013 80\\d\\d"), m.name() + ": " + m.phone());
            }
            assertEquals(members.size(), members.stream().map(org.guidancedesk.domain.Member::phone).distinct().count());
            for (Unit u : ws.units().units()) {
                String liaison = org.guidancedesk.domain.Liaison.text(u, members);
                assertTrue(liaison.matches("\\p{IsHan}{2,3} 138 0013 80\\d\\d"), u.name() + ": " + liaison);
            }
        }
    }

    @Test
    void isDeterministicForAGivenToday() {
        try (Workspace a = demo("a.db", TODAY); Workspace b = demo("b.db", TODAY)) {
            assertEquals(describe(a.checklist().load()), describe(b.checklist().load()));
        }
    }

    /** The demo's reviews: the plans approved the day their action was ticked, one feedback and one revision late. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24", "2026-11-23", "2026-11-29"})
    void theReviewsShowEveryStateWithALateFeedbackAndALateRevision(String day) {
        LocalDate today = LocalDate.parse(day);
        try (Workspace ws = demo("reviews-" + day + ".db", today)) {
            java.util.List<org.guidancedesk.domain.Review> reviews = ws.reviews().reviews();
            Map<org.guidancedesk.domain.ReviewState, Long> states = reviews.stream().collect(java.util.stream.Collectors
                    .groupingBy(org.guidancedesk.domain.Review::state, java.util.stream.Collectors.counting()));
            assertEquals(Map.of(org.guidancedesk.domain.ReviewState.APPROVED, 9L,
                    org.guidancedesk.domain.ReviewState.IN_REVIEW, 2L, org.guidancedesk.domain.ReviewState.RESUBMIT, 2L), states);
            Checklist c = ws.checklist().load();
            long plan = ws.reviews().kinds().stream().filter(k -> k.name().equals("实施方案")).findFirst().orElseThrow().id();
            org.guidancedesk.domain.RequiredAction action = c.unitActions().stream()
                    .filter(a -> a.title().equals("制定实施方案并报指导组审阅")).findFirst().orElseThrow();
            for (org.guidancedesk.domain.Unit u : c.units()) {
                org.guidancedesk.domain.Review r = reviews.stream().filter(x -> x.unitId() == u.id() && x.kindId() == plan)
                        .findFirst().orElseThrow(() -> new AssertionError("no plan of " + u.name()));
                assertEquals(c.record(new org.guidancedesk.domain.RecordKey(action.id(), u.id())).done(), r.approvedOn(),
                        u.name());
            }
            AgendaService.Agenda agenda = ws.agenda().agenda(7);
            assertEquals(1, agenda.overdue().stream().filter(i -> i.kind() == org.guidancedesk.domain.AgendaItem.Kind.FEEDBACK)
                    .count(), "the group's feedback late once");
            assertEquals(1, agenda.overdue().stream().filter(i -> i.kind() == org.guidancedesk.domain.AgendaItem.Kind.RESUBMIT)
                    .count(), "a unit's revision late once");
            assertEquals(1, agenda.upcoming().stream().filter(i -> i.kind() == org.guidancedesk.domain.AgendaItem.Kind.FEEDBACK)
                    .count(), "and a feedback due soon");
            assertEquals(new org.guidancedesk.domain.ReviewFigures(11, 9, 4),
                    ws.reviews().figures(org.guidancedesk.domain.DateRange.FIRST, today));
        }
    }

    @Test
    void refusesAFileThatAlreadyHoldsAGroup() {
        try (Workspace ws = demo("demo.db", TODAY)) {
            assertThrows(IllegalStateException.class, () -> DemoData.write(ws, TODAY));
        }
    }

    private static void checkRecords(Checklist c, LocalDate today) {
        assertFalse(c.records().isEmpty());
        for (ActionRecord r : c.records().values()) {
            if (r.done() != null) {
                assertFalse(r.done().isAfter(today), "done after today: " + r);
            }
            assertEquals(List.of(), r.warnings(c.group()), "date outside the campaign: " + r);
        }
    }

    /** What every cell (touched or not) shows today. */
    private static Map<CellState, Integer> stateCounts(Checklist c, LocalDate today) {
        Map<CellState, Integer> counts = new EnumMap<>(CellState.class);
        for (Unit u : c.units()) {
            for (RequiredAction a : c.unitActions()) {
                counts.merge(c.record(new RecordKey(a.id(), u.id())).state(a, today), 1, Integer::sum);
            }
        }
        for (RequiredAction a : c.groupItems()) {
            counts.merge(c.record(RecordKey.ofGroupItem(a.id())).state(a, today), 1, Integer::sum);
        }
        return counts;
    }

    /** The records by action title and unit name, independent of row ids. */
    private static Map<String, String> describe(Checklist c) {
        Map<Long, String> titles = new TreeMap<>();
        c.unitActions().forEach(a -> titles.put(a.id(), a.title() + a.dueFrom() + a.dueTo()));
        c.groupItems().forEach(a -> titles.put(a.id(), a.title() + a.dueFrom() + a.dueTo()));
        Map<Long, String> units = new TreeMap<>();
        c.units().forEach(u -> units.put(u.id(), u.name() + u.kind() + u.contact() + u.phone()));
        Map<Long, String> members = new TreeMap<>();
        c.members().forEach(m -> members.put(m.id(), m.name() + m.role() + m.duties()));
        Map<String, String> result = new TreeMap<>();
        for (ActionRecord r : c.records().values()) {
            List<String> who = new ArrayList<>();
            r.attendeeIds().stream().map(members::get).sorted().forEach(who::add);
            result.put(titles.get(r.key().actionId()) + "|" + (r.key().isGroupItem() ? "-" : units.get(r.key().unitId())),
                    r.status() + " " + r.planned() + " " + r.done() + " " + who + " " + r.note());
        }
        result.put("#group", c.group().toString());
        result.put("#members", new TreeMap<>(members).values().toString());
        result.put("#units", units.values().toString());
        return result;
    }
}
