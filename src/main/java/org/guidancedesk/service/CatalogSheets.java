package org.guidancedesk.service;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.UnitKindRule;

/**
 * The layout of a catalogue workbook, one definition for its export and its import: the tabs
 * and their columns, and the words in their cells. Always Chinese, like a ledger file: it is a
 * campaign document passed from office to group.
 */
final class CatalogSheets {
    static final String PHASES = "阶段";
    static final String ACTIONS = "规定动作";
    static final String ITEMS = "工作事项";
    static final String CATEGORIES = "台账类别";
    static final String DEADLINES = "上报材料";
    static final String NODES = "三个节点";
    static final String REVIEWS = "审阅材料";
    static final String UNIT_KINDS = "单位类型";
    /** The tabs every catalogue workbook has, in order. */
    static final List<String> TABS = List.of(PHASES, ACTIONS, ITEMS, CATEGORIES, DEADLINES);
    /**
     * The tabs after them, the rest of the campaign: a workbook written before they were (five
     * tabs) still imports, and holds none of it; a tab that is there must have its columns.
     */
    static final List<String> CAMPAIGN_TABS = List.of(NODES, REVIEWS, UNIT_KINDS);

    /** Each tab's columns, in order; every one must be there on import. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            PHASES, List.of("类别", "名称", "代码"),
            ACTIONS, List.of("阶段", "名称", "指导组参加", "起始日期", "截止日期"),
            ITEMS, List.of("方面", "名称", "起始日期", "截止日期"),
            CATEGORIES, List.of("台账", "类别"),
            DEADLINES, List.of("名称", "方式", "日期", "起始日期", "截止日期", "时间", "报送对象", "说明"),
            NODES, List.of("节点", "日期"),
            REVIEWS, List.of("名称", "审阅标准"),
            UNIT_KINDS, List.of("单位类型", "规则", "规定动作名称"));

    /**
     * Columns a tab may have and an older workbook lacks: a work item's 负责人 (a member's name;
     * one the group does not have leaves the item's owner as it is) and 重复 (每周三, 每月15日).
     */
    static final Map<String, List<String>> OPTIONAL_COLUMNS = Map.of(ITEMS, List.of("负责人", "重复"));

    /** The 阶段 tab's 类别: whose phase it is. */
    static final Map<ActionScope, String> SCOPE_WORDS = Map.of(ActionScope.UNIT, "规定动作", ActionScope.GROUP, "工作事项");
    static final Map<Ledger, String> LEDGER_WORDS = Map.of(Ledger.SPECIAL, "整治台账", Ledger.RECTIFY, "整改台账");
    static final String MUST_ATTEND = "★";
    /** The 上报材料 tab's 方式. */
    static final String ONCE = "一次";
    static final String WEEKLY = "每周";
    static final String MONTHLY = "每月";
    /** The 单位类型 tab's words, the program's Chinese names of the kinds (the codes, UNIVERSITY …, are read too). */
    static final Map<UnitKind, String> UNIT_KIND_WORDS = Map.of(UnitKind.PROVINCE, "省区市", UnitKind.MINISTRY, "部委",
            UnitKind.ENTERPRISE, "企业", UnitKind.UNIVERSITY, "高校", UnitKind.CITY, "市", UnitKind.COUNTY, "县",
            UnitKind.CITY_DEPARTMENT, "市直部门", UnitKind.OTHER, "其他");
    static final List<String> UNIT_KIND_WORDS_IN_ORDER = java.util.Arrays.stream(UnitKind.values())
            .map(UNIT_KIND_WORDS::get).toList();
    /** The 单位类型 tab's 规则: 增加, the action is for units of the kinds adding it only; 不适用, not for this kind. */
    static final Map<UnitKindRule.Rule, String> RULE_WORDS = Map.of(UnitKindRule.Rule.ADD, "增加",
            UnitKindRule.Rule.NOT_APPLICABLE, "不适用");
    /** A 审阅材料 row's criteria in one cell: "；" between them (as the templates write them), or one a line. */
    static final String CRITERIA_SEPARATOR = "；";
    private static final List<String> WEEKDAYS = List.of("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日");

    private CatalogSheets() {}

    static String weekday(DayOfWeek d) {
        return WEEKDAYS.get(d.getValue() - 1);
    }

    /** 星期五, 周五 or 五 → Friday. */
    static Optional<DayOfWeek> weekday(String word) {
        String w = word.strip().replaceFirst("^(星期|周|礼拜)", "");
        int i = "一二三四五六日".indexOf(w.isEmpty() ? "?" : w.substring(0, 1));
        return w.length() == 1 && i >= 0 ? Optional.of(DayOfWeek.of(i + 1))
                : "天".equals(w) ? Optional.of(DayOfWeek.SUNDAY) : Optional.empty();
    }

    /** 第一个节点 … 第三个节点: the 三个节点 tab's 节点, by place (0-based). */
    static String node(int index) {
        return "第" + "一二三".charAt(index) + "个节点";
    }

    /** 第一个节点, 第一节点, 一, 1 → 0; empty when it names none of the campaign's nodes. */
    static Optional<Integer> node(String word) {
        String w = word.strip().replaceFirst("^第", "").replaceFirst("个?节点$", "");
        int i = w.length() == 1 ? Math.max("一二三".indexOf(w), "123".indexOf(w)) : -1;
        return i >= 0 && i < LedgerService.MAX_MILESTONES ? Optional.of(i) : Optional.empty();
    }

    /** A kind by its Chinese name or its code. */
    static Optional<UnitKind> unitKind(String word) {
        String w = word.strip();
        return UNIT_KIND_WORDS.entrySet().stream().filter(e -> e.getValue().equals(w) || e.getKey().name().equalsIgnoreCase(w))
                .map(Map.Entry::getKey).findFirst();
    }

    static <K> Optional<K> keyOf(Map<K, String> words, String word) {
        return words.entrySet().stream().filter(e -> e.getValue().equals(word.strip())
                || e.getValue().startsWith(word.strip()) && word.strip().length() >= 2).map(Map.Entry::getKey).findFirst();
    }

    /** ★, 是, √, ✔, Y: the group attends; blank, 否: it does not. */
    static Optional<Boolean> mustAttend(String word) {
        String w = word.strip();
        if (w.isEmpty() || w.equals("否") || w.equalsIgnoreCase("N")) {
            return Optional.of(false);
        }
        return List.of(MUST_ATTEND, "☆", "是", "√", "✔", "✓", "Y").stream().anyMatch(x -> x.equalsIgnoreCase(w))
                ? Optional.of(true) : Optional.empty();
    }
}
