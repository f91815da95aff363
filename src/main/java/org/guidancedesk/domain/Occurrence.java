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

    /** Days it was sent after its due date (迟报); 0 when on time or not sent. */
    public long daysLate() {
        return submission.map(Submission::daysLate).orElse(0L);
    }

    /** Sent, but after its due date. */
    public boolean isLate() {
        return daysLate() > 0;
    }

    /**
     * The traffic light; a late submission is settled but not green (it was not on time), so it
     * shows yellow, with the word 迟报 wherever it is shown.
     */
    public TrafficLight light(LocalDate today, int warnDays) {
        if (isLate()) {
            return TrafficLight.YELLOW;
        }
        return TrafficLight.of(due, submission.isPresent(), false, today, warnDays);
    }
}
