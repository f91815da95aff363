package org.guidancedesk.domain;

import org.guidancedesk.testing.TestPhases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A review's rounds: their order, the states they give, and every refusal naming its field. */
class ReviewTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static ReviewRound.Feedback feedback(LocalDate on, ReviewResult result, LocalDate by, String... points) {
        return new ReviewRound.Feedback(on, List.of(points).stream().map(p -> ReviewPoint.of(p, List.of())).toList(),
                result, by);
    }

    private static String refusedField(Runnable r) {
        return assertThrows(ValidationException.class, r::run).field();
    }

    @Test
    void theStateFollowsTheLastRound() {
        Review r = Review.none(1, 2);
        assertEquals(ReviewState.NOT_RECEIVED, r.state());
        r = r.received(D, "第一稿", TODAY);
        assertEquals(ReviewState.IN_REVIEW, r.state());
        assertEquals(D.plusDays(3), r.feedbackDue(3));
        assertNull(r.resubmitBy());
        r = r.answered(feedback(D.plusDays(2), ReviewResult.REVISE, D.plusDays(9), "学习时长不足"), TODAY);
        assertEquals(ReviewState.RESUBMIT, r.state());
        assertEquals(D.plusDays(9), r.resubmitBy());
        assertNull(r.feedbackDue(3), "nothing awaits the group");
        r = r.received(D.plusDays(8), "第二稿", TODAY);
        assertEquals(ReviewState.IN_REVIEW, r.state());
        assertEquals(2, r.rounds().get(1).number());
        r = r.answered(feedback(D.plusDays(10), ReviewResult.REWRITE, null, "题目大而空"), TODAY);
        assertEquals(ReviewState.RESUBMIT, r.state());
        assertNull(r.resubmitBy(), "重新撰写 may have no date");
        r = r.received(D.plusDays(12), "重写稿", TODAY)
                .answered(feedback(D.plusDays(13), ReviewResult.APPROVED, D.plusDays(20)), TODAY);
        assertEquals(ReviewState.APPROVED, r.state());
        assertEquals(D.plusDays(13), r.approvedOn());
        assertNull(r.last().orElseThrow().feedback().resubmitBy(), "an approval is due back never");
        assertEquals(2, r.points().size());
    }

    @Test
    void aRoundDatedBeforeThePreviousFeedbackIsRefused() {
        Review r = Review.none(1, 2).received(D, "", TODAY)
                .answered(feedback(D.plusDays(3), ReviewResult.REVISE, D.plusDays(7), "补充规定动作"), TODAY);
        assertEquals("review.received", refusedField(() -> r.received(D.plusDays(2), "", TODAY)));
        assertEquals(ReviewState.IN_REVIEW, r.received(D.plusDays(3), "", TODAY).state(), "the same day is fine");
    }

    @Test
    void feedbackBeforeTheRoundWasReceivedOrInTheFutureIsRefused() {
        Review r = Review.none(1, 2).received(D, "", TODAY);
        assertEquals("review.feedbackOn", refusedField(
                () -> r.answered(feedback(D.minusDays(1), ReviewResult.APPROVED, null), TODAY)));
        assertEquals("review.feedbackOn", refusedField(
                () -> r.answered(feedback(TODAY.plusDays(1), ReviewResult.APPROVED, null), TODAY)));
        assertEquals("review.received", refusedField(() -> Review.none(1, 2).received(TODAY.plusDays(1), "", TODAY)));
    }

    @Test
    void aResultNeedsItsFeedbackDateAndAResultNeedsARound() {
        assertEquals("review.feedbackOn", refusedField(() -> feedback(null, ReviewResult.APPROVED, null)));
        assertEquals("review.result", refusedField(() -> feedback(D, null, null, "x")));
        assertEquals("review.round", refusedField(
                () -> Review.none(1, 2).answered(feedback(D, ReviewResult.APPROVED, null), TODAY)), "nothing received");
        Review answered = Review.none(1, 2).received(D, "", TODAY).answered(feedback(D, ReviewResult.REVISE, D.plusDays(5),
                "x"), TODAY);
        assertEquals("review.round", refusedField(() -> answered.answered(feedback(D, ReviewResult.APPROVED, null), TODAY)),
                "answered already");
    }

    @Test
    void aRevisionNeedsADateAfterTheFeedbackAndPointsUnlessApproved() {
        assertEquals("review.resubmitBy", refusedField(() -> feedback(D, ReviewResult.REVISE, null, "x")));
        assertEquals("review.resubmitBy", refusedField(() -> feedback(D, ReviewResult.REVISE, D, "x")));
        assertEquals("review.points", refusedField(() -> feedback(D, ReviewResult.REVISE, D.plusDays(3))));
        assertEquals("review.points", refusedField(() -> feedback(D, ReviewResult.REWRITE, null)));
        assertEquals(ReviewResult.APPROVED, feedback(D, ReviewResult.APPROVED, null).result(), "approved with no point");
        assertEquals("review.point", refusedField(() -> ReviewPoint.of("  ", List.of("学习时长"))));
    }

    @Test
    void noRoundAfterApprovalAndNoneWhileFeedbackIsAwaited() {
        Review open = Review.none(1, 2).received(D, "", TODAY);
        assertEquals("review.round", refusedField(() -> open.received(D.plusDays(1), "", TODAY)));
        Review approved = open.answered(feedback(D.plusDays(1), ReviewResult.APPROVED, null), TODAY);
        assertEquals("review.round", refusedField(() -> approved.received(D.plusDays(2), "", TODAY)));
    }

    @Test
    void theFiguresCountDocumentsPointsAndThoseFinalisedAfterRoundsWithinTheRange() {
        Review multi = Review.none(1, 2).received(D, "", TODAY)
                .answered(feedback(D.plusDays(1), ReviewResult.REVISE, D.plusDays(5), "a", "b"), TODAY)
                .received(D.plusDays(4), "", TODAY)
                .answered(feedback(D.plusDays(7), ReviewResult.APPROVED, null, "c"), TODAY);
        Review once = Review.none(2, 2).received(D, "", TODAY).answered(feedback(D.plusDays(7), ReviewResult.APPROVED, null),
                TODAY);
        Review waiting = Review.none(3, 2).received(D.plusDays(6), "", TODAY);
        List<Review> all = List.of(multi, once, waiting);
        assertEquals(new ReviewFigures(2, 3, 1), ReviewFigures.of(all, D, D.plusDays(7)));
        assertEquals(new ReviewFigures(2, 1, 1), ReviewFigures.of(all, D.plusDays(7), D.plusDays(7)),
                "the second week: both documents reviewed, one point, one finalised after two rounds");
        assertEquals(new ReviewFigures(1, 2, 0), ReviewFigures.of(all, D, D.plusDays(6)), "the boundary day is the feedback's");
        assertEquals(ReviewFigures.NONE, ReviewFigures.of(all, D.plusDays(8), TODAY));
    }

    @Test
    void theKindsActionIsTheOneActionNamingIt() {
        ReviewKind plan = new ReviewKind(1, "实施方案", List.of("学习时长", " 学习时长 ", ""), 1);
        assertEquals(List.of("学习时长"), plan.criteria(), "trimmed, blanks and repeats dropped");
        RequiredAction a = new RequiredAction(7, "制定实施方案并报指导组审阅", TestPhases.STUDY, false, null, null, ActionScope.UNIT, 1);
        RequiredAction g = new RequiredAction(8, "审阅各单位实施方案并反馈意见", TestPhases.GROUP_STUDY, false, null, null, ActionScope.GROUP, 2);
        RequiredAction other = new RequiredAction(9, "讲专题党课", TestPhases.STUDY, false, null, null, ActionScope.UNIT, 3);
        assertEquals(a, plan.matchingAction(List.of(a, g, other)).orElseThrow(), "the units' action, not the group's item");
        RequiredAction twice = new RequiredAction(10, "修订实施方案", TestPhases.STUDY, false, null, null, ActionScope.UNIT, 4);
        assertEquals(java.util.Optional.empty(), plan.matchingAction(List.of(a, twice)), "two candidates: none offered");
    }
}
