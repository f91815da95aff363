package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a deadline marked 已报: when it was submitted and what was sent (a file
 * path or document number).
 */
public record Submission(long deadlineId, LocalDate due, LocalDate submittedOn, String sent) {
    public Submission {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(submittedOn, "submittedOn");
        sent = Text.optional("submission.sent", sent);
    }

    /** Days after its due date it was sent (迟报 N 天); 0 when sent on or before the day. */
    public long daysLate() {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(due, submittedOn));
    }

    /** A submitted date may not lie in the future. */
    public void checkAgainst(LocalDate today) {
        DateRange.check("submission.submittedOn", submittedOn);
        if (submittedOn.isAfter(today)) {
            throw new ValidationException("submission.submittedOn", "validation.submittedInFuture");
        }
    }
}
