package org.guidancedesk.service;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Ledger;

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
    /** The tabs in order. */
    static final List<String> TABS = List.of(PHASES, ACTIONS, ITEMS, CATEGORIES, DEADLINES);

    /** Each tab's columns, in order; every one must be there on import. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            PHASES, List.of("类别", "名称", "代码"),
            ACTIONS, List.of("阶段", "名称", "指导组参加", "起始日期", "截止日期"),
            ITEMS, List.of("方面", "名称", "起始日期", "截止日期"),
            CATEGORIES, List.of("台账", "类别"),
            DEADLINES, List.of("名称", "方式", "日期", "起始日期", "截止日期", "时间", "报送对象", "说明"));

    /** The 阶段 tab's 类别: whose phase it is. */
    static final Map<ActionScope, String> SCOPE_WORDS = Map.of(ActionScope.UNIT, "规定动作", ActionScope.GROUP, "工作事项");
    static final Map<Ledger, String> LEDGER_WORDS = Map.of(Ledger.SPECIAL, "整治台账", Ledger.RECTIFY, "整改台账");
    static final String MUST_ATTEND = "★";
    /** The 上报材料 tab's 方式. */
    static final String ONCE = "一次";
    static final String WEEKLY = "每周";
    static final String MONTHLY = "每月";
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
