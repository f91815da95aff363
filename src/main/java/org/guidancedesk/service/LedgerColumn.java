package org.guidancedesk.service;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The columns of a ledger file: the header our export writes (the usual Chinese 台账 layout)
 * and the other headers units use for the same thing, which import recognises.
 */
public enum LedgerColumn {
    SERIAL("序号", "序", "No", "No."),
    /** The item's own code ("整改-007"): an import finds the existing item by it (a plain number is no code). */
    CODE("编号", "问题编号", "事项编号"),
    LEDGER("台账", "所属台账", "台账类型", "台账类别"),
    CATEGORY("类别", "问题类别", "问题来源", "来源", "专项整治类别", "整治类别", "专项整治内容", "专项整治", "问题类型"),
    UNIT("单位", "单位名称", "联系单位", "被指导单位", "所属单位", "填报单位"),
    PROBLEM("问题描述", "问题表现", "问题", "存在问题", "具体问题", "问题清单", "主要问题", "问题内容", "反馈问题"),
    MEASURES("整改措施", "措施", "整改举措", "整治措施", "具体措施", "整改目标及措施"),
    /** 整改标准: what "done" means (one of the 台账's 五个明确). */
    STANDARD("整改标准", "整改目标", "完成标准", "整改要求", "验收标准", "目标要求"),
    LEADER("责任领导", "牵头领导", "分管领导", "责任领导同志"),
    OWNER("责任部门/责任人", "责任单位/责任人", "责任部门", "责任单位", "责任人", "责任处室", "牵头部门",
            "责任部门（责任人）", "责任单位（责任人）", "牵头单位", "责任主体"),
    NODE("节点", "整改类型", "整改节点", "整改方式", "类型"),
    DUE("整改时限", "完成时限", "时限", "整改期限", "时限要求", "完成时间要求", "整改时间", "计划完成时间"),
    /** 原定完成时限: an extended item's first due date (整改时限 is then the date in force). */
    ORIGINAL_DUE("原定完成时限", "原定时限", "原完成时限", "原整改时限", "原定整改时限", "原计划完成时间", "延期前时限"),
    /** 延期说明: each 延期 a line (when, from and to, who approved it, why), or a unit's own words. */
    EXTENSION("延期说明", "延期情况", "延期原因", "延期理由", "延期事由", "延期审批情况"),
    STATUS("状态", "整改状态", "完成情况", "整改情况", "进展状态", "整改进度"),
    PROGRESS("进展情况", "整改进展", "进展", "工作进展", "推进情况", "最新进展"),
    COMPLETED_ON("完成时间", "完成日期", "实际完成时间", "办结时间"),
    VERIFIED_ON("销号时间", "销号日期", "验收时间", "验收日期"),
    VERIFIED_BY("验收人", "销号验收人", "验收单位", "验收部门"),
    EVIDENCE("佐证材料", "佐证", "证明材料", "佐证材料目录", "文号"),
    REMARKS("备注", "说明"),
    CREATED_ON("登记日期", "立项日期", "登记时间", "立项时间");

    private final String header;
    /** The header and its synonyms normalised once: every header of a file is compared with all of them. */
    private final List<String> normalised;

    LedgerColumn(String header, String... synonyms) {
        this.header = header;
        List<String> names = new java.util.ArrayList<>();
        names.add(normalise(header));
        for (String s : synonyms) {
            names.add(normalise(s));
        }
        this.normalised = List.copyOf(names);
    }

    /** The header our export writes. */
    public String header() {
        return header;
    }

    /** Whether a file must map a column to this field before its rows can be read. */
    public boolean required() {
        return this == PROBLEM;
    }


    /** The header without blanks or a trailing remark in brackets: "整改时限\n（年月日）" → "整改时限". */
    static String normalise(String header) {
        String h = Patterns.BLANKS.matcher(header).replaceAll("").replace('(', '（').replace(')', '）').replace('／', '/');
        h = Patterns.MARKS.matcher(Patterns.TRAILING_REMARK.matcher(h).replaceAll("")).replaceAll("");
        return h.toLowerCase(Locale.ROOT);
    }

    /**
     * The field a header names (blanks, line breaks and a trailing （…） ignored), or {@code null}
     * if none does.
     */
    static LedgerColumn forHeader(String fileHeader) {
        String h = normalise(fileHeader);
        if (h.isEmpty()) {
            return null;
        }
        for (LedgerColumn c : values()) {
            if (c.normalised.contains(h)) {
                return c;
            }
        }
        return null;
    }

    /** Compiled once; in their own class, since an enum's constructors run before its static fields are set. */
    private static final class Patterns {
        static final Pattern BLANKS = Pattern.compile("\\s+");
        static final Pattern TRAILING_REMARK = Pattern.compile("（[^（）]*）$");
        static final Pattern MARKS = Pattern.compile("[*＊:：]");
    }
}
