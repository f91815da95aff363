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

    /** A submitted date may not lie in the future. */
    public void checkAgainst(LocalDate today) {
        DateRange.check("submission.submittedOn", submittedOn);
        if (submittedOn.isAfter(today)) {
            throw new ValidationException("submission.submittedOn", "validation.submittedInFuture");
        }
    }
}
