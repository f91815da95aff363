package org.guidancedesk.ui.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.ReviewPoint;
import org.guidancedesk.domain.ReviewResult;
import org.guidancedesk.domain.ReviewRound;

/**
 * The 反馈 dialog's fields as typed: the date, the result, the date due back, and the points a
 * line each with the criteria ticked. A line left empty is no point; a line with only ticks takes
 * them as its text ("学习时长、题目大而空"), so a common problem is one click.
 */
public record FeedbackDraft(LocalDate on, ReviewResult result, LocalDate resubmitBy, List<Point> points) {
    /** One point as typed. */
    public record Point(String text, List<String> criteria) {
        public Point {
            text = text == null ? "" : text;
            criteria = List.copyOf(criteria);
        }

        boolean isBlank() {
            return text.isBlank() && criteria.isEmpty();
        }
    }

    public FeedbackDraft {
        points = List.copyOf(points);
    }

    /** The feedback it says, by the domain's rules (which may refuse it at a field). */
    ReviewRound.Feedback build(String criteriaSeparator) {
        List<ReviewPoint> kept = new ArrayList<>();
        for (Point p : points) {
            if (!p.isBlank()) {
                kept.add(ReviewPoint.of(p.text().isBlank() ? String.join(criteriaSeparator, p.criteria()) : p.text(),
                        p.criteria()));
            }
        }
        return new ReviewRound.Feedback(on, kept, result, resubmitBy);
    }

    public FeedbackDraft withResult(ReviewResult r, LocalDate by) {
        return new FeedbackDraft(on, r, by, points);
    }

    public FeedbackDraft withOn(LocalDate day) {
        return new FeedbackDraft(day, result, resubmitBy, points);
    }

    public FeedbackDraft withPoints(List<Point> given) {
        return new FeedbackDraft(on, result, resubmitBy, given);
    }
}
