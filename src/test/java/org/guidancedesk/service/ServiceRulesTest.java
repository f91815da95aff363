package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules the services keep whatever the window does. */
class ServiceRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("g.db"), Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
        ws.groups().createGroup(new Group("中央第十八指导组", "主题教育", TODAY.minusDays(30), TODAY.plusDays(60), null), "李明");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void creatingTheGroupNamesTheSecretaryAndLoadsTheStandardCatalogue() {
        Group g = ws.groups().group().orElseThrow();
        assertEquals(ws.groups().members().get(0).id(), g.secretaryId());
        assertEquals(24, ws.catalog().actions().size());
        assertThrows(IllegalStateException.class, () -> ws.groups().createGroup(g, "王五"));
    }

    @Test
    void theSecretaryCannotBeRemovedUntilAnotherIsChosen() {
        long secretary = ws.groups().group().orElseThrow().secretaryId();
        ValidationException e = assertThrows(ValidationException.class, () -> ws.groups().removeMember(secretary));
        assertEquals("group.secretary", e.field());
        assertEquals(1, ws.groups().members().size());
    }

    @Test
    void aRecordMustFitItsActionsScope() {
        RequiredAction unitAction = ws.catalog().actions().stream().filter(a -> a.scope() == ActionScope.UNIT)
                .findFirst().orElseThrow();
        RequiredAction groupItem = ws.catalog().actions().stream().filter(a -> a.scope() == ActionScope.GROUP)
                .findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> ws.checklist().toggle(RecordKey.ofGroupItem(unitAction.id())));
        assertThrows(IllegalArgumentException.class, () -> ws.checklist().toggle(new RecordKey(groupItem.id(), 99L)));

        ActionRecord ticked = ws.checklist().toggle(RecordKey.ofGroupItem(groupItem.id()));
        assertEquals(ActionStatus.DONE, ticked.status());
        assertEquals(TODAY, ticked.done());
    }

    @Test
    void aFutureDoneDateIsRefusedAndNothingIsSaved() {
        RequiredAction groupItem = ws.catalog().actions().stream().filter(a -> a.scope() == ActionScope.GROUP)
                .findFirst().orElseThrow();
        RecordKey key = RecordKey.ofGroupItem(groupItem.id());
        ActionRecord future = new ActionRecord(key, ActionStatus.DONE, null, TODAY.plusDays(1), Set.of(), "");
        ValidationException e = assertThrows(ValidationException.class, () -> ws.checklist().save(future));
        assertEquals("record.done", e.field());
        assertTrue(ws.checklist().load().records().isEmpty());
    }

    @Test
    void datesOutsideTheRangeAreRefusedWhereverTheyEnter() {
        Group g = ws.groups().group().orElseThrow();
        ValidationException group = assertThrows(ValidationException.class,
                () -> ws.groups().updateGroup(new Group(g.name(), g.campaign(), LocalDate.of(1, 1, 1), g.end(), g.secretaryId())));
        assertEquals("group.start", group.field());
        ValidationException once = assertThrows(ValidationException.class, () -> ws.deadlines().add(
                new org.guidancedesk.domain.Deadline(0, "报送工作动态", null, "", null,
                        new org.guidancedesk.domain.Recurrence.Once(LocalDate.of(0, 1, 1)), "")));
        assertEquals("validation.dateOutOfRange", once.messageKey());
        assertTrue(ws.deadlines().deadlines().isEmpty());
        assertThrows(ValidationException.class, () -> ws.ledger().setMilestones(java.util.List.of(LocalDate.of(9999, 1, 1))));
    }
}
