package org.guidancedesk.domain;

/** The kind of a unit's meeting the group sat in on; the reports count sittings by it. */
public enum MeetingKind {
    /** 党委（党组）理论学习中心组学习. */
    CENTRAL_GROUP_STUDY,
    /** 专题民主生活会. */
    DEMOCRATIC_LIFE,
    /** 动员部署会. */
    MOBILISATION,
    /** 读书班. */
    READING_CLASS,
    /** 专题党课. */
    PARTY_LECTURE,
    /** 其他. */
    OTHER
}
