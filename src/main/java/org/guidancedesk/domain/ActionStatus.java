package org.guidancedesk.domain;

/** The stored state of one action record (未安排 / 已安排 / 已完成 / 不适用). */
public enum ActionStatus { NOT_SCHEDULED, SCHEDULED, DONE, NOT_APPLICABLE }
