package org.guidancedesk.domain;

/** The two weekly reports: the group's internal status sheet (周工作进展表) and the 工作动态 sent upward. */
public enum ReportKind { SHEET, DYNAMIC }
