package org.guidancedesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;

/**
 * The demo's two ledgers: a few dozen items over all units, ledgers, nodes and states, with
 * overdue and soon-due items, progress notes, and one example of each warning (a long task
 * filed as 立行立改, a year-end cluster in 南山县, a near-duplicate in 西岭市); a few items with
 * their 整改标准, three 延期 (two the week before, one this week; none of them late before or
 * after) and one 退回 of a completion not accepted. Dates count from the demo's today.
 */
final class DemoLedger {
    private static final RectificationStatus NS = RectificationStatus.NOT_STARTED;
    private static final RectificationStatus IP = RectificationStatus.IN_PROGRESS;
    private static final RectificationStatus DONE = RectificationStatus.COMPLETED;
    private static final RectificationStatus CLOSED = RectificationStatus.CLOSED;
    private static final RectificationStatus ONGOING = RectificationStatus.ONGOING;

    /**
     * One item: unit index, ledger, category index, texts, node, due (days from today, or null),
     * status, completed and verified (days from today, or null), filed (days from today), notes.
     */
    private record Row(int unit, Ledger ledger, int category, String problem, String measures, String leader,
                       String owner, LedgerNode node, Integer due, RectificationStatus status, Integer completed,
                       Integer verified, int filed, List<String> notes) {}

    /** A due "date" meaning the 31st of December (this year, or next once the year is nearly out). */
    private static final int YEAR_END = Integer.MIN_VALUE;

    private static final Ledger Z = Ledger.SPECIAL;
    private static final Ledger G = Ledger.RECTIFY;
    private static final LedgerNode NOW = LedgerNode.IMMEDIATE;
    private static final LedgerNode BY = LedgerNode.DEADLINE;
    private static final LedgerNode LONG = LedgerNode.LONG_TERM;

    // Units: 0 东江省, 1 国家水利发展部, 2 北方能源集团, 3 江城大学, 4 西岭市, 5 南山县.
    // 整改 categories: 0 巡视巡察反馈, 1 督查考核, 2 调研检视, 3 群众反映, 4 指导组反馈.
    private static final List<Row> ROWS = List.of(
            new Row(0, G, 0, "省委巡视反馈：部分省直单位落实重大决策部署“最后一公里”不畅，政策执行存在层层衰减",
                    "建立重大决策部署落实台账，实行清单化管理、销号式推进；每季度开展一次专项督查", "王建国",
                    "省委督查室／刘强", BY, 40, IP, null, null, -30, List.of("-20:已建立落实台账，梳理重点任务46项", "-6:完成第一轮专项督查，通报问题11个")),
            new Row(0, G, 2, "调研检视发现：基层反映报表多、填报系统多，“指尖上的形式主义”问题突出",
                    "全面清理各类政务App和工作群，整合报表，建立报表准入制度", "李红", "省委办公厅／陈刚", NOW, 6, IP,
                    null, null, -20, List.of("-10:已清理政务App 37个、工作群112个")),
            new Row(0, Z, 3, "文件会议仍然偏多，以文件落实文件、以会议落实会议现象未根本扭转",
                    "精简文件会议，省级发文同比减少30%以上，推行无会周制度", "李红", "省委办公厅", BY, 6, DONE, -3,
                    null, -34, List.of("-3:省级发文同比减少33%，无会周制度已实行")),
            new Row(0, Z, 2, "个别地方公务接待超标准、超范围，违规发放津补贴问题时有发生",
                    "开展违反中央八项规定精神问题专项检查，对查实问题严肃问责并通报", "赵志刚", "省纪委监委",
                    LONG, null, ONGOING, null, null, -34, List.of("-14:第一轮专项检查完成，查处问题8起")),
            new Row(0, G, 4, "指导组反馈：读书班研讨发言照本宣科多，联系实际剖析少", "对研讨发言进行质量把关，下阶段研讨实行点题发言",
                    "王建国", "省委主题教育办", NOW, -8, CLOSED, -12, -9, -21, List.of()),

            new Row(1, G, 0, "巡视反馈：水利工程项目审批环节多、时限长，企业群众办事不便", "压减审批环节，推行并联审批，审批时限压缩50%",
                    "孙立平", "政策法规司／周明", BY, 20, IP, null, null, -28,
                    List.of("-15:审批事项由28项精简为19项", "-2:并联审批系统上线试运行")),
            new Row(1, G, 1, "督查考核发现：部分直属单位党建与业务“两张皮”", "制定党建与业务融合考核办法，纳入年度考核",
                    "孙立平", "机关党委", BY, -3, IP, null, null, -30, List.of("-12:考核办法已起草，正在征求意见")),
            new Row(1, Z, 0, "对习近平总书记关于治水重要论述学习贯彻不够深入，转化为具体举措不够",
                    "组织专题学习研讨，形成贯彻落实具体举措清单", "黄海涛", "部机关党委", BY, -10, DONE, -11, null,
                    -33, List.of("-11:举措清单已印发")),
            new Row(1, Z, 1, "部分干部担当精神不足，遇到难题绕着走、推着办", "建立容错纠错机制，开展“担当作为”典型选树",
                    "黄海涛", "人事司", LONG, null, ONGOING, null, null, -33, List.of()),
            new Row(1, G, 3, "群众反映：农村饮水工程维修响应慢", "建立维修服务热线和48小时响应机制", "孙立平",
                    "农村水利司", NOW, 2, IP, null, null, -9, List.of("-4:热线已开通")),

            new Row(2, G, 0, "巡视反馈：对下属企业选人用人监督不到位", "修订领导人员管理规定，开展选人用人专项检查",
                    "马骏", "组织部（人力资源部）", BY, 67, NS, null, null, -25, List.of()),
            new Row(2, Z, 4, "部分二级单位会议多、检查多、调研扎堆", "统筹督查检查考核，年度检查计划实行总部审批",
                    "马骏", "党群工作部", BY, -6, IP, null, null, -35, List.of("-20:已汇总年度检查计划")),
            new Row(2, G, 2, "调研检视发现：安全生产责任落实存在层层递减", "开展安全生产大检查，完善全员安全生产责任清单",
                    "刘志强", "安全环保部", BY, 1, IP, null, null, -22, List.of("-8:大检查已覆盖12家二级单位")),
            new Row(2, G, 4, "指导组反馈：实施方案中整改时限设置不够具体", "逐项明确整改时限和责任人，重新报指导组审阅",
                    "马骏", "党群工作部", NOW, -15, CLOSED, -18, -16, -24, List.of()),
            new Row(2, Z, 0, "贯彻落实能源安全新战略存在短板，清洁能源项目推进滞后", "制定清洁能源发展三年行动计划",
                    "刘志强", "战略规划部", BY, 218, NS, null, null, -19, List.of()),

            new Row(3, G, 0, "巡察反馈：学院党组织“三会一课”制度落实不严格", "开展组织生活专项检查，建立学院党建工作例会制度",
                    "何静", "党委组织部", BY, 3, IP, null, null, -26, List.of("-5:专项检查已覆盖全部21个学院")),
            new Row(3, G, 3, "学生反映：食堂饭菜价格偏高、品种少", "引入第三方评价，增设平价窗口", "陈思远", "后勤保障处",
                    NOW, -12, DONE, -14, null, -30, List.of("-14:平价窗口已开设6个")),
            new Row(3, Z, 6, "个别基层党支部组织力不强，党员教育管理宽松软", "整顿软弱涣散党支部，配强支部书记",
                    "何静", "党委组织部", BY, 36, IP, null, null, -30, List.of()),
            new Row(3, G, 2, "科研经费报销手续繁琐，教师反映强烈", "精简报销流程，推行线上报销和“最多跑一次”",
                    "陈思远", "财务处", NOW, 50, IP, null, null, -7, List.of()),
            new Row(3, G, 4, "指导组反馈：调研成果转化不够", "建立调研成果转化清单，逐项明确落实举措", "陈思远",
                    "党委办公室", BY, 13, NS, null, null, -5, List.of()),

            new Row(4, G, 3, "群众反映：老旧小区加装电梯推进慢", "出台加装电梯财政补贴办法，简化审批", "郑国强",
                    "市住建局", BY, -5, IP, null, null, -31, List.of("-18:补贴办法已出台", "-4:已完成审批42部")),
            new Row(4, G, 3, "群众反映：老旧小区加装电梯进展慢，审批手续多", "简化加装电梯审批，明确补贴标准", "郑国强",
                    "市住建局", BY, 36, NS, null, null, -6, List.of()),
            new Row(4, Z, 5, "部分部门对群众诉求回应不及时，“12345”热线办结率偏低", "实行热线工单限时办结和回访制度",
                    "郑国强", "市政务服务中心", BY, 6, IP, null, null, -30, List.of("-9:办结率由81%提升到93%")),
            new Row(4, Z, 7, "个别村（社区）存在涉黑涉恶线索排查不彻底问题", "开展线索大起底，逐条核查销号",
                    "周斌", "市委政法委", LONG, null, ONGOING, null, null, -32, List.of()),
            new Row(4, G, 1, "督查考核发现：营商环境评价指标排名靠后", "对标先进地区，制定优化营商环境行动方案",
                    "郑国强", "市发改委", BY, -20, DONE, -22, null, -34, List.of()),

            new Row(5, G, 3, "群众反映：乡村道路破损严重，雨天出行难", "实施乡村道路修复工程", "吴晓燕", "县交通运输局",
                    BY, YEAR_END, IP, null, null, -27, List.of("-10:已修复道路12公里")),
            new Row(5, G, 2, "调研检视发现：村级集体经济薄弱，“空壳村”较多", "制定发展壮大村级集体经济三年计划",
                    "吴晓燕", "县委组织部", BY, YEAR_END, NS, null, null, -27, List.of()),
            new Row(5, Z, 6, "部分村党组织书记年龄偏大、能力偏弱", "开展村党组织书记队伍优化提升行动", "吴晓燕",
                    "县委组织部", BY, YEAR_END, NS, null, null, -27, List.of()),
            new Row(5, G, 0, "巡察反馈：扶贫项目资金拨付滞后", "建立项目资金拨付进度月通报制度", "林涛", "县财政局",
                    BY, YEAR_END, IP, null, null, -27, List.of()),
            new Row(5, Z, 3, "少数干部工作作风漂浮，下基层调研走马观花", "推行干部驻村蹲点调研制度", "林涛",
                    "县委办公室", BY, YEAR_END, NS, null, null, -27, List.of()),
            new Row(5, G, 4, "指导组反馈：专项整治方案针对性不强", "修改完善专项整治方案，报指导组审核", "吴晓燕",
                    "县委主题教育办", NOW, -9, IP, null, null, -19, List.of("-12:已修改一稿")),
            new Row(5, G, 3, "群众反映：县医院看病排队时间长", "推行分时段预约诊疗，增加门诊窗口", "林涛",
                    "县卫健局", NOW, -20, CLOSED, -24, -21, -33, List.of()));

    /** 整改标准 of a few items, by their index in {@link #ROWS}. */
    private static final Map<Integer, String> STANDARDS = Map.of(
            0, "46项重点任务全部销号，专项督查发现问题整改率100%",
            1, "政务App和工作群压减50%以上，基层报表精简三分之一",
            5, "审批事项精简到20项以内，审批时限压缩50%",
            15, "每个学院每月至少召开一次支部委员会，党课每季度不少于一次",
            20, "年内完成审批100部以上，补贴资金全部拨付到位",
            25, "破损道路全部修复，雨季通行无阻断");

    /** 延期: item index, approved (days from today), new due (days from today), approver, reason. */
    private record Extension(int item, int approved, int to, String approvedBy, String reason) {}

    private static final List<Extension> EXTENSIONS = List.of(
            new Extension(0, -2, 68, "组长 王建国", "需与省直单位年度考核衔接，第二轮专项督查安排在年度考核期间"),
            new Extension(5, -1, 51, "组长 王建国", "并联审批系统需与国家政务服务平台对接，对接测试安排在下月"),
            new Extension(17, -3, 97, "副组长 陈志刚", "软弱涣散支部整顿需经一个学期检验，寒假前完成评估验收"));

    /** 退回: item index, day (from today), reason. */
    private static final int SENT_BACK = 2;
    private static final int SENT_BACK_ON = -1;
    private static final String SENT_BACK_REASON = "佐证材料只有发文统计，未见无会周执行记录，请补充后再报";

    private DemoLedger() {}

    private static LocalDate due(Integer days, LocalDate today) {
        if (days == null) {
            return null;
        }
        if (days == YEAR_END) {
            return LocalDate.of(today.getYear() + (today.getMonthValue() == 12 && today.getDayOfMonth() > 20 ? 1 : 0),
                    12, 31);
        }
        return today.plusDays(days);
    }

    /** Writes the items and the three nodes (end of this month, next June, next year's end). */
    static void write(LedgerService ledger, List<Long> unitIds, LocalDate today) {
        List<Rectification> items = new ArrayList<>();
        for (Row r : ROWS) {
            Rectification.Builder b = Rectification.builder(r.ledger(), unitIds.get(r.unit()), today.plusDays(r.filed()))
                    .category(ledger.categories(r.ledger()).get(r.category()))
                    .problem(r.problem()).measures(r.measures()).leader(r.leader()).owner(r.owner())
                    .node(r.node()).due(due(r.due(), today)).standard(STANDARDS.getOrDefault(items.size(), ""))
                    .rawStatus(r.status());
            if (r.completed() != null) {
                b.completedOn(today.plusDays(r.completed()));
            }
            if (r.verified() != null) {
                b.verifiedOn(today.plusDays(r.verified())).verifiedBy("中央第十八指导组");
            }
            items.add(b.build());
        }
        List<Rectification> saved = ledger.insertAsGiven(items);
        for (int i = 0; i < ROWS.size(); i++) {
            for (String note : ROWS.get(i).notes()) {
                int colon = note.indexOf(':');
                ledger.addProgress(saved.get(i).id(), today.plusDays(Integer.parseInt(note.substring(0, colon))),
                        note.substring(colon + 1));
            }
        }
        for (Extension e : EXTENSIONS) {
            ledger.extend(saved.get(e.item()).id(), today.plusDays(e.to()), e.reason(), e.approvedBy(),
                    today.plusDays(e.approved()));
        }
        ledger.sendBack(saved.get(SENT_BACK).id(), SENT_BACK_REASON, today.plusDays(SENT_BACK_ON));
        ledger.setMilestones(List.of(today.withDayOfMonth(today.lengthOfMonth()),
                LocalDate.of(today.getYear() + 1, 6, 30), LocalDate.of(today.getYear() + 1, 12, 31)));
    }
}
