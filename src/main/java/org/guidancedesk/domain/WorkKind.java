package org.guidancedesk.domain;

/**
 * What the group did (工作记录的类别). Each kind carries its own details: the people talked to,
 * the places visited, a forum's topic, the meeting sat in on, a reminder's addressee.
 */
public enum WorkKind {
    /** 进驻: the group's first arrival at a unit; coverage counts it. */
    ARRIVAL,
    /** 个别谈话. */
    TALK,
    /** 分组访谈: several people, in groups. */
    GROUP_INTERVIEW,
    /** 实地调研. */
    VISIT,
    /** 座谈会. */
    FORUM,
    /** 列席会议: sitting in on a unit's own meeting (中心组学习, 专题民主生活会 …). */
    SITTING,
    /** 听取汇报. */
    BRIEFING,
    /** 查阅资料. */
    DOCUMENT_CHECK,
    /** 督促提醒: a phone call, a letter or a numbered 提示函, with a reply expected. */
    REMINDER,
    /** 组内会议: 碰头会, 临时党支部学习; concerns the group itself. */
    GROUP_MEETING;

    /** Talks and interviews: their details are the people talked to. */
    public boolean talks() {
        return this == TALK || this == GROUP_INTERVIEW;
    }
}
