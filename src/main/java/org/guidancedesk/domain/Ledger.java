package org.guidancedesk.domain;

import java.util.List;

/** 两本账: the 整治台账 of the special rectifications, and the 整改台账 of problems found. */
public enum Ledger {
    /** 整治台账: the eight 专项整治 set by the centre. */
    SPECIAL(List.of(
            "整治贯彻落实习近平新时代中国特色社会主义思想和党中央决策部署不力问题",
            "整治干事创业精气神不够问题",
            "整治违反中央八项规定精神问题",
            "整治形式主义、官僚主义问题",
            "整治领导干部配偶、子女及其配偶违规经商办企业问题",
            "整治对群众关心的利益问题漠然处之问题",
            "整治基层党组织软弱涣散问题",
            "整治对黄赌毒和黑恶势力听之任之甚至充当保护伞问题")),
    /** 整改台账: problems from inspection feedback, supervision, research and the public. */
    RECTIFY(List.of("巡视巡察反馈", "督查考核", "调研检视", "群众反映", "指导组反馈"));

    private final List<String> defaultCategories;

    Ledger(List<String> defaultCategories) {
        this.defaultCategories = defaultCategories;
    }

    /** The categories (整治 items or problem sources) a new file starts with; the user may edit them. */
    public List<String> defaultCategories() {
        return defaultCategories;
    }
}
