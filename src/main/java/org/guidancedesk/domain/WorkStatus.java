package org.guidancedesk.domain;

/** 计划 / 已完成 / 取消. Only done entries count in any figure. */
public enum WorkStatus {
    PLANNED, DONE, CANCELLED
}
