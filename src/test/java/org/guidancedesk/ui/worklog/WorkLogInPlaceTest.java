package org.guidancedesk.ui.worklog;

import static org.guidancedesk.ui.worklog.WorkLogFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.MeetingKind;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each 工作记录 write is one database job and applies what it returned in place — no whole read
 * after it — leaving the list as a whole read of the file shows it; looking writes nothing.
 */
class WorkLogInPlaceTest {
    @TempDir
    Path dir;
    private WorkLogFixture f;
    private WorkLogViewModel vm;

    @BeforeEach
    void open() {
        f = new WorkLogFixture(dir, "zh");
        vm = f.vm;
        assertEquals(1, f.jobsOf(vm::reload), "the first showing is one read");
        assertEquals(1, f.wholeReads.get());
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** The rows, the selection and what is computed from them, as a second view model reading the file shows them. */
    private void assertAsAWholeReadShows() {
        WorkLogViewModel fresh = f.fresh();
        fresh.reload();
        assertEquals(fresh.rows(), vm.rows(), "the rows");
        assertEquals(fresh.coverage(), vm.coverage(), "全覆盖");
        assertEquals(fresh.weekText(), vm.weekText(), "this week's figures");
        for (WorkRow r : vm.rows()) {
            for (WorkFinding finding : r.entry().findings()) {
                assertEquals(fresh.itemText(finding), vm.itemText(finding), "the item of " + finding.text());
            }
        }
    }

    @Test
    void addingSavingAndRemovingAreOneWriteEachAndReadNothingWhole() throws Exception {
        assertEquals(1, f.jobsOf(() -> f.add(f.talk(person("", "", PersonLevel.MIDDLE)))), "the add");
        WorkEntry added = vm.selectedEntry();
        assertAsAWholeReadShows();

        EntryDraft edited = EntryDraft.of(added).withNotes("补充：谈话中反映学习不够深入");
        assertEquals(1, f.jobsOf(() -> f.save(edited)), "the pane's save");
        assertEquals("补充：谈话中反映学习不够深入", vm.selectedEntry().notes());
        assertEquals(vm.selectedEntry(), f.ws.workLog().entry(added.id()).orElseThrow());
        assertAsAWholeReadShows();

        assertEquals(0, f.jobsOf(() -> f.save(EntryDraft.of(vm.selectedEntry()))), "an unchanged entry is not written");
        long before = org.guidancedesk.testing.ChangeSets.count(f.ws.file());
        f.save(EntryDraft.of(vm.selectedEntry()));
        assertEquals(before, org.guidancedesk.testing.ChangeSets.count(f.ws.file()), "looking writes nothing");

        f.add(f.talk(person("", "", PersonLevel.MEMBER)).withOn(DemoFixture.TODAY.minusDays(1)));
        vm.selectedProperty().set(vm.rows().get(0));
        assertTrue(vm.removalQuestion().contains("个别谈话"), vm.removalQuestion());
        assertEquals(1, f.jobsOf(vm::removeSelected), "the removal");
        assertEquals(1, vm.rows().size());
        assertNotNull(vm.selectedProperty().get(), "the next entry is selected");
        assertTrue(f.ws.history().trash().stream().anyMatch(t -> t.table().equals("work_entry")), "to the trash");
        assertAsAWholeReadShows();
        assertEquals(1, f.wholeReads.get(), "no write read everything again");
    }

    @Test
    void aFindingBecomesAnItemOfTheLedgerInOneStepAndShowsItsCodeAndState() {
        WorkEntry added = f.add(f.talk(person("", "", PersonLevel.MIDDLE)));
        f.save(EntryDraft.of(added).withLines(List.of(new WorkFinding(0, "理论学习流于形式，联系实际不够", null)),
                List.of("建立“一线工作法”")));
        WorkFinding finding = vm.selectedEntry().findings().get(0);
        assertTrue(finding.id() > 0);
        assertEquals("", vm.itemText(finding));
        assertEquals(List.of(f.unit(0)), vm.unitsForFinding().stream().map(u -> u.id()).toList(), "the entry's unit");

        assertEquals(1, f.jobsOf(() -> vm.fileFinding(finding.id(), f.unit(0), e -> {
            throw new AssertionError(e);
        })), "one write: the item and the link");
        WorkFinding linked = vm.selectedEntry().findings().get(0);
        assertNotNull(linked.itemId());
        Rectification item = f.ws.ledger().items().stream().filter(r -> r.id() == linked.itemId()).findFirst().orElseThrow();
        assertEquals(Ledger.RECTIFY, item.ledger());
        assertEquals("指导组反馈", item.category());
        assertEquals(f.unit(0), item.unitId());
        assertEquals("理论学习流于形式，联系实际不够", item.problem());
        assertEquals(LedgerNode.DEADLINE, item.node());
        assertEquals(LocalDate.of(2026, 11, 30), item.due(), "the next of the 三个节点, as the quick add picks it");
        assertEquals(String.format("整改-%03d · 未启动", item.serial()), vm.itemText(linked));
        assertTrue(vm.noticeProperty().get().contains(String.format("整改-%03d", item.serial())), vm.noticeProperty().get());
        assertEquals(List.of("建立“一线工作法”"), vm.selectedEntry().highlights());
        assertAsAWholeReadShows();
        assertEquals(1, f.wholeReads.get());
    }

    @Test
    void aDoneSittingNamingAnActionOffersOnceToTickItAndTicksItWithItsDay() {
        RequiredAction action = f.openAction(f.unit(0));
        RecordKey key = new RecordKey(action.id(), f.unit(0));
        long member = f.member(1);
        EntryDraft d = vm.newDraft().withKind(WorkKind.SITTING).withUnits(Set.of(f.unit(0)), false)
                .withOn(DemoFixture.TODAY.minusDays(1)).withMembers(List.of(member), member);
        assertTrue(vm.sittings().actionsFor(f.unit(0)).contains(action));
        WorkEntry sitting = f.add(d.withFields(d.fields().withSitting(MeetingKind.CENTRAL_GROUP_STUDY, "第三次集中学习",
                action.id())));
        assertEquals(sitting, vm.sittings().offerProperty().get(), "offered");
        assertTrue(vm.sittings().question(sitting).contains(action.title()), vm.sittings().question(sitting));

        assertEquals(1, f.jobsOf(() -> vm.sittings().tick(sitting)));
        assertNull(vm.sittings().offerProperty().get());
        ActionRecord record = f.ws.checklist().load().record(key);
        assertEquals(ActionStatus.DONE, record.status());
        assertEquals(DemoFixture.TODAY.minusDays(1), record.done(), "the meeting's day");
        assertTrue(record.attendeeIds().contains(member), "who sat in");
        assertTrue(vm.sittings().text(action, f.unit(0)).contains("已完成"), vm.sittings().text(action, f.unit(0)));

        // Saved again, or another sitting at a cell now done: not asked again.
        f.save(EntryDraft.of(sitting).withNotes("会议质量较高"));
        assertNull(vm.sittings().offerProperty().get());
        WorkEntry second = f.add(d.withFields(d.fields().withSitting(MeetingKind.CENTRAL_GROUP_STUDY, "", action.id())));
        assertNull(vm.sittings().offerProperty().get(), "the cell is done already");
        assertNotNull(second);
        assertEquals(1, f.wholeReads.get());
    }

    @Test
    void aDeclinedTickIsNotOfferedAgainForThatEntry() {
        RequiredAction action = f.openAction(f.unit(1));
        EntryDraft d = vm.newDraft().withKind(WorkKind.SITTING).withUnits(Set.of(f.unit(1)), false)
                .withStatus(org.guidancedesk.domain.WorkStatus.PLANNED).withOn(DemoFixture.TODAY.plusDays(2));
        WorkEntry planned = f.add(d.withFields(d.fields().withSitting(MeetingKind.DEMOCRATIC_LIFE, "", action.id())));
        assertNull(vm.sittings().offerProperty().get(), "not done yet: nothing to tick");
        f.save(EntryDraft.of(planned).withOn(DemoFixture.TODAY).withStatus(org.guidancedesk.domain.WorkStatus.DONE));
        assertNotNull(vm.sittings().offerProperty().get(), "done now");
        vm.sittings().decline();
        f.save(EntryDraft.of(vm.selectedEntry()).withNotes("列席情况"));
        assertNull(vm.sittings().offerProperty().get(), "offered once");
        assertTrue(f.ws.checklist().load().record(new RecordKey(action.id(), f.unit(1))).status() != ActionStatus.DONE,
                "declined: the cell is left as it was");
    }
}
