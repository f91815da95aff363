package org.guidancedesk.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.MeetingKind;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;

/**
 * The demo group's work log, drawn from the seeds: 进驻 to every unit in the first week, talks
 * with each unit's leaders and members, visits to villages, a company, a school and a red
 * memorial site (some 四不两直), forums with the units' offices and young cadres, sittings at
 * 中心组学习 tied to their action, reminders (one reply overdue), the group's own 碰头会, and
 * findings, two of them already filed in the ledger; a few entries planned for next week.
 */
final class DemoWorkLog {
    /** Each unit's 主要负责同志 and 班子成员 (fictional names), in unit order. */
    private static final List<List<String[]>> ROSTERS = List.of(
            List.of(new String[] {"林国华", "省委书记"}, new String[] {"高志远", "省委副书记"}, new String[] {"宋立群", "省委常委、组织部部长"},
                    new String[] {"冯建平", "省委常委、宣传部部长"}, new String[] {"许明", "省委常委、秘书长"}),
            List.of(new String[] {"顾长青", "部党组书记、部长"}, new String[] {"潘文斌", "副部长"}, new String[] {"蒋红梅", "副部长"},
                    new String[] {"韩东", "驻部纪检监察组组长"}),
            List.of(new String[] {"曹振华", "党组书记、董事长"}, new String[] {"邓磊", "总经理"}, new String[] {"彭晓光", "党组副书记"},
                    new String[] {"袁静", "总会计师"}, new String[] {"杜志强", "副总经理"}),
            List.of(new String[] {"方正平", "党委书记"}, new String[] {"叶青", "校长"}, new String[] {"钱卫民", "党委副书记"},
                    new String[] {"秦岚", "副校长"}),
            List.of(new String[] {"程远航", "市委书记"}, new String[] {"罗斌", "市长"}, new String[] {"沈玉兰", "市委副书记"},
                    new String[] {"田野", "市委常委、组织部部长"}),
            List.of(new String[] {"付海", "县委书记"}, new String[] {"唐敏", "县长"}, new String[] {"谢文", "县委副书记"}));

    private final WorkLogService log;
    private final List<Long> units;
    private final List<Long> members;
    private final Map<String, RequiredAction> actions;
    private final LocalDate start;
    private final LocalDate today;
    private final List<List<RosterPerson>> rosters = new ArrayList<>();

    private DemoWorkLog(WorkLogService log, List<Long> units, List<Long> members, Map<String, RequiredAction> actions,
                        LocalDate start, LocalDate today) {
        this.log = log;
        this.units = units;
        this.members = members;
        this.actions = actions;
        this.start = start;
        this.today = today;
    }

    /**
     * @param members the secretary first, then 王建国 (leader), 陈志刚, 刘芳, 赵伟, 孙丽华, 周涛
     * @param items   the demo ledger's items, for the findings already filed
     */
    static void write(WorkLogService log, List<Long> units, List<Long> members, Map<String, RequiredAction> actions,
                      LocalDate start, LocalDate today, List<Rectification> items) {
        new DemoWorkLog(log, units, members, actions, start, today).run(items);
    }

    private void run(List<Rectification> items) {
        rosters();
        arrivals();
        talks();
        visits();
        forumsAndSittings();
        reminders();
        groupMeetings();
        findings(items);
        nextWeek();
    }

    private void rosters() {
        for (int u = 0; u < units.size(); u++) {
            List<RosterPerson> saved = new ArrayList<>();
            List<String[]> people = ROSTERS.get(u);
            for (int i = 0; i < people.size(); i++) {
                saved.add(log.saveRosterPerson(new RosterPerson(0, units.get(u), people.get(i)[0], people.get(i)[1],
                        i == 0 ? PersonLevel.HEAD : PersonLevel.LEADERSHIP, i)));
            }
            rosters.add(saved);
        }
    }

    /** 进驻: two units a day in the first week, the leader and the unit's liaison going. */
    private void arrivals() {
        for (int u = 0; u < units.size(); u++) {
            done(WorkKind.ARRIVAL, day(1, 2 + u / 2), LocalTime.of(u % 2 == 0 ? 9 : 15, 0), Set.of(units.get(u)),
                    List.of(members.get(1), members.get(3 + u % 4)), "召开见面沟通会，通报指导组工作安排", new WorkDetails.None());
        }
    }

    /**
     * Talks with each unit's leaders in weeks 2–3 (all but the last of each roster), a group
     * interview of middle-level cadres at two units, and this week two more talks.
     */
    private void talks() {
        for (int u = 0; u < units.size(); u++) {
            List<RosterPerson> roster = rosters.get(u);
            for (int i = 0; i < roster.size() - 1; i++) {
                RosterPerson p = roster.get(i);
                done(WorkKind.TALK, day(2 + i / 3, 1 + (u + i) % 5), null, Set.of(units.get(u)),
                        List.of(members.get(1 + i % 2), members.get(3 + u % 4)), "谈话中了解到学习研讨联系实际不够，调研题目偏大",
                        new WorkDetails.Talk(List.of(new Interviewee(p.name(), units.get(u), p.position(), p.level(), 1))));
            }
        }
        done(WorkKind.GROUP_INTERVIEW, day(3, 4), null, Set.of(units.get(1)), List.of(members.get(2), members.get(4)),
                "分组访谈处级干部，反映文件多、会议多", new WorkDetails.Talk(List.of(
                        new Interviewee("", units.get(1), "司局处级干部", PersonLevel.MIDDLE, 12))));
        done(WorkKind.GROUP_INTERVIEW, day(4, 2), null, Set.of(units.get(3)), List.of(members.get(5), members.get(6)),
                "与青年教师、学生党员分组访谈", new WorkDetails.Talk(List.of(
                        new Interviewee("", units.get(3), "青年教师", PersonLevel.MEMBER, 8),
                        new Interviewee("", units.get(3), "学生党员", PersonLevel.MEMBER, 10))));
        RosterPerson last = rosters.get(5).get(rosters.get(5).size() - 1);
        done(WorkKind.TALK, weekday(1), null, Set.of(units.get(5)), List.of(members.get(1), members.get(3)),
                "谈话提醒专题民主生活会要把问题摆进去",
                new WorkDetails.Talk(List.of(new Interviewee(last.name(), units.get(5), last.position(), last.level(), 1),
                        new Interviewee("", units.get(5), "乡镇党委书记", PersonLevel.MIDDLE, 3))));
    }

    private void visits() {
        visit(day(2, 3), 5, VisitMethod.UNANNOUNCED, "直奔村里查看为民办实事项目进展",
                new VisitedPlace("桃源镇", PlaceKind.TOWNSHIP), new VisitedPlace("桃源村", PlaceKind.VILLAGE),
                new VisitedPlace("李家坪村", PlaceKind.VILLAGE));
        visit(day(3, 2), 2, VisitMethod.REGULAR, "到一线班组了解安全生产责任落实",
                new VisitedPlace("北方能源第二发电厂", PlaceKind.ENTERPRISE));
        visit(day(3, 5), 0, VisitMethod.REGULAR, "参观革命纪念馆，开展现场教学",
                new VisitedPlace("东江革命纪念馆", PlaceKind.RED_SITE), new VisitedPlace("东江市", PlaceKind.CITY_COUNTY));
        visit(day(4, 3), 3, VisitMethod.SPOT_CHECK, "随机走进学院了解“三会一课”落实",
                new VisitedPlace("江城大学马克思主义学院", PlaceKind.SCHOOL));
        visit(day(5, 2), 4, VisitMethod.COVERT, "暗访政务服务大厅，窗口排队时间长",
                new VisitedPlace("西岭市政务服务中心", PlaceKind.SERVICE_WINDOW));
        visit(weekday(2), 4, VisitMethod.UNANNOUNCED, "查看老旧小区加装电梯推进情况",
                new VisitedPlace("西岭市河西社区", PlaceKind.VILLAGE), new VisitedPlace("西岭市", PlaceKind.CITY_COUNTY));
    }

    private void visit(LocalDate on, int unit, VisitMethod method, String notes, VisitedPlace... places) {
        done(WorkKind.VISIT, on, null, Set.of(units.get(unit)), List.of(members.get(1), members.get(3 + unit % 4)), notes,
                new WorkDetails.Visit(List.of(places), method));
    }

    private void forumsAndSittings() {
        done(WorkKind.FORUM, day(2, 5), LocalTime.of(14, 30), Set.copyOf(units), List.of(members.get(1), members.get(2),
                members.get(0)), "", new WorkDetails.Forum("各联系单位主题教育办主任座谈会", 12, "各单位主题教育办负责同志"));
        done(WorkKind.FORUM, day(4, 4), null, Set.of(units.get(3)), List.of(members.get(5), members.get(6)), "",
                new WorkDetails.Forum("青年干部座谈会", 18, "青年教师、辅导员"));
        RequiredAction firstStudy = actions.get("一把手主持第一次集中学习并带头发言");
        Long firstStudyId = firstStudy == null ? null : firstStudy.id();
        done(WorkKind.SITTING, day(1, 4), null, Set.of(units.get(0)), List.of(members.get(1), members.get(3)), "",
                new WorkDetails.Sitting(MeetingKind.CENTRAL_GROUP_STUDY, "省委理论学习中心组第一次集中学习", firstStudyId));
        done(WorkKind.SITTING, day(2, 2), null, Set.of(units.get(1)), List.of(members.get(2)), "",
                new WorkDetails.Sitting(MeetingKind.CENTRAL_GROUP_STUDY, "部党组理论学习中心组学习", firstStudyId));
        done(WorkKind.SITTING, day(3, 1), null, Set.of(units.get(2)), List.of(members.get(5)), "",
                new WorkDetails.Sitting(MeetingKind.READING_CLASS, "主题教育读书班开班式", null));
        done(WorkKind.BRIEFING, day(1, 5), null, Set.of(units.get(4)), List.of(members.get(1), members.get(5)),
                "听取市委主题教育开展情况汇报", new WorkDetails.None());
        done(WorkKind.DOCUMENT_CHECK, day(5, 3), null, Set.of(units.get(5)), List.of(members.get(3)),
                "查阅读书班学习记录和研讨发言材料", new WorkDetails.None());
    }

    private void reminders() {
        done(WorkKind.REMINDER, day(5, 1), null, Set.of(units.get(5)), List.of(members.get(3)), "",
                new WorkDetails.Reminder("提示函（指导组〔2026〕5号）", "县委主题教育办", "读书班集中学习研讨时间不足7天，请补齐",
                        today.plusDays(10), null));
        done(WorkKind.REMINDER, day(4, 5), null, Set.of(units.get(4)), List.of(members.get(5)), "",
                new WorkDetails.Reminder("电话", "市委组织部", "报送调研题目清单", day(5, 2), day(5, 1)));
        // No answer yet, past its day: the overview lists it as overdue.
        done(WorkKind.REMINDER, day(5, 3), null, Set.of(units.get(3)), List.of(members.get(3)), "",
                new WorkDetails.Reminder("电话", "学校党委办公室", "报送专项整治方案修改稿", day(5, 5), null));
    }

    /** 碰头会 every Monday of the weeks gone by. */
    private void groupMeetings() {
        for (int week = 1; day(week, 1).isBefore(today) || day(week, 1).equals(today); week++) {
            done(WorkKind.GROUP_MEETING, day(week, 1), LocalTime.of(8, 30), Set.of(), members.subList(0, 4),
                    "碰头会：研究本周工作安排", new WorkDetails.None());
        }
    }

    /** A talk's findings: one filed in the ledger (the demo's 指导组反馈 item on the reading class), one not yet. */
    private void findings(List<Rectification> items) {
        WorkEntry entry = done(WorkKind.DOCUMENT_CHECK, day(4, 1), null, Set.of(units.get(0)), List.of(members.get(3)),
                "查阅读书班研讨发言材料",
                new WorkDetails.None(), List.of(new WorkFinding(0, "读书班研讨发言照本宣科多，联系实际剖析少", null),
                        new WorkFinding(0, "个别支部“三会一课”记录不全", null)), List.of("以“三个一”推动学习入脑入心"));
        items.stream().filter(r -> r.problem().contains("读书班研讨发言照本宣科多")).findFirst()
                .ifPresent(r -> log.linkForDemo(entry.findings().get(0).id(), r.id()));
    }

    private void nextWeek() {
        LocalDate monday = today.with(java.time.DayOfWeek.MONDAY).plusWeeks(1);
        planned(WorkKind.SITTING, monday.plusDays(1), Set.of(units.get(0)), List.of(members.get(1), members.get(3)),
                new WorkDetails.Sitting(MeetingKind.DEMOCRATIC_LIFE, "省委常委班子专题民主生活会", null));
        planned(WorkKind.FORUM, monday.plusDays(3), Set.of(units.get(2)), List.of(members.get(5)),
                new WorkDetails.Forum("一线职工座谈会", 15, "班组长、一线职工"));
    }

    private WorkEntry done(WorkKind kind, LocalDate on, LocalTime at, Set<Long> unitIds, List<Long> who, String notes,
                           WorkDetails details) {
        return done(kind, on, at, unitIds, who, notes, details, List.of(), List.of());
    }

    private WorkEntry done(WorkKind kind, LocalDate on, LocalTime at, Set<Long> unitIds, List<Long> who, String notes,
                           WorkDetails details, List<WorkFinding> findings, List<String> highlights) {
        LocalDate day = on.isAfter(today) ? today : on;
        return log.save(new WorkEntry(0, kind, WorkStatus.DONE, day, at, unitIds, unitIds.isEmpty(), who, who.get(0), notes,
                "", details, findings, highlights));
    }

    private void planned(WorkKind kind, LocalDate on, Set<Long> unitIds, List<Long> who, WorkDetails details) {
        log.save(new WorkEntry(0, kind, WorkStatus.PLANNED, on, null, unitIds, false, who, who.get(0), "", "", details,
                List.of(), List.of()));
    }

    private LocalDate day(int week, int weekday) {
        return start.plusDays((week - 1) * 7L + weekday - 1);
    }

    /** A weekday of today's week, never after today. */
    private LocalDate weekday(int weekday) {
        LocalDate d = today.with(java.time.DayOfWeek.of(weekday));
        return d.isAfter(today) ? today : d;
    }
}
