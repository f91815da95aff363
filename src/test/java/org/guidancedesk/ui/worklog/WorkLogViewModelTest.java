package org.guidancedesk.ui.worklog;

import static org.guidancedesk.ui.worklog.WorkLogFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.Coverage;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.worklog.WorkCriteria.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 工作记录 without a toolkit: adding, the refusals at their fields, the filters, 全覆盖 and this week's figures. */
class WorkLogViewModelTest {
    @TempDir
    Path dir;
    private WorkLogFixture f;
    private WorkLogViewModel vm;

    @BeforeEach
    void open() {
        f = new WorkLogFixture(dir, "zh");
        vm = f.vm;
        vm.reload();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aNewEntryIsDoneTodayAndAPlannedOneLater() {
        EntryDraft d = vm.newDraft();
        assertEquals(DemoFixture.TODAY, d.on());
        assertEquals(WorkStatus.DONE, d.status());
        assertEquals(WorkKind.TALK, d.kind());
        assertEquals(WorkStatus.PLANNED, vm.statusFor(DemoFixture.TODAY.plusDays(1)));
        assertEquals(WorkStatus.DONE, vm.statusFor(DemoFixture.TODAY));
        vm.criteria().kindProperty().set(WorkKind.FORUM);
        vm.criteria().unitProperty().set(f.unit(2));
        EntryDraft filtered = vm.newDraft();
        assertEquals(WorkKind.FORUM, filtered.kind(), "the filter's kind");
        assertEquals(Set.of(f.unit(2)), filtered.unitIds(), "and unit");
    }

    @Test
    void aTalkAddedIsListedFirstSelectedAndSaidWithoutItsNames() {
        WorkEntry added = f.add(f.talk(person("王建国", "党委书记", PersonLevel.HEAD), person("", "", PersonLevel.MIDDLE))
                .withNotes("谈话内容：内部"));
        assertEquals(List.of(added), f.ws.workLog().entries());
        WorkRow row = vm.rows().get(0);
        assertEquals(added.id(), row.id());
        assertEquals(row, vm.selectedProperty().get());
        assertEquals("个别谈话", row.kindText());
        assertEquals("2人：党委书记", row.gist(), "what may be shown: the count and the position, not the name");
        assertEquals("11月24日 周二", row.dateText());
        assertEquals("已完成", row.statusText());
        assertTrue(vm.noticeProperty().get().contains("个别谈话"), vm.noticeProperty().get());
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingSaved() {
        assertEquals("work.people", f.refusal(f.talk()).field(), "a talk with no people");
        EntryDraft forum = vm.newDraft().withKind(WorkKind.FORUM).withUnits(Set.of(f.unit(0)), false);
        assertEquals("work.participants", f.refusal(forum.withFields(forum.fields().withForum("办公室主任座谈会", "100000", "")))
                .field(), "a forum of 100,000");
        assertEquals("work.participants", f.refusal(forum.withFields(forum.fields().withForum("座谈", "十二", ""))).field());
        assertEquals("work.topic", f.refusal(forum.withFields(forum.fields().withForum("", "12", ""))).field());
        assertEquals("work.on", f.refusal(f.talk(person("", "", PersonLevel.MEMBER)).withOn(DemoFixture.TODAY.plusDays(1)))
                .field(), "done, dated tomorrow");
        assertEquals("work.units", f.refusal(f.talk(person("", "", PersonLevel.MEMBER)).withUnits(Set.of(), false)).field(),
                "no unit and not 本组");
        EntryDraft timed = f.talk(person("", "", PersonLevel.MEMBER));
        assertEquals("work.at", f.refusal(new EntryDraft(0, timed.kind(), timed.status(), timed.on(), "25:99",
                timed.unitIds(), false, List.of(), null, "", "", timed.fields(), List.of(), List.of())).field());
        assertEquals(List.of(), f.ws.workLog().entries(), "nothing saved");
        assertEquals("参加人数：应在 1 到 1000 之间", vm.message(f.refusal(
                forum.withFields(forum.fields().withForum("座谈", "100000", "")))));
    }

    @Test
    void aPlannedEntryLaterAndAGroupMeetingAreAccepted() {
        WorkEntry planned = f.add(f.talk(person("", "", PersonLevel.MEMBER)).withOn(DemoFixture.TODAY.plusDays(3))
                .withStatus(WorkStatus.PLANNED));
        assertEquals(WorkStatus.PLANNED, planned.status());
        WorkEntry meeting = f.add(vm.newDraft().withKind(WorkKind.GROUP_MEETING).withUnits(Set.of(), true));
        assertTrue(meeting.forGroup());
        assertEquals("本组", vm.rows().stream().filter(r -> r.id() == meeting.id()).findFirst().orElseThrow().unitsText());
    }

    @Test
    void theFiltersNarrowByKindUnitMemberStatusPeriodAndWords() {
        long lead = f.member(0);
        WorkEntry talk = f.add(f.talk(person("李四", "副院长", PersonLevel.LEADERSHIP)).withMembers(List.of(lead), lead));
        EntryDraft v = vm.newDraft().withKind(WorkKind.VISIT).withUnits(Set.of(f.unit(1)), false).withOn(DemoFixture.TODAY.minusDays(7));
        WorkEntry visit = f.add(v.withFields(v.fields().withPlaces(List.of(new KindFields.PlaceRow("桃源村",
                org.guidancedesk.domain.PlaceKind.VILLAGE)), org.guidancedesk.domain.VisitMethod.UNANNOUNCED)));
        WorkEntry planned = f.add(f.talk(person("", "", PersonLevel.MEMBER)).withOn(DemoFixture.TODAY.plusDays(10))
                .withStatus(WorkStatus.PLANNED));
        assertEquals(List.of(planned.id(), talk.id(), visit.id()), ids(), "newest first");

        WorkCriteria c = vm.criteria();
        c.kindProperty().set(WorkKind.VISIT);
        assertEquals(List.of(visit.id()), ids());
        assertEquals("桃源村（四不两直）", vm.rows().get(0).gist());
        c.clear();
        c.unitProperty().set(f.unit(1));
        assertEquals(List.of(visit.id()), ids());
        c.unitProperty().set(WorkCriteria.GROUP);
        assertEquals(List.of(), ids());
        c.clear();
        c.memberProperty().set(lead);
        assertEquals(List.of(talk.id()), ids());
        assertEquals(vm.members().get(0).name(), vm.rows().get(0).leaderText(), "带队");
        c.clear();
        c.statusProperty().set(WorkStatus.PLANNED);
        assertEquals(List.of(planned.id()), ids());
        c.clear();
        c.periodProperty().set(Period.THIS_WEEK);
        assertEquals(List.of(talk.id()), ids(), "Monday 23 to Sunday 29");
        c.periodProperty().set(Period.LAST_WEEK);
        assertEquals(List.of(visit.id()), ids());
        c.periodProperty().set(Period.THIS_MONTH);
        assertEquals(List.of(talk.id(), visit.id()), ids());
        c.periodProperty().set(Period.CUSTOM);
        c.fromProperty().set(DemoFixture.TODAY.plusDays(1));
        assertEquals(List.of(planned.id()), ids(), "from a day, open-ended");
        c.clear();
        c.wordsProperty().set("李四");
        assertEquals(List.of(talk.id()), ids(), "the words find a name too: the list is the secretary's own");
        c.wordsProperty().set("桃源");
        assertEquals(List.of(visit.id()), ids());
        assertTrue(vm.countText().contains("显示 1 条"), vm.countText());
        c.clear();
        assertEquals("共 3 条（已完成 2，计划 1，取消 0）", vm.countText());
    }

    @Test
    void thisWeeksFiguresSayWhatTheSheetWillSay() {
        assertEquals("本周还没有记下已完成的工作。", vm.weekText());
        f.add(f.talk(person("王建国", "党委书记", PersonLevel.HEAD), person("", "", PersonLevel.MIDDLE)));
        f.add(f.talk(person("", "", PersonLevel.MIDDLE)).withOn(DemoFixture.TODAY.plusDays(2)).withStatus(WorkStatus.PLANNED));
        f.add(f.talk(person("", "", PersonLevel.MIDDLE)).withOn(DemoFixture.TODAY.minusDays(7)));
        assertEquals("本周（11月23日—11月29日）：", vm.weekTitle());
        assertEquals("与1家单位2位同志进行了谈话（其中主要负责同志1人）。", vm.weekText(),
                "this week's done entries only: not last week's, not the planned one");
    }

    @Test
    void coverageShowsEachUnitsCellsAndWhoOfItsRosterIsNotTalkedToYet() {
        f.ws.workLog().saveRosterPerson(new RosterPerson(0, f.unit(0), "王建国", "党委书记", PersonLevel.HEAD, 0));
        f.ws.workLog().saveRosterPerson(new RosterPerson(0, f.unit(0), "李四", "副院长", PersonLevel.LEADERSHIP, 1));
        vm.reload();
        f.add(f.talk(person("王建国", "党委书记", PersonLevel.HEAD)).withOn(DemoFixture.TODAY.minusDays(2)));
        List<CoverageLines.Line> lines = vm.coverage();
        assertEquals(f.ws.units().units().size(), lines.size(), "a line per unit");
        CoverageLines.Line first = lines.get(0);
        assertEquals("1次 · 11月22日", first.cells().get(Coverage.Column.TALK));
        assertEquals("—", first.cells().get(Coverage.Column.VISIT));
        assertEquals("1/2", first.talks());
        assertEquals(List.of("李四（副院长）"), first.notYet());
        assertEquals("未填名单", lines.get(1).talks());
    }

    @Test
    void theRosterOfTheChosenUnitsIsWhatATalkPicksFrom() {
        f.ws.workLog().saveRosterPerson(new RosterPerson(0, f.unit(0), "王建国", "党委书记", PersonLevel.HEAD, 0));
        f.ws.workLog().saveRosterPerson(new RosterPerson(0, f.unit(1), "赵六", "局长", PersonLevel.HEAD, 0));
        vm.reload();
        assertEquals(List.of("王建国"), vm.roster(Set.of(f.unit(0))).stream().map(RosterPerson::name).toList());
        assertEquals(2, vm.roster(Set.of(f.unit(0), f.unit(1))).size());
    }

    @Test
    void englishReadsWell() {
        f.close();
        f = new WorkLogFixture(dir.resolve("en"), "en");
        vm = f.vm;
        vm.reload();
        f.add(f.talk(person("", "Party secretary", PersonLevel.HEAD)));
        WorkRow row = vm.rows().get(0);
        assertEquals("Individual talk", row.kindText());
        assertEquals("1 person: Party secretary", row.gist());
        assertEquals("Tue, Nov 24", row.dateText());
        assertEquals("This week (Nov 23–Nov 29):", vm.weekTitle());
        assertTrue(vm.weekText().startsWith("Talks with 1 person from 1 unit"), vm.weekText());
        assertEquals("1 entry (1 done, 0 planned, 0 cancelled)", vm.countText());
    }

    private List<Long> ids() {
        return vm.rows().stream().map(WorkRow::id).toList();
    }

    @Test
    void anExportTakesTheListsPeriodAndItsInternalTextsOnlyWhenAsked() throws Exception {
        f.add(f.talk(person("王建国", "党委书记", PersonLevel.HEAD)).withNotes("谈话内容：内部"));
        f.add(f.talk(person("", "", PersonLevel.MEMBER)).withOn(DemoFixture.TODAY.minusWeeks(1)));
        vm.criteria().periodProperty().set(Period.THIS_WEEK);
        assertEquals("11月23日—11月29日", vm.exportRangeText());

        Path plain = dir.resolve("plain.csv");
        assertEquals("已导出 1 条工作记录（谈话对象 1 行）到 plain.csv", vm.export(plain, false));
        String text = java.nio.file.Files.readString(plain);
        assertTrue(!text.contains("王建国") && !text.contains("谈话内容") && text.contains("党委书记"), text);

        Path internal = dir.resolve("internal.csv");
        assertEquals("已导出 1 条工作记录（谈话对象 1 行）到 internal.csv（含内部内容，注意保密）", vm.export(internal, true));
        String marked = java.nio.file.Files.readString(internal);
        assertTrue(marked.contains("内部资料 注意保密") && marked.contains("王建国"), marked);

        vm.criteria().periodProperty().set(Period.ALL);
        assertEquals("全部日期", vm.exportRangeText());
        assertEquals("已导出 2 条工作记录（谈话对象 2 行）到 all.csv", vm.export(dir.resolve("all.csv"), false));
    }

    @Test
    void aReminderWhoseReplyIsPastItsDaySaysSoInTheList() {
        EntryDraft d = vm.newDraft().withKind(WorkKind.REMINDER).withUnits(Set.of(f.unit(0)), false);
        f.add(d.withFields(d.fields().withReminder("电话", "办公室", "报送问题清单", DemoFixture.TODAY.minusDays(1), null)));
        assertEquals("报送问题清单（应于11月23日前回复，已逾期）", vm.rows().get(0).gist());
        f.add(d.withFields(d.fields().withReminder("电话", "办公室", "报送学习计划", DemoFixture.TODAY, null)));
        assertEquals("报送学习计划（11月24日前回复）", vm.rows().get(0).gist(), "due today is not late yet");
    }
}
