package org.guidancedesk.domain;

/** The group's conclusion on a round: 通过, 修改后重报 (by a date), 重新撰写. */
public enum ReviewResult {
    APPROVED, REVISE, REWRITE;

    /** Whether the unit has to send the document again. */
    public boolean sendsBack() {
        return this != APPROVED;
    }
}
