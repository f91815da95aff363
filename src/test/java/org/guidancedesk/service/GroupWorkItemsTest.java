package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.HeldOccurrence;
import org.guidancedesk.domain.ItemRepeat;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RepeatProgress;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group's own work items: an owner among the members, and repeating items ticked occurrence by occurrence. */
class GroupWorkItemsTest {
    /** Wednesday 2026-11-18, the campaign having started on Monday 2026-10-12. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final String WEEKLY_STUDY = "每周开展学习交流研讨";

    @TempDir
    Path dir;

    private Workspace group2023() {
        Workspace ws = Workspace.open(dir.resolve("2023.db"), CLOCK);
        ws.groups().create(new NewGroup(new Group("第三巡回督导组", "主题教育", LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 12, 31), null), "李明", CampaignTemplates.load("2023").forBatch(""),
                List.of(new Member(0, "王芳", MemberRole.MEMBER, Set.of(Duty.LOGISTICS), 0),
                        new Member(0, "赵伟", MemberRole.MEMBER, Set.of(Duty.DOCUMENTS), 0)), List.of()));
        return ws;
    }

    private static RequiredAction item(Workspace ws, String title) {
        return ws.catalog().actions().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    private static long memberId(Workspace ws, String name) {
        return ws.checklist().load().members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void aTemplatesItemGoesToTheFirstMemberWithItsDutyAndItsWeeklyRuleIsKept() {
        try (Workspace ws = group2023()) {
            RequiredAction study = item(ws, WEEKLY_STUDY);
            // 材料: the secretary (联络, 材料) comes first.
            assertEquals(memberId(ws, "李明"), study.ownerId());
            assertEquals(ItemRepeat.weekly(DayOfWeek.FRIDAY), study.repeat());
            assertNull(item(ws, "与联系单位党委加强沟通协调").repeat());
            RepeatProgress p = ws.checklist().load().repeatProgress(study, TODAY);
            assertEquals(11, p.dates().size(), "every Friday from 16 Oct to 25 Dec");
            assertEquals(LocalDate.of(2026, 10, 16), p.dates().get(0));
            assertEquals(List.of(LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 30),
                    LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 13)), p.missed());
            assertEquals(TrafficLight.RED, p.light(3));
        }
    }

    @Test
    void occurrencesAreTickedOneByOneAndTheItemIsDoneWhenEveryOneWasHeld() {
        try (Workspace ws = group2023()) {
            RequiredAction study = item(ws, WEEKLY_STUDY);
            RequiredAction shorter = study.withDue(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20));
            ws.catalog().update(shorter);
            LocalDate nov6 = LocalDate.of(2026, 11, 6);
            LocalDate nov13 = LocalDate.of(2026, 11, 13);
            LocalDate nov20 = LocalDate.of(2026, 11, 20);

            ChecklistService.OccurrenceTicked first = ws.checklist().tickOccurrence(study.id(), nov6, true);
            assertEquals(List.of(new HeldOccurrence(study.id(), nov6, nov6)), first.held(), "held on its own day");
            assertEquals(ActionStatus.NOT_SCHEDULED, first.record().status());
            ws.checklist().tickOccurrence(study.id(), nov13, true);
            ValidationException notYet = assertThrows(ValidationException.class,
                    () -> ws.checklist().tickOccurrence(study.id(), LocalDate.of(2026, 11, 27), true));
            assertEquals("occurrence.due", notYet.field());
            assertThrows(ValidationException.class, () -> ws.checklist().tickOccurrence(study.id(), TODAY, true),
                    "a Wednesday is no date of a Friday item");

            // The cell's tick means the latest one due by today: 13 Nov; the 20th can be held early.
            Checklist c = ws.checklist().load();
            assertEquals(nov13, c.repeatProgress(c.groupItems().stream().filter(a -> a.id() == study.id())
                    .findFirst().orElseThrow(), TODAY).current().orElseThrow());
            ChecklistService.OccurrenceTicked last = ws.checklist().tickOccurrence(study.id(), nov20, true);
            assertEquals(TODAY, last.held().get(2).heldOn(), "held early: today");
            assertEquals(ActionStatus.DONE, last.record().status());
            assertEquals(TODAY, last.record().done());
            assertEquals(last.record(), ws.checklist().load().record(RecordKey.ofGroupItem(study.id())));

            ChecklistService.OccurrenceTicked back = ws.checklist().tickOccurrence(study.id(), nov13, false);
            assertEquals(ActionStatus.NOT_SCHEDULED, back.record().status());
            assertEquals(2, back.held().size());
        }
    }

    @Test
    void aRepeatingItemCannotBeSetDoneWholeNorMarkedDoneWithOthers() {
        try (Workspace ws = group2023()) {
            RequiredAction study = item(ws, WEEKLY_STUDY);
            RequiredAction once = item(ws, "审核实施方案");
            RecordKey key = RecordKey.ofGroupItem(study.id());
            ValidationException e = assertThrows(ValidationException.class, () -> ws.checklist().save(
                    ActionRecord.empty(key).doneOn(TODAY)));
            assertEquals("record.status", e.field());
            ChecklistService.Marked marked = ws.checklist().markDone(List.of(key, RecordKey.ofGroupItem(once.id())), TODAY);
            assertEquals(1, marked.saved().size());
            assertEquals(1, marked.skippedRepeating());
            assertEquals(ActionStatus.NOT_SCHEDULED, ws.checklist().load().record(key).status());
        }
    }

    @Test
    void anOwnerAndARuleAreSavedAndAMemberRemovedLeavesTheItemWithoutOwner() {
        try (Workspace ws = group2023()) {
            RequiredAction item = item(ws, "与联系单位党委加强沟通协调");
            long wang = memberId(ws, "王芳");
            ws.catalog().update(item.withPlan(wang, ItemRepeat.monthly(31)));
            RequiredAction saved = item(ws, item.title());
            assertEquals(wang, saved.ownerId());
            assertEquals(ItemRepeat.monthly(31), saved.repeat());
            assertEquals(List.of(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31)),
                    ws.checklist().load().repeatProgress(saved, TODAY).dates(), "the month's last day when shorter");
            ws.groups().removeMember(wang);
            assertNull(item(ws, item.title()).ownerId());
        }
    }

    @Test
    void aTickOfAnOccurrenceIsOneUndoStep() {
        try (Workspace ws = group2023()) {
            RequiredAction study = item(ws, WEEKLY_STUDY);
            ws.checklist().tickOccurrence(study.id(), LocalDate.of(2026, 11, 13), true);
            assertTrue(ws.history().undo().isPresent());
            assertEquals(List.of(), ws.checklist().load().heldOf(study.id()));
        }
    }

    @Test
    void theWeeksSheetListsOccurrencesHeldAndMissedAndNextWeeksOnTheirDay() {
        try (Workspace ws = group2023()) {
            RequiredAction study = item(ws, WEEKLY_STUDY);
            LocalDate nov13 = LocalDate.of(2026, 11, 13);
            ws.checklist().tickOccurrence(study.id(), nov13, true);
            org.guidancedesk.domain.Week lastWeek = org.guidancedesk.domain.Week.of(nov13);
            org.guidancedesk.report.ThisWeekSection.ThisWeek held = new org.guidancedesk.report.ThisWeekSection()
                    .collect(ws.weekly().data(lastWeek));
            assertEquals(List.of(new org.guidancedesk.report.ThisWeekSection.Done(study, nov13)), held.groupItems());
            assertEquals(List.of(), held.missedItems());
            org.guidancedesk.domain.Week before = org.guidancedesk.domain.Week.of(LocalDate.of(2026, 11, 6));
            assertEquals(List.of(new org.guidancedesk.report.ThisWeekSection.Done(study, LocalDate.of(2026, 11, 6))),
                    new org.guidancedesk.report.ThisWeekSection().collect(ws.weekly().data(before)).missedItems());
            // This week (sheet of Wednesday 18 Nov): Friday's study is still to come, listed on its day.
            assertTrue(held.pending().items().isEmpty());
            org.guidancedesk.report.NextWeekSection.NextWeek thisWeek = new org.guidancedesk.report.ThisWeekSection()
                    .collect(ws.weekly().data(org.guidancedesk.domain.Week.of(TODAY))).pending();
            assertTrue(thisWeek.items().stream().anyMatch(p -> p.action().id() == study.id()
                    && p.date().equals(LocalDate.of(2026, 11, 20))), thisWeek.items().toString());
        }
    }

    @Test
    void theOverviewListsEachMissedOccurrenceAsOverdueAndTheNextAsComing() {
        try (Workspace ws = group2023()) {
            RequiredAction study = item(ws, WEEKLY_STUDY);
            ws.checklist().tickOccurrence(study.id(), LocalDate.of(2026, 11, 13), true);
            AgendaService.Agenda agenda = ws.agenda().agenda(3);
            assertEquals(List.of(LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 30),
                    LocalDate.of(2026, 11, 6)), agenda.overdue().stream().filter(i -> i.title().equals(WEEKLY_STUDY))
                    .map(org.guidancedesk.domain.AgendaItem::date).toList());
            assertEquals(List.of(LocalDate.of(2026, 11, 20)), agenda.upcoming().stream()
                    .filter(i -> i.title().equals(WEEKLY_STUDY)).map(org.guidancedesk.domain.AgendaItem::date).toList());
        }
    }
}
