package org.guidancedesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The usual required actions and group work items of a thematic-education campaign, drawn
 * from the campaign documents. A new group starts with them so nothing has to be typed;
 * every entry can be edited or removed in 设置. The titles are data (kept in the file), not
 * user-interface text.
 */
public final class StandardCatalog {
    private StandardCatalog() {}

    private record Entry(String title, String phase, boolean mustAttend, ActionScope scope) {}

    /** The four key measures and the closing summary (seed 003: 学习教育、调查研究、检视问题、整改落实), by code. */
    private static final Map<String, String> PHASES = Map.of("STUDY", "学习教育", "RESEARCH", "调查研究",
            "INSPECTION", "检视问题", "RECTIFICATION", "整改落实", "SUMMARY", "总结");
    private static final List<String> PHASE_ORDER = List.of("STUDY", "RESEARCH", "INSPECTION", "RECTIFICATION", "SUMMARY");

    private static final List<Entry> ENTRIES = List.of(
            new Entry("召开动员部署会", "STUDY", true, ActionScope.UNIT),
            new Entry("制定实施方案并报指导组审阅", "STUDY", false, ActionScope.UNIT),
            new Entry("举办读书班（集中学习研讨不少于7天）", "STUDY", true, ActionScope.UNIT),
            new Entry("一把手主持第一次集中学习并带头发言", "STUDY", true, ActionScope.UNIT),
            new Entry("讲专题党课", "STUDY", true, ActionScope.UNIT),
            new Entry("开展支部书记轮训", "STUDY", false, ActionScope.UNIT),
            new Entry("领导班子成员开展专题调研", "RESEARCH", false, ActionScope.UNIT),
            new Entry("召开调研成果交流会", "RESEARCH", true, ActionScope.UNIT),
            new Entry("形成问题清单", "INSPECTION", false, ActionScope.UNIT),
            new Entry("撰写对照检查材料", "INSPECTION", false, ActionScope.UNIT),
            new Entry("召开专题民主生活会", "INSPECTION", true, ActionScope.UNIT),
            new Entry("制定专项整治方案", "RECTIFICATION", false, ActionScope.UNIT),
            new Entry("通报整改落实情况", "RECTIFICATION", false, ActionScope.UNIT),
            new Entry("开展总结评估", "SUMMARY", true, ActionScope.UNIT),

            new Entry("召开指导组内部学习会", "STUDY", false, ActionScope.GROUP),
            new Entry("与联系单位召开见面沟通会", "STUDY", false, ActionScope.GROUP),
            new Entry("审阅各单位实施方案并反馈意见", "STUDY", false, ActionScope.GROUP),
            new Entry("开展个别谈话", "RESEARCH", false, ActionScope.GROUP),
            new Entry("采取“四不两直”方式实地调研", "RESEARCH", false, ActionScope.GROUP),
            new Entry("召开座谈会听取意见建议", "RESEARCH", false, ActionScope.GROUP),
            new Entry("审阅对照检查材料", "INSPECTION", false, ActionScope.GROUP),
            new Entry("督促建立整改台账（两本账）", "RECTIFICATION", false, ActionScope.GROUP),
            new Entry("跟踪专项整治进展", "RECTIFICATION", false, ActionScope.GROUP),
            new Entry("撰写指导工作总结报告", "SUMMARY", false, ActionScope.GROUP));

    /**
     * The phases of both scopes as new rows (id 0), in order: the same five headings for the
     * units' actions and, until the group renames them into its own areas, the group's items.
     */
    public static List<Phase> phases() {
        List<Phase> result = new ArrayList<>();
        for (ActionScope scope : ActionScope.values()) {
            for (int i = 0; i < PHASE_ORDER.size(); i++) {
                result.add(new Phase(0, scope, PHASE_ORDER.get(i), PHASES.get(PHASE_ORDER.get(i)), i + 1));
            }
        }
        return result;
    }

    /**
     * The catalogue as new actions (id 0, no due window), in display order, each under the
     * stored phase of its scope with its code.
     *
     * @throws IllegalArgumentException when {@code stored} lacks one of {@link #phases()}
     */
    public static List<RequiredAction> actions(List<Phase> stored) {
        List<RequiredAction> result = new ArrayList<>();
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry e = ENTRIES.get(i);
            Phase phase = stored.stream().filter(p -> p.scope() == e.scope() && p.code().equals(e.phase())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no phase " + e.scope() + " " + e.phase()));
            result.add(new RequiredAction(0, e.title(), phase, e.mustAttend(), null, null, e.scope(), i + 1));
        }
        return result;
    }
}
