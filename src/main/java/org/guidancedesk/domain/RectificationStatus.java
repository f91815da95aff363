package org.guidancedesk.domain;

/** 整改状态. Only {@link #CLOSED} (已销号) needs a verification date and who verified. */
public enum RectificationStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, CLOSED, ONGOING;

    /** Finished for the traffic light: completed, closed, or an ongoing long-term task. */
    public boolean settled() {
        return this == COMPLETED || this == CLOSED || this == ONGOING;
    }

    /** Completed or closed: the item counts as 已完成 in the figures. */
    public boolean completed() {
        return this == COMPLETED || this == CLOSED;
    }
}
