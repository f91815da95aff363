package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.MeetingKind;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work log on a real file: entries kept whole, parts rewritten, findings filed as items. */
class WorkLogServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;
    private Workspace ws;
    private long unit;
    private long other;
    private long member;

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
        org.guidancedesk.testing.WorkLogs.clear(ws);
        unit = ws.units().units().get(0).id();
        other = ws.units().units().get(1).id();
        member = ws.groups().members().get(0).id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private WorkEntry talk(long id, LocalDate on, List<Interviewee> people, List<WorkFinding> findings) {
        return new WorkEntry(id, WorkKind.TALK, WorkStatus.DONE, on, LocalTime.of(9, 30), Set.of(unit), false,
                List.of(member), member, "谈话记录：内部", "", new WorkDetails.Talk(people), findings, List.of("学习扎实"));
    }

    @Test
    void anEntryIsKeptWholeAndItsPartsRewrittenOnlyWhenChanged() {
        List<Interviewee> people = List.of(new Interviewee("张三", unit, "书记", PersonLevel.HEAD, 1),
                new Interviewee("", unit, "", PersonLevel.MIDDLE, 4));
        WorkEntry saved = ws.workLog().save(talk(0, TODAY, people, List.of(new WorkFinding(0, "学习流于形式", null))));
        assertTrue(saved.id() > 0);
        assertEquals(List.of(saved), ws.workLog().entries());
        assertEquals(people, ((WorkDetails.Talk) saved.details()).people());
        assertEquals("学习流于形式", saved.findings().get(0).text());
        assertTrue(saved.findings().get(0).id() > 0, "a finding has an id to link an item to");

        WorkEntry changed = ws.workLog().save(talk(saved.id(), TODAY.minusDays(1), people.subList(0, 1), saved.findings()));
        assertEquals(TODAY.minusDays(1), changed.on());
        assertEquals(people.subList(0, 1), ((WorkDetails.Talk) changed.details()).people());
        assertEquals(saved.findings(), changed.findings(), "the finding keeps its id");
        assertEquals(1, ws.workLog().entries().size());
    }

    @Test
    void everyKindsDetailsComeBackAsSaved() {
        List<WorkEntry> all = List.of(
                new WorkEntry(0, WorkKind.VISIT, WorkStatus.DONE, TODAY, null, Set.of(unit, other), false, List.of(member),
                        null, "", "照片 3 张", new WorkDetails.Visit(List.of(new VisitedPlace("桃源村", PlaceKind.VILLAGE),
                        new VisitedPlace("红星厂", PlaceKind.ENTERPRISE)), VisitMethod.UNANNOUNCED), List.of(), List.of()),
                new WorkEntry(0, WorkKind.FORUM, WorkStatus.PLANNED, TODAY.plusDays(3), null, Set.of(unit), false, List.of(),
                        null, "", "", new WorkDetails.Forum("办公室主任座谈会", 12, "各单位主题教育办"), List.of(), List.of()),
                new WorkEntry(0, WorkKind.SITTING, WorkStatus.DONE, TODAY, null, Set.of(unit), false, List.of(member), null,
                        "", "", new WorkDetails.Sitting(MeetingKind.CENTRAL_GROUP_STUDY, "第三次集中学习", null), List.of(), List.of()),
                new WorkEntry(0, WorkKind.REMINDER, WorkStatus.DONE, TODAY, null, Set.of(other), false, List.of(), null, "",
                        "提示函〔2026〕3号", new WorkDetails.Reminder("提示函", "办公室", "学习进度滞后", TODAY.plusDays(5), null),
                        List.of(), List.of()),
                new WorkEntry(0, WorkKind.GROUP_MEETING, WorkStatus.DONE, TODAY, null, Set.of(), true, List.of(member), member,
                        "碰头会", "", new WorkDetails.None(), List.of(), List.of()));
        List<WorkEntry> saved = all.stream().map(ws.workLog()::save).toList();
        assertEquals(Set.copyOf(saved), Set.copyOf(ws.workLog().entries()));
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i).details(), saved.get(i).details());
        }
    }

    @Test
    void aDoneEntryDatedInTheFutureIsRefusedAndNothingSaved() {
        WorkEntry future = talk(0, TODAY.plusDays(1), List.of(new Interviewee("", unit, "", PersonLevel.MEMBER, 1)), List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> ws.workLog().save(future));
        assertEquals("work.on", e.field());
        assertEquals(List.of(), ws.workLog().entries());
    }

    @Test
    void aFindingBecomesALedgerItemOnceLinkedBothWaysAndUndoTakesBoth() {
        WorkEntry saved = ws.workLog().save(talk(0, TODAY, List.of(new Interviewee("", unit, "", PersonLevel.MEMBER, 1)),
                List.of(new WorkFinding(0, "学习流于形式，联系实际不够", null))));
        long finding = saved.findings().get(0).id();
        Rectification draft = Rectification.builder(Ledger.RECTIFY, unit, TODAY).category("指导组反馈")
                .problem(saved.findings().get(0).text()).node(LedgerNode.DEADLINE).due(TODAY.plusDays(30)).build();
        LedgerPatch patch = ws.workLog().turnIntoItem(saved.id(), finding, draft);
        Rectification item = patch.item();
        assertNotNull(item);
        assertEquals("学习流于形式，联系实际不够", item.problem());
        assertEquals(Optional.of(item.id()), Optional.ofNullable(ws.workLog().entry(saved.id()).orElseThrow().findings().get(0).itemId()));
        assertEquals(Optional.of(saved.id()), ws.workLog().entryOfItem(item.id()));
        assertEquals(Optional.of(new org.guidancedesk.domain.ItemOrigin.Finding(TODAY, WorkKind.TALK)),
                ws.ledger().origin(item.id()), "the ledger's pane says where the item came from");

        ValidationException twice = assertThrows(ValidationException.class,
                () -> ws.workLog().turnIntoItem(saved.id(), finding, draft));
        assertEquals("work.finding", twice.field());
        assertEquals(1, ws.ledger().items().stream().filter(r -> r.problem().equals(item.problem())).count());

        ws.history().undo();
        assertFalse(ws.ledger().items().stream().anyMatch(r -> r.id() == item.id()), "undo takes the item back");
        assertEquals(null, ws.workLog().entry(saved.id()).orElseThrow().findings().get(0).itemId(), "and the link");
        ws.history().redo();
        assertEquals(item.id(), ws.workLog().entry(saved.id()).orElseThrow().findings().get(0).itemId());
    }

    @Test
    void deletingTheItemMadeFromAFindingLeavesTheFindingUnlinked() {
        WorkEntry saved = ws.workLog().save(talk(0, TODAY, List.of(new Interviewee("", unit, "", PersonLevel.MEMBER, 1)),
                List.of(new WorkFinding(0, "台账不全", null))));
        Rectification draft = Rectification.builder(Ledger.RECTIFY, unit, TODAY).problem("台账不全")
                .node(LedgerNode.DEADLINE).due(TODAY.plusDays(30)).build();
        long item = ws.workLog().turnIntoItem(saved.id(), saved.findings().get(0).id(), draft).item().id();
        ws.ledger().remove(List.of(item));
        assertEquals(null, ws.workLog().entry(saved.id()).orElseThrow().findings().get(0).itemId());
    }

    @Test
    void aDeletedEntrysInternalTextIsNowhereInTheFileOnceTheTrashIsEmptied() throws Exception {
        String planted = "机密谈话内容-XYZZY-" + System.nanoTime();
        String name = "被谈话人-PLUGH";
        WorkEntry saved = ws.workLog().save(new WorkEntry(0, WorkKind.TALK, WorkStatus.DONE, TODAY, null, Set.of(unit),
                false, List.of(member), member, planted, "", new WorkDetails.Talk(List.of(
                new Interviewee(name, unit, "处长", PersonLevel.MIDDLE, 1))), List.of(), List.of()));
        // edited twice more, so that older versions sit in the history too
        ws.workLog().save(new WorkEntry(saved.id(), saved.kind(), saved.status(), saved.on(), saved.at(), saved.unitIds(),
                false, saved.memberIds(), saved.leaderId(), planted + "（补充）", "", saved.details(), List.of(), List.of()));
        ws.workLog().save(ws.workLog().entry(saved.id()).orElseThrow());
        Path file = ws.file();
        assertTrue(contains(file, planted), "the text is in the file before (else this test proves nothing)");

        ws.workLog().remove(List.of(saved.id()));
        assertEquals(1, ws.history().trash().stream().filter(t -> t.table().equals("work_entry")).count(), "in the trash");
        ws.history().emptyTrash();
        ws.close();
        assertFalse(contains(file, planted), "the notes are gone from the file and its -wal");
        assertFalse(contains(file, name), "the name talked to too");
        ws = Workspace.open(file, Clock.fixed(TODAY.atTime(11, 0).atZone(ZONE).toInstant(), ZONE));
        assertEquals(List.of(), ws.workLog().entries());
        assertTrue(ws.history().trash().stream().noneMatch(t -> t.table().equals("work_entry")));
    }

    @Test
    void aUnitsRosterIsKeptAndANameTwiceInAUnitRefused() {
        org.guidancedesk.domain.RosterPerson head = ws.workLog().saveRosterPerson(
                new org.guidancedesk.domain.RosterPerson(0, unit, "王书记", "书记", PersonLevel.HEAD, 0));
        ws.workLog().saveRosterPerson(new org.guidancedesk.domain.RosterPerson(0, other, "王书记", "书记", PersonLevel.HEAD, 0));
        ValidationException twice = assertThrows(ValidationException.class, () -> ws.workLog().saveRosterPerson(
                new org.guidancedesk.domain.RosterPerson(0, unit, "王书记", "", PersonLevel.LEADERSHIP, 1)));
        assertEquals("roster.name", twice.field());
        assertEquals(2, ws.workLog().roster().size());
        ws.workLog().save(talk(0, TODAY, List.of(new Interviewee("王书记", unit, "书记", PersonLevel.HEAD, 1)), List.of()));
        org.guidancedesk.domain.Coverage.Row row = ws.workLog().coverage(TODAY).stream().filter(r -> r.unitId() == unit)
                .findFirst().orElseThrow();
        assertEquals(List.of(head), row.talkedTo());
    }

    @Test
    void aSittingTicksTheActionItFulfilsWithItsDayAndWhoSatIn() {
        org.guidancedesk.domain.Checklist before = ws.checklist().load();
        org.guidancedesk.domain.RequiredAction action = before.unitActions().get(0);
        org.guidancedesk.domain.RecordKey key = new org.guidancedesk.domain.RecordKey(action.id(), unit);
        long second = ws.groups().members().get(1).id();
        WorkEntry sitting = ws.workLog().save(new WorkEntry(0, WorkKind.SITTING, WorkStatus.DONE, TODAY.minusDays(2), null,
                Set.of(unit), false, List.of(member, second), member, "", "",
                new WorkDetails.Sitting(MeetingKind.CENTRAL_GROUP_STUDY, "", action.id()), List.of(), List.of()));
        org.guidancedesk.domain.ActionRecord ticked = ws.workLog().tickSitting(sitting.id());
        assertEquals(org.guidancedesk.domain.ActionStatus.DONE, ticked.status());
        assertEquals(TODAY.minusDays(2), ticked.done());
        assertTrue(ticked.attendeeIds().containsAll(Set.of(member, second)));
        assertEquals(ticked, ws.checklist().load().record(key));
        ws.history().undo();
        assertEquals(before.record(key), ws.checklist().load().record(key), "one undo step takes the tick back");
    }

    @Test
    void theAgendaListsPlannedWorkAndRepliesAwaitedPastTheirDayWithoutInternalTexts() {
        ws.workLog().save(new WorkEntry(0, WorkKind.FORUM, WorkStatus.PLANNED, TODAY.plusDays(2), null, Set.of(unit), false,
                List.of(member), null, "内部备注", "", new WorkDetails.Forum("青年干部座谈会", 15, ""), List.of(), List.of()));
        ws.workLog().save(new WorkEntry(0, WorkKind.REMINDER, WorkStatus.DONE, TODAY.minusDays(5), null, Set.of(other), false,
                List.of(member), null, "", "", new WorkDetails.Reminder("提示函", "办公室", "学习进度滞后", TODAY.minusDays(1), null),
                List.of(), List.of()));
        ws.workLog().save(new WorkEntry(0, WorkKind.REMINDER, WorkStatus.DONE, TODAY.minusDays(5), null, Set.of(other), false,
                List.of(member), null, "", "", new WorkDetails.Reminder("电话", "办公室", "已回复的督促", TODAY.minusDays(1),
                TODAY.minusDays(2)), List.of(), List.of()));
        ws.workLog().save(new WorkEntry(0, WorkKind.TALK, WorkStatus.PLANNED, TODAY.plusDays(1), null, Set.of(unit), false,
                List.of(member), null, "谈话提纲", "", new WorkDetails.Talk(List.of(
                new Interviewee("张三", unit, "书记", PersonLevel.HEAD, 1))), List.of(), List.of()));
        AgendaService.Agenda agenda = ws.agenda().agenda(7);
        List<org.guidancedesk.domain.AgendaItem> work = agenda.upcoming().stream()
                .filter(i -> i.kind() == org.guidancedesk.domain.AgendaItem.Kind.WORK).toList();
        assertEquals(List.of("书记", "青年干部座谈会"), work.stream().map(org.guidancedesk.domain.AgendaItem::title).toList(),
                "a planned talk by the position talked to, never the name");
        List<org.guidancedesk.domain.AgendaItem> replies = agenda.overdue().stream()
                .filter(i -> i.kind() == org.guidancedesk.domain.AgendaItem.Kind.REPLY).toList();
        assertEquals(List.of("学习进度滞后"), replies.stream().map(org.guidancedesk.domain.AgendaItem::title).toList());
    }

    @Test
    void removingAUnitTakesTheEntriesAboutItAloneAndTheTrashBringsThemBack() {
        WorkEntry alone = ws.workLog().save(talk(0, TODAY, List.of(new Interviewee("张三", unit, "", PersonLevel.HEAD, 1)),
                List.of()));
        WorkEntry shared = ws.workLog().save(new WorkEntry(0, WorkKind.FORUM, WorkStatus.DONE, TODAY, null,
                Set.of(unit, other), false, List.of(member), null, "", "", new WorkDetails.Forum("座谈会", 10, ""), List.of(),
                List.of()));
        assertEquals(1, ws.units().recordsOf(unit).workEntries(), "the question can say what goes");
        ws.units().remove(unit);
        List<WorkEntry> left = ws.workLog().entries();
        assertEquals(List.of(shared.id()), left.stream().map(WorkEntry::id).toList(), "the file stays readable");
        assertEquals(Set.of(other), left.get(0).unitIds());
        ws.history().restore(ws.history().trash().get(0).setId());
        assertEquals(Set.of(alone.id(), shared.id()), Set.copyOf(ws.workLog().entries().stream().map(WorkEntry::id).toList()));
        assertEquals(Set.of(unit, other), ws.workLog().entry(shared.id()).orElseThrow().unitIds());
    }

    private static boolean contains(Path db, String text) throws java.io.IOException {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (Path p : List.of(db, Path.of(db + "-wal"))) {
            if (java.nio.file.Files.exists(p) && indexOf(java.nio.file.Files.readAllBytes(p), needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
