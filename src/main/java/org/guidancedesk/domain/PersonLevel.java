package org.guidancedesk.domain;

/** The rank of a person talked to; the reports name 主要负责同志 separately. */
public enum PersonLevel {
    /** 主要负责同志. */
    HEAD,
    /** 班子成员. */
    LEADERSHIP,
    /** 中层干部. */
    MIDDLE,
    /** 普通党员. */
    MEMBER,
    /** 群众. */
    PUBLIC,
    /** 其他. */
    OTHER
}
