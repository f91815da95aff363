package org.guidancedesk.domain;

/**
 * Where a review stands: 未收到 (nothing received), 审阅中 (a round received, the group's
 * feedback not given yet), 待重报 (sent back, the unit's next version awaited), 通过.
 */
public enum ReviewState {
    NOT_RECEIVED, IN_REVIEW, RESUBMIT, APPROVED
}
