package org.guidancedesk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The usual required actions and group work items of a thematic-education campaign, drawn
 * from the campaign documents. A new group starts with them so nothing has to be typed;
 * every entry can be edited or removed in 设置. The titles are data (kept in the file), not
 * user-interface text.
 */
public final class StandardCatalog {
    private StandardCatalog() {}

    private record Entry(String title, Phase phase, boolean mustAttend, ActionScope scope) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("召开动员部署会", Phase.STUDY, true, ActionScope.UNIT),
            new Entry("制定实施方案并报指导组审阅", Phase.STUDY, false, ActionScope.UNIT),
            new Entry("举办读书班（集中学习研讨不少于7天）", Phase.STUDY, true, ActionScope.UNIT),
            new Entry("一把手主持第一次集中学习并带头发言", Phase.STUDY, true, ActionScope.UNIT),
            new Entry("讲专题党课", Phase.STUDY, true, ActionScope.UNIT),
            new Entry("开展支部书记轮训", Phase.STUDY, false, ActionScope.UNIT),
            new Entry("领导班子成员开展专题调研", Phase.RESEARCH, false, ActionScope.UNIT),
            new Entry("召开调研成果交流会", Phase.RESEARCH, true, ActionScope.UNIT),
            new Entry("形成问题清单", Phase.INSPECTION, false, ActionScope.UNIT),
            new Entry("撰写对照检查材料", Phase.INSPECTION, false, ActionScope.UNIT),
            new Entry("召开专题民主生活会", Phase.INSPECTION, true, ActionScope.UNIT),
            new Entry("制定专项整治方案", Phase.RECTIFICATION, false, ActionScope.UNIT),
            new Entry("通报整改落实情况", Phase.RECTIFICATION, false, ActionScope.UNIT),
            new Entry("开展总结评估", Phase.SUMMARY, true, ActionScope.UNIT),

            new Entry("召开指导组内部学习会", Phase.STUDY, false, ActionScope.GROUP),
            new Entry("与联系单位召开见面沟通会", Phase.STUDY, false, ActionScope.GROUP),
            new Entry("审阅各单位实施方案并反馈意见", Phase.STUDY, false, ActionScope.GROUP),
            new Entry("开展个别谈话", Phase.RESEARCH, false, ActionScope.GROUP),
            new Entry("采取“四不两直”方式实地调研", Phase.RESEARCH, false, ActionScope.GROUP),
            new Entry("召开座谈会听取意见建议", Phase.RESEARCH, false, ActionScope.GROUP),
            new Entry("审阅对照检查材料", Phase.INSPECTION, false, ActionScope.GROUP),
            new Entry("督促建立整改台账（两本账）", Phase.RECTIFICATION, false, ActionScope.GROUP),
            new Entry("跟踪专项整治进展", Phase.RECTIFICATION, false, ActionScope.GROUP),
            new Entry("撰写指导工作总结报告", Phase.SUMMARY, false, ActionScope.GROUP));

    /** The catalogue as new actions (id 0, no due window), in display order. */
    public static List<RequiredAction> actions() {
        List<RequiredAction> result = new ArrayList<>();
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry e = ENTRIES.get(i);
            result.add(new RequiredAction(0, e.title(), e.phase(), e.mustAttend(), null, null, e.scope(), i + 1));
        }
        return result;
    }
}
