package org.guidancedesk.domain;

/** 点位的类别, in the order the reports list them: "3个市（县）、2个村（社区）、1户企业…". */
public enum PlaceKind {
    /** 市（县）. */
    CITY_COUNTY,
    /** 乡镇（街道）. */
    TOWNSHIP,
    /** 村（社区）. */
    VILLAGE,
    /** 企业. */
    ENTERPRISE,
    /** 学校和科研院所. */
    SCHOOL,
    /** 医院. */
    HOSPITAL,
    /** 机关窗口单位. */
    SERVICE_WINDOW,
    /** 红色纪念场馆. */
    RED_SITE,
    /** 其他. */
    OTHER
}
