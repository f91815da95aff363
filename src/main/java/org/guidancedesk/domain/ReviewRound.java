package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One round of a review: the version the unit sent (收到, the day and the version or file it
 * came as) and, once given, the group's feedback on it.
 *
 * @param number   1 for the first version received, then 2, 3 …
 * @param version  "第二稿", a file path or a document number; may be empty
 * @param feedback the group's 反馈, or {@code null} while the round awaits it
 */
public record ReviewRound(long id, int number, LocalDate received, String version, Feedback feedback) {
    /** Longest version text accepted: a file path with its folders fits. */
    public static final int MAX_VERSION = 1_000;

    /**
     * The group's 反馈 on a round: when it was given, the points raised (none needed to approve),
     * the result, and for a document sent back the day the next version is due.
     *
     * @param resubmitBy required for 修改后重报, optional for 重新撰写, none for 通过
     */
    public record Feedback(LocalDate on, List<ReviewPoint> points, ReviewResult result, LocalDate resubmitBy) {
        public Feedback {
            points = List.copyOf(points);
            if (result == null) {
                throw new ValidationException("review.result", "validation.required");
            }
            if (on == null) {
                throw new ValidationException("review.feedbackOn", "validation.review.resultWithoutFeedback");
            }
            DateRange.check("review.feedbackOn", on);
            DateRange.check("review.resubmitBy", resubmitBy);
            if (result == ReviewResult.APPROVED) {
                resubmitBy = null; // nothing is due back from an approved document
            } else if (points.isEmpty()) {
                throw new ValidationException("review.points", "validation.review.pointsRequired");
            }
            if (result == ReviewResult.REVISE && resubmitBy == null) {
                throw new ValidationException("review.resubmitBy", "validation.review.resubmitByRequired");
            }
            if (resubmitBy != null && !resubmitBy.isAfter(on)) {
                throw new ValidationException("review.resubmitBy", "validation.review.resubmitAfterFeedback", on);
            }
        }

        /** The same feedback with its points as stored (their ids, their items). */
        public Feedback withPoints(List<ReviewPoint> stored) {
            return new Feedback(on, stored, result, resubmitBy);
        }
    }

    public ReviewRound {
        if (number < 1) {
            throw new IllegalArgumentException("round number " + number);
        }
        DateRange.check("review.received", Objects.requireNonNull(received, "received"));
        version = Text.optionalText("review.version", version, MAX_VERSION);
        if (feedback != null && feedback.on().isBefore(received)) {
            throw new ValidationException("review.feedbackOn", "validation.review.feedbackBeforeReceived", received);
        }
    }

    public boolean awaitsFeedback() {
        return feedback == null;
    }

    /** The points raised in this round, none while it awaits feedback. */
    public List<ReviewPoint> points() {
        return feedback == null ? List.of() : feedback.points();
    }

    public ReviewRound withFeedback(Feedback given) {
        return new ReviewRound(id, number, received, version, given);
    }
}
