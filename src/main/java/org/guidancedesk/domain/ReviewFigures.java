package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A period's reviewing counted as reports say it — "审阅方案材料N份，提出修改意见N条，N份经多轮
 * 修改后定稿": the documents the group gave feedback on in the period (each counted once however
 * many rounds it had in it), the points raised in that feedback, and the documents approved in
 * the period after more than one round.
 */
public record ReviewFigures(int documents, int points, int finalisedAfterRounds) {
    public static final ReviewFigures NONE = new ReviewFigures(0, 0, 0);

    /** Counted over feedback dated from {@code from} to {@code to}, both days included. */
    public static ReviewFigures of(List<Review> reviews, LocalDate from, LocalDate to) {
        int documents = 0;
        int points = 0;
        int finalised = 0;
        for (Review r : reviews) {
            boolean reviewed = false;
            for (ReviewRound round : r.rounds()) {
                ReviewRound.Feedback f = round.feedback();
                if (f == null || f.on().isBefore(from) || f.on().isAfter(to)) {
                    continue;
                }
                reviewed = true;
                points += f.points().size();
                if (f.result() == ReviewResult.APPROVED && round.number() > 1) {
                    finalised++;
                }
            }
            if (reviewed) {
                documents++;
            }
        }
        return new ReviewFigures(documents, points, finalised);
    }

    public boolean isEmpty() {
        return documents == 0;
    }
}
