package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerSnapshot;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger on the demo file: serials, bulk status changes, progress history, checks, filters. */
class LedgerServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long unit(String name) {
        return ws.units().units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theDemoCoversBothLedgersEveryStatusAndEveryWarning() {
        LedgerSnapshot s = ws.ledger().snapshot();
        assertTrue(s.items().size() >= 30, "a few dozen items: " + s.items().size());
        assertEquals(EnumSet.allOf(Ledger.class), s.items().stream().map(Rectification::ledger)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Ledger.class))));
        assertEquals(EnumSet.allOf(RectificationStatus.class), s.items().stream().map(Rectification::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RectificationStatus.class))));
        assertEquals(EnumSet.allOf(LedgerWarning.Kind.class), s.warnings().stream().map(LedgerWarning::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LedgerWarning.Kind.class))));
        assertTrue(s.items().stream().anyMatch(r -> r.overdue(TODAY)));
        assertEquals(3, s.milestones().size());
        assertFalse(s.latestProgress().isEmpty());
        // serials run 1..n within each ledger
        for (Ledger l : Ledger.values()) {
            List<Integer> serials = s.items().stream().filter(r -> r.ledger() == l).map(Rectification::serial).sorted()
                    .toList();
            assertEquals(serials.size(), serials.get(serials.size() - 1));
        }
    }

    @Test
    void aNewItemGetsTheNextSerialOfItsLedgerAndTodayAsItsFilingDate() {
        int before = (int) ws.ledger().items().stream().filter(r -> r.ledger() == Ledger.RECTIFY).count();
        Rectification added = ws.ledger().add(Rectification.builder(Ledger.RECTIFY, unit("江城大学"), TODAY.minusDays(9))
                .problem("实验室安全管理制度不健全").due(TODAY.plusDays(20)).build()).item();
        assertEquals(before + 1, added.serial());
        assertEquals(TODAY, added.createdOn());
        assertTrue(ws.ledger().items().contains(added));
    }

    @Test
    void closingSeveralItemsIsWholeOrNothingAndNamesTheItemThatRefuses() {
        List<Rectification> open = ws.ledger().items().stream()
                .filter(r -> r.status() == RectificationStatus.IN_PROGRESS).limit(3).toList();
        List<Long> ids = open.stream().map(Rectification::id).toList();
        ValidationException e = assertThrows(ValidationException.class,
                () -> ws.ledger().setStatus(ids, RectificationStatus.CLOSED, TODAY, ""));
        assertEquals("subject.serial", e.subjectKey());
        assertEquals(open, ws.ledger().items().stream().filter(r -> ids.contains(r.id())).toList(), "nothing changed");

        ws.ledger().setStatus(ids, RectificationStatus.CLOSED, TODAY, "指导组");
        for (Rectification r : ws.ledger().items().stream().filter(r -> ids.contains(r.id())).toList()) {
            assertEquals(RectificationStatus.CLOSED, r.status());
            assertEquals(TODAY, r.completedOn());
            assertEquals(TODAY, r.verifiedOn());
        }
        List<Long> notStarted = ws.ledger().items().stream().filter(r -> r.status() == RectificationStatus.NOT_STARTED)
                .map(Rectification::id).toList();
        assertThrows(ValidationException.class,
                () -> ws.ledger().setStatus(notStarted, RectificationStatus.COMPLETED, TODAY.plusDays(1), ""),
                "completed tomorrow");
    }

    @Test
    void progressNotesAreKeptAsHistoryOldestFirst() {
        long id = ws.ledger().items().get(0).id();
        int before = ws.ledger().progress(id).size();
        ws.ledger().addProgress(id, TODAY, "召开推进会");
        ws.ledger().addProgress(id, TODAY.minusDays(30), "制定工作方案");
        var notes = ws.ledger().progress(id);
        assertEquals(before + 2, notes.size());
        assertEquals(TODAY, notes.get(notes.size() - 1).on());
        assertThrows(ValidationException.class, () -> ws.ledger().addProgress(id, TODAY.plusDays(1), "明天的事"));
        assertThrows(ValidationException.class, () -> ws.ledger().addProgress(id, TODAY, "  "));
    }

    @Test
    void aDismissedWarningStaysDismissedUntilShownAgain() {
        LedgerWarning w = ws.ledger().snapshot().warnings().get(0);
        ws.ledger().dismiss(w.itemId(), w.kind());
        assertFalse(ws.ledger().snapshot().warnings().contains(w));
        ws.ledger().undismiss(w.itemId());
        assertTrue(ws.ledger().snapshot().warnings().contains(w));
    }

    @Test
    void savedFiltersComeBackAsSaved() {
        LedgerFilter f = new LedgerFilter(unit("南山县"), Ledger.RECTIFY, null, RectificationStatus.IN_PROGRESS, null,
                true, false, "道路 修复");
        ws.ledger().saveFilter("南山县逾期", f);
        assertEquals(f, LedgerFilter.decode(ws.ledger().snapshot().savedFilters().get("南山县逾期")));
        ws.ledger().deleteFilter("南山县逾期");
        assertEquals(Set.of(), ws.ledger().snapshot().savedFilters().keySet());
    }

    @Test
    void overdueItemsReachTheAgendaAsRedLedgerLines() {
        var agenda = ws.agenda().agenda(7);
        long overdue = ws.ledger().items().stream().filter(r -> r.overdue(TODAY)).count();
        assertEquals(overdue, agenda.overdue().stream().filter(a -> a.kind() == AgendaItem.Kind.LEDGER).count());
        assertTrue(agenda.upcoming().stream().anyMatch(a -> a.kind() == AgendaItem.Kind.LEDGER));
    }

    @Test
    void categoriesStartFromTheCampaignsListsAndCanBeEdited() {
        assertEquals(8, ws.ledger().categories(Ledger.SPECIAL).size());
        ws.ledger().saveCategories(Ledger.RECTIFY, List.of(" 审计反馈 ", "群众反映", "群众反映", ""));
        assertEquals(List.of("审计反馈", "群众反映"), ws.ledger().categories(Ledger.RECTIFY));
        assertThrows(ValidationException.class, () -> ws.ledger().saveCategories(Ledger.RECTIFY, List.of(" ")));
        assertEquals(LedgerNode.values().length, 3);
    }

    @Test
    void anItemMovedToTheOtherLedgerTakesThatLedgersNextSerial() {
        Rectification r = ws.ledger().items().stream().filter(i -> i.ledger() == Ledger.RECTIFY && i.serial() <= 5)
                .findFirst().orElseThrow();
        int next = ws.ledger().items().stream().filter(i -> i.ledger() == Ledger.SPECIAL)
                .mapToInt(Rectification::serial).max().orElse(0) + 1;
        int given = ws.ledger().update(r.toBuilder().ledger(Ledger.SPECIAL).category("整治形式主义、官僚主义问题").build())
                .item().serial();
        assertEquals(next, given);
        Rectification moved = ws.ledger().items().stream().filter(i -> i.id() == r.id()).findFirst().orElseThrow();
        assertEquals(Ledger.SPECIAL, moved.ledger());
        assertEquals(next, moved.serial());
    }
}
