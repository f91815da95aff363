package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Optional;

/** One due date of a deadline, with its submission if it was made. */
public record Occurrence(Deadline deadline, LocalDate due, Optional<Submission> submission) {

    /** 待报, 已报, or 逾期 when not submitted by its due date. */
    public enum State { PENDING, SUBMITTED, OVERDUE }

    public State state(LocalDate today) {
        if (submission.isPresent()) {
            return State.SUBMITTED;
        }
        return due.isBefore(today) ? State.OVERDUE : State.PENDING;
    }

    public TrafficLight light(LocalDate today, int warnDays) {
        return TrafficLight.of(due, submission.isPresent(), false, today, warnDays);
    }
}
