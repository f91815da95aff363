package org.guidancedesk.domain;

/** 整改节点: fix at once, by a set date, or keep at it for the long term. */
public enum LedgerNode {
    /** 立行立改: fixed at once; a due date more than a month out is a warning sign. */
    IMMEDIATE,
    /** 限期整改: by a due date (often one of the campaign's 三个节点). */
    DEADLINE,
    /** 长期坚持: ongoing, no final due date. */
    LONG_TERM
}
