package org.guidancedesk.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Submission;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.Week;

/**
 * A realistic demonstration group (all names fictional), for screenshots, trying the program
 * out and tests. Every date is placed relative to {@code today}: the campaign started on the
 * Monday five weeks before today's week, so today lies in campaign week 6, the study phase is
 * mostly done, research is under way and a few cells are overdue. The data are explicit
 * tables, so the same {@code today} always gives the same file content.
 *
 * <p>Done dates are never after {@code today} and every date lies inside the campaign.
 */
public final class DemoData {
    /** The demo group's name. */
    public static final String GROUP_NAME = "中央第十八指导组";
    /** The demo group's campaign. */
    public static final String CAMPAIGN = "学习贯彻习近平新时代中国特色社会主义思想主题教育";
    /** The secretary, created together with the group. */
    public static final String SECRETARY = "李明";
    /** The secretary's phone; the members' run on from it (138 0013 8002 …). Clearly not real numbers. */
    private static final String SECRETARY_PHONE = "138 0013 8001";

    // Member keys (index into the member table below; 0 is the secretary).
    private static final int LI = 0;
    private static final int WANG = 1;
    private static final int CHEN = 2;
    private static final int LIU = 3;
    private static final int ZHAO = 4;
    private static final int SUN = 5;
    private static final int ZHOU = 6;

    private record MemberRow(String name, MemberRole role, Set<Duty> duties, String phone) {}

    private static final List<MemberRow> MEMBERS = List.of(
            new MemberRow("王建国", MemberRole.LEADER, Set.of(Duty.COORDINATION), "138 0013 8002"),
            new MemberRow("陈志刚", MemberRole.DEPUTY, Set.of(Duty.COORDINATION, Duty.DOCUMENTS), "138 0013 8003"),
            new MemberRow("刘芳", MemberRole.MEMBER, Set.of(Duty.LIAISON), "138 0013 8004"),
            new MemberRow("赵伟", MemberRole.MEMBER, Set.of(Duty.DOCUMENTS), "138 0013 8005"),
            new MemberRow("孙丽华", MemberRole.MEMBER, Set.of(Duty.LIAISON, Duty.DOCUMENTS), "138 0013 8006"),
            new MemberRow("周涛", MemberRole.MEMBER, Set.of(Duty.LOGISTICS), "138 0013 8007"));

    // Unit keys (index into the unit table below; the demo's reviews use them too).
    static final int PROVINCE = 0;
    static final int MINISTRY = 1;
    static final int ENTERPRISE = 2;
    static final int UNIVERSITY = 3;
    static final int CITY = 4;
    static final int COUNTY = 5;

    /** A unit and the member (key above) who liaises with it, mostly the one who attends its events. */
    private record UnitRow(String name, UnitKind kind, String contact, String phone, int liaison) {}

    private static final List<UnitRow> UNITS = List.of(
            new UnitRow("东江省", UnitKind.PROVINCE, "张卫东（省委主题教育办）", "010-65120318", LIU),
            new UnitRow("国家水利发展部", UnitKind.MINISTRY, "黄海涛（部机关党委）", "010-63204527", CHEN),
            new UnitRow("北方能源集团有限公司", UnitKind.ENTERPRISE, "马骏（党群工作部）", "010-66418852", SUN),
            new UnitRow("江城大学", UnitKind.UNIVERSITY, "何静（党委组织部）", "010-62751963", ZHOU),
            new UnitRow("西岭市", UnitKind.CITY, "郑国强（市委组织部）", "010-67093246", SUN),
            new UnitRow("南山县", UnitKind.COUNTY, "吴晓燕（县委办公室）", "010-68235714", LIU));

    // Catalogue titles, exactly as in the 2019 template (templates/2019.txt).
    private static final String MOBILISE = "召开动员部署会";
    private static final String PLAN = "制定实施方案并报指导组审阅";
    private static final String READING = "举办读书班（集中学习研讨不少于7天）";
    private static final String FIRST_STUDY = "一把手主持第一次集中学习并带头发言";
    private static final String LECTURE = "讲专题党课";
    private static final String TRAINING = "开展支部书记轮训";
    private static final String RESEARCH = "领导班子成员开展专题调研";
    private static final String RESEARCH_MEETING = "召开调研成果交流会";
    private static final String PROBLEM_LIST = "形成问题清单";
    private static final String SELF_CHECK = "撰写对照检查材料";
    private static final String LIFE_MEETING = "召开专题民主生活会";
    private static final String SPECIAL_PLAN = "制定专项整治方案";
    private static final String REPORT_RECTIFICATION = "通报整改落实情况";
    private static final String EVALUATION = "开展总结评估";

    private static final String G_STUDY = "召开指导组内部学习会";
    private static final String G_MEET = "与联系单位召开见面沟通会";
    private static final String G_REVIEW = "审阅各单位实施方案并反馈意见";
    private static final String G_TALKS = "开展个别谈话";
    private static final String G_VISITS = "采取“四不两直”方式实地调研";
    private static final String G_FORUM = "召开座谈会听取意见建议";
    private static final String G_LEDGER = "督促建立整改台账（两本账）";

    private DemoData() {}

    /**
     * Fills an empty workspace (no group yet) with the demo group. The workspace's clock must
     * say {@code today} (or later), since records done up to {@code today} are saved.
     *
     * @throws IllegalStateException if the file already holds a group
     */
    public static void write(Workspace ws, LocalDate today) {
        new Writer(ws, today).run();
    }

    /** The first day of the demo campaign for a given today: the Monday five weeks before today's week. */
    public static LocalDate campaignStart(LocalDate today) {
        return today.with(DayOfWeek.MONDAY).minusWeeks(5);
    }

    /** The last day of the demo campaign: four months after the start, less a day. */
    public static LocalDate campaignEnd(LocalDate today) {
        return campaignStart(today).plusMonths(4).minusDays(1);
    }

    /** Builds the demo in order: group, members, units, due windows, records. */
    private static final class Writer {
        private final Workspace ws;
        private final LocalDate today;
        private final LocalDate start;
        private Group group;
        private final List<Long> memberIds = new ArrayList<>();
        private final List<Long> unitIds = new ArrayList<>();
        private final Map<String, RequiredAction> actions = new HashMap<>();

        Writer(Workspace ws, LocalDate today) {
            this.ws = ws;
            this.today = today;
            this.start = campaignStart(today);
        }

        void run() {
            // Through the path the new-group wizard takes (GroupService.create): the 2019 template's second
            // batch, the members and the units in one transaction; then what the wizard does not ask for.
            // Without the additions by kind of unit, so the demo's 24 items (and every figure read from it) stay.
            List<Member> members = MEMBERS.stream().map(m -> new Member(0, m.name(), m.role(), m.duties(), 0, m.phone()))
                    .toList();
            List<Unit> units = UNITS.stream().map(u -> new Unit(0, u.name(), u.kind(), u.contact(), u.phone(), 0))
                    .toList();
            group = ws.groups().create(new NewGroup(new Group(GROUP_NAME, CAMPAIGN, start, campaignEnd(today), null),
                    SECRETARY, CampaignTemplates.load("2019").forBatch("2").withoutUnitKinds(), members, units));
            List<Member> saved = ws.groups().members();
            Member secretary = saved.get(0);
            ws.groups().updateMember(new Member(secretary.id(), secretary.name(), secretary.role(), secretary.duties(),
                    secretary.sortOrder(), SECRETARY_PHONE));
            saved.forEach(m -> memberIds.add(m.id()));
            List<Unit> savedUnits = ws.units().units();
            for (int i = 0; i < savedUnits.size(); i++) {
                Unit u = savedUnits.get(i).withLiaison(memberIds.get(UNITS.get(i).liaison()));
                ws.units().update(u);
                unitIds.add(u.id());
            }
            for (RequiredAction a : ws.catalog().actions()) {
                actions.put(a.title(), a);
            }
            dueWindows();
            studyRecords();
            researchAndLaterRecords();
            groupItemRecords();
            deadlines();
            DemoLedger.write(ws.ledger(), unitIds, today);
            DemoWorkLog.write(ws.workLog(), unitIds, memberIds, actions, start, today, ws.ledger().items());
            DemoReviews.write(ws.reviews(), unitIds, start, today);
        }

        /**
         * The 2019 template's nine dated submissions to the campaign office and its weekly 工作动态
         * every Friday: the past ones submitted, except one that is overdue.
         */
        private void deadlines() {
            Map<String, Deadline> byTitle = new HashMap<>();
            ws.deadlines().deadlines().forEach(d -> byTitle.put(d.title(), d));
            submitted(byTitle.get("报送主题教育实施方案"), "指导组〔2026〕1号");
            submitted(byTitle.get("报送联系单位实施方案审阅意见"), "指导组〔2026〕3号");
            Deadline weekly = byTitle.get("报送工作动态");
            for (LocalDate due : weekly.recurrence().dates(group.end())) {
                if (due.isBefore(today)) {
                    ws.deadlines().saveSubmission(new Submission(weekly.id(), due, due,
                            "工作动态第" + group.campaignWeek(due) + "期"));
                    ws.dynamic().recordPastIssue(Week.of(due), group.campaignWeek(due));
                }
            }
            ws.dynamic().saveSettings(new DynamicSettings("",
                    "中央主题教育领导小组办公室", "各联系单位主题教育领导小组办公室", 1));
        }

        /** A one-off deadline submitted on its day. */
        private void submitted(Deadline d, String sent) {
            LocalDate due = ((Recurrence.Once) d.recurrence()).due();
            ws.deadlines().saveSubmission(new Submission(d.id(), due, due, sent));
        }

        /** Due windows as campaign weeks (Monday of the first week to Friday of the last). */
        private void dueWindows() {
            due(MOBILISE, 1, 1);
            due(PLAN, 1, 2);
            due(READING, 2, 4);
            due(FIRST_STUDY, 1, 2);
            due(LECTURE, 3, 8);
            // Ended on Tuesday of week 5, so before today: an unscheduled cell is overdue.
            ws.catalog().update(with(TRAINING, day(2, 1), day(5, 2)));
            due(RESEARCH, 3, 8);
            due(RESEARCH_MEETING, 7, 9);
            due(PROBLEM_LIST, 8, 10);
            due(SELF_CHECK, 9, 11);
            due(LIFE_MEETING, 11, 13);
            due(SPECIAL_PLAN, 4, 10);
            due(REPORT_RECTIFICATION, 14, 16);
            due(EVALUATION, 16, 17);

            due(G_MEET, 1, 2);
            due(G_REVIEW, 1, 3);
            due(G_LEDGER, 8, 10);
        }

        private void studyRecords() {
            // 召开动员部署会: all done in week 1, attended.
            done(MOBILISE, PROVINCE, day(1, 2), "组长出席并讲话，传达党中央部署要求", WANG, CHEN, LIU);
            done(MOBILISE, MINISTRY, day(1, 2), "", CHEN, ZHAO);
            done(MOBILISE, ENTERPRISE, day(1, 3), "", WANG, SUN);
            done(MOBILISE, UNIVERSITY, day(1, 4), "", CHEN, ZHOU);
            done(MOBILISE, CITY, day(1, 4), "", LIU, SUN);
            done(MOBILISE, COUNTY, day(1, 5), "会议开到村（社区）党组织书记", LIU, ZHOU);

            // 制定实施方案: all done in weeks 1-2, some after several rounds.
            done(PLAN, PROVINCE, day(1, 5), "");
            done(PLAN, MINISTRY, day(2, 3), "方案先后三次修改后定稿");
            done(PLAN, ENTERPRISE, day(2, 2), "第二稿补充了专项整治内容");
            done(PLAN, UNIVERSITY, day(2, 1), "");
            done(PLAN, CITY, day(1, 5), "");
            done(PLAN, COUNTY, day(2, 5), "集中学习时长不足，已要求调整后重报");

            // 一把手主持第一次集中学习: all done in weeks 1-2.
            done(FIRST_STUDY, PROVINCE, day(1, 3), "一把手主持，班子成员逐一发言", WANG, LIU);
            done(FIRST_STUDY, MINISTRY, day(1, 4), "", CHEN);
            done(FIRST_STUDY, ENTERPRISE, day(2, 1), "", SUN, ZHAO);
            done(FIRST_STUDY, UNIVERSITY, day(2, 2), "", CHEN, ZHOU);
            done(FIRST_STUDY, CITY, day(2, 3), "", LIU);
            done(FIRST_STUDY, COUNTY, day(2, 4), "", ZHOU);

            // 读书班: done in weeks 2-4; the county postponed and is overdue.
            done(READING, PROVINCE, day(2, 1), "集中学习研讨7天，分5个专题交流", WANG, LIU, LI);
            done(READING, MINISTRY, day(3, 1), "", CHEN, ZHAO);
            done(READING, ENTERPRISE, day(3, 2), "", SUN);
            done(READING, UNIVERSITY, day(4, 1), "", CHEN, ZHOU);
            done(READING, CITY, day(3, 3), "", LIU);
            scheduled(READING, COUNTY, day(4, 3), "县委原定读书班推迟，已督促尽快举办");

            // 讲专题党课: some done (one today), some next week, one overdue.
            done(LECTURE, PROVINCE, day(5, 2), "省委书记讲专题党课", WANG, LIU);
            done(LECTURE, MINISTRY, day(4, 4), "", CHEN);
            done(LECTURE, ENTERPRISE, today, "集团党委书记讲专题党课，面向二级单位负责人", SUN, ZHAO);
            scheduled(LECTURE, UNIVERSITY, workdayAfter(6), "党委书记讲，面向全体中层干部");
            done(LECTURE, CITY, day(5, 1), "", LIU, SUN);
            scheduled(LECTURE, COUNTY, workdayBefore(2), "因县委常委会调整推迟，待重新确定日期");

            // 支部书记轮训: due window already closed.
            done(TRAINING, PROVINCE, day(4, 2), "");
            done(TRAINING, MINISTRY, day(3, 4), "");
            done(TRAINING, ENTERPRISE, day(4, 5), "分三期轮训基层党支部书记");
            notApplicable(TRAINING, UNIVERSITY, "由上级统一组织高校支部书记轮训，本单位不再单独开展");
            done(TRAINING, CITY, day(5, 1), "");
            notScheduled(TRAINING, COUNTY, "尚未组织，已电话督促");
        }

        private void researchAndLaterRecords() {
            // 领导班子成员开展专题调研: partly done, mostly scheduled this week or next.
            done(RESEARCH, PROVINCE, day(5, 3), "班子成员确定调研课题12个");
            done(RESEARCH, MINISTRY, day(6, 1), "班子成员分赴3个基层单位调研");
            done(RESEARCH, ENTERPRISE, day(5, 4), "");
            scheduled(RESEARCH, UNIVERSITY, workdayAfter(5), "");
            scheduled(RESEARCH, CITY, workdayBefore(1), "原定到基层调研因会议冲突未成行，尚未重新安排");
            scheduled(RESEARCH, COUNTY, workdayAfter(7), "");

            // 调研成果交流会: first dates fixed.
            scheduled(RESEARCH_MEETING, PROVINCE, day(8, 2), "拟请组长出席");
            scheduled(RESEARCH_MEETING, MINISTRY, day(8, 4), "");

            // 形成问题清单: the province has started.
            scheduled(PROBLEM_LIST, PROVINCE, day(9, 3), "");

            // 专题民主生活会: later in the campaign.
            scheduled(LIFE_MEETING, PROVINCE, day(12, 3), "拟由组长、副组长列席");

            // 制定专项整治方案: one done, one next week.
            done(SPECIAL_PLAN, PROVINCE, day(5, 5), "列出8项专项整治任务");
            scheduled(SPECIAL_PLAN, MINISTRY, workdayAfter(6), "");
        }

        private void groupItemRecords() {
            doneItem(G_STUDY, day(1, 1), "学习党中央通知和指导组工作规则", WANG, CHEN, LI, LIU, ZHAO, SUN, ZHOU);
            doneItem(G_MEET, day(1, 2), "与6家联系单位逐一对接", WANG, CHEN, LI);
            doneItem(G_REVIEW, day(2, 5), "6家单位方案均已反馈意见，2家两次修改", CHEN, ZHAO);
            doneItem(G_TALKS, day(5, 4), "与6家单位38位同志进行了谈话", WANG, CHEN, LIU, SUN);
            doneItem(G_FORUM, day(6, 1), "东江省主题教育办主任座谈会", WANG, LI);
            scheduledItem(G_LEDGER, day(8, 3), "督促各单位建立整治台账和整改台账");
            scheduledItem(G_VISITS, workdayAfter(6), "赴南山县2个村、1所学校");
        }

        // --- helpers -------------------------------------------------------------------------

        /** The given weekday (1 = Monday) of the given campaign week (1 = the start's week). */
        private LocalDate day(int week, int weekday) {
            return start.plusDays((week - 1) * 7L + weekday - 1);
        }

        /** The n-th working day (Monday to Friday) after today. */
        private LocalDate workdayAfter(int n) {
            return workdays(n, 1);
        }

        /** The n-th working day before today. */
        private LocalDate workdayBefore(int n) {
            return workdays(n, -1);
        }

        private LocalDate workdays(int n, int step) {
            LocalDate d = today;
            int left = n;
            while (left > 0) {
                d = d.plusDays(step);
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return d;
        }

        private RequiredAction action(String title) {
            RequiredAction a = actions.get(title);
            if (a == null) {
                throw new IllegalStateException("standard catalogue has no action " + title);
            }
            return a;
        }

        private RequiredAction with(String title, LocalDate from, LocalDate to) {
            RequiredAction a = action(title);
            RequiredAction changed = new RequiredAction(a.id(), a.title(), a.phase(), a.mustAttend(), from, to,
                    a.scope(), a.sortOrder());
            actions.put(title, changed);
            return changed;
        }

        private void due(String title, int fromWeek, int toWeek) {
            ws.catalog().update(with(title, day(fromWeek, 1), day(toWeek, 5)));
        }

        private RecordKey key(String title, int unit) {
            return new RecordKey(action(title).id(), unitIds.get(unit));
        }

        private Set<Long> people(int... members) {
            Set<Long> ids = new LinkedHashSet<>();
            for (int m : members) {
                ids.add(memberIds.get(m));
            }
            return ids;
        }

        private void save(ActionRecord r) {
            if (!r.warnings(group).isEmpty() || r.done() != null && r.done().isAfter(today)) {
                throw new IllegalStateException("demo date out of range: " + r);
            }
            ws.checklist().save(r);
        }

        private void done(String title, int unit, LocalDate date, String note, int... attendees) {
            save(new ActionRecord(key(title, unit), ActionStatus.DONE, date, date, people(attendees), note));
        }

        private void scheduled(String title, int unit, LocalDate planned, String note) {
            save(new ActionRecord(key(title, unit), ActionStatus.SCHEDULED, planned, null, Set.of(), note));
        }

        private void notApplicable(String title, int unit, String note) {
            save(new ActionRecord(key(title, unit), ActionStatus.NOT_APPLICABLE, null, null, Set.of(), note));
        }

        private void notScheduled(String title, int unit, String note) {
            save(new ActionRecord(key(title, unit), ActionStatus.NOT_SCHEDULED, null, null, Set.of(), note));
        }

        private void doneItem(String title, LocalDate date, String note, int... attendees) {
            save(new ActionRecord(RecordKey.ofGroupItem(action(title).id()), ActionStatus.DONE, date, date,
                    people(attendees), note));
        }

        private void scheduledItem(String title, LocalDate planned, String note) {
            save(new ActionRecord(RecordKey.ofGroupItem(action(title).id()), ActionStatus.SCHEDULED, planned, null,
                    Set.of(), note));
        }
    }
}
