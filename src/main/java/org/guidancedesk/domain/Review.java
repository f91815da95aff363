package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review of one unit's document of one kind (审阅把关), round by round: 收到 → 反馈 →
 * 修改后重报 or 重新撰写 → … → 通过. Its state follows from its last round; the rules here are
 * what a new round or a feedback may not break, each refusal naming its field.
 */
public record Review(long id, long unitId, long kindId, List<ReviewRound> rounds) {
    public Review {
        rounds = List.copyOf(rounds);
        for (int i = 0; i < rounds.size(); i++) {
            ReviewRound r = rounds.get(i);
            if (r.number() != i + 1) {
                throw new IllegalArgumentException("round " + r.number() + " at place " + (i + 1));
            }
            if (i > 0) {
                ReviewRound before = rounds.get(i - 1);
                if (before.awaitsFeedback() || before.feedback().result() == ReviewResult.APPROVED) {
                    throw new IllegalArgumentException("round " + r.number() + " after an open or approved round");
                }
                if (r.received().isBefore(before.feedback().on())) {
                    throw new ValidationException("review.received", "validation.review.roundBeforePrevious",
                            before.feedback().on());
                }
            }
        }
    }

    /** A unit's document of a kind that nothing was received of yet (未收到); not stored. */
    public static Review none(long unitId, long kindId) {
        return new Review(0, unitId, kindId, List.of());
    }

    public Optional<ReviewRound> last() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    public ReviewState state() {
        ReviewRound last = last().orElse(null);
        if (last == null) {
            return ReviewState.NOT_RECEIVED;
        }
        if (last.awaitsFeedback()) {
            return ReviewState.IN_REVIEW;
        }
        return last.feedback().result() == ReviewResult.APPROVED ? ReviewState.APPROVED : ReviewState.RESUBMIT;
    }

    /** The day the group's feedback on the round received is due ({@code days} after 收到), or null when none is awaited. */
    public LocalDate feedbackDue(int days) {
        return state() == ReviewState.IN_REVIEW ? last().orElseThrow().received().plusDays(days) : null;
    }

    /** The day the unit's next version is due, or null (none awaited, or 重新撰写 with no date). */
    public LocalDate resubmitBy() {
        return state() == ReviewState.RESUBMIT ? last().orElseThrow().feedback().resubmitBy() : null;
    }

    /** The day it was approved, or null. */
    public LocalDate approvedOn() {
        return state() == ReviewState.APPROVED ? last().orElseThrow().feedback().on() : null;
    }

    /** Every point raised, in every round. */
    public List<ReviewPoint> points() {
        return rounds.stream().flatMap(r -> r.points().stream()).toList();
    }

    /**
     * The review with a new round received on that day: refused after 通过, while the last round
     * still awaits the group's feedback, in the future, or dated before the previous round's feedback.
     */
    public Review received(LocalDate on, String version, LocalDate today) {
        ReviewState state = state();
        if (state == ReviewState.APPROVED) {
            throw new ValidationException("review.round", "validation.review.roundAfterApproval");
        }
        if (state == ReviewState.IN_REVIEW) {
            throw new ValidationException("review.round", "validation.review.feedbackPending", rounds.size());
        }
        notAfter("review.received", on, today);
        List<ReviewRound> next = new ArrayList<>(rounds);
        next.add(new ReviewRound(0, rounds.size() + 1, on, version, null));
        return new Review(id, unitId, kindId, next);
    }

    /**
     * The review with the group's feedback on the round awaiting it: refused when no round awaits
     * one (nothing received, or answered already), in the future, or before the round was received.
     */
    public Review answered(ReviewRound.Feedback feedback, LocalDate today) {
        if (state() != ReviewState.IN_REVIEW) {
            throw new ValidationException("review.round", "validation.review.noRoundAwaiting");
        }
        notAfter("review.feedbackOn", feedback.on(), today);
        List<ReviewRound> next = new ArrayList<>(rounds);
        next.set(next.size() - 1, last().orElseThrow().withFeedback(feedback));
        return new Review(id, unitId, kindId, next);
    }

    private static void notAfter(String field, LocalDate day, LocalDate today) {
        if (day == null) {
            throw new ValidationException(field, "validation.required");
        }
        DateRange.check(field, day);
        if (day.isAfter(today)) {
            throw new ValidationException(field, "validation.review.future");
        }
    }
}
