package org.guidancedesk.ui.reviews;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewPoint;
import org.guidancedesk.domain.ReviewRound;
import org.guidancedesk.domain.ReviewState;
import org.guidancedesk.i18n.I18n;

/**
 * The section's words: a cell's state by symbol and word ("○ 未收到", "◐ 第2轮", "↺ 待重报 12月8日",
 * "● 通过"), the state line of the pane with what is due, each round's lines, a point with its
 * criteria, a ledger item's code and state.
 */
final class ReviewTexts {
    private final I18n i18n;
    private final LocalDate today;

    ReviewTexts(I18n i18n, LocalDate today) {
        this.i18n = i18n;
        this.today = today;
    }

    I18n i18n() {
        return i18n;
    }

    /** The grid cell's text: the symbol and the word, the round or the date due back. */
    String cell(Review r) {
        return switch (r.state()) {
            case NOT_RECEIVED -> i18n.tr("reviews.cell.NOT_RECEIVED");
            case IN_REVIEW -> i18n.tr("reviews.cell.IN_REVIEW", r.rounds().size());
            case RESUBMIT -> r.resubmitBy() == null ? i18n.tr("reviews.cell.RESUBMIT.noDate")
                    : i18n.tr("reviews.cell.RESUBMIT", i18n.shortDate(r.resubmitBy()));
            case APPROVED -> i18n.tr("reviews.cell.APPROVED");
        };
    }

    /** The pane's line under the title: the state, and what is due by when. */
    String state(Review r, int feedbackDays) {
        return switch (r.state()) {
            case NOT_RECEIVED -> i18n.tr("reviews.pane.state.NOT_RECEIVED");
            case IN_REVIEW -> i18n.tr("reviews.pane.state.IN_REVIEW", r.rounds().size(),
                    i18n.shortDate(r.feedbackDue(feedbackDays)), left(r.feedbackDue(feedbackDays)));
            case RESUBMIT -> r.resubmitBy() == null ? i18n.tr("reviews.pane.state.RESUBMIT.noDate")
                    : i18n.tr("reviews.pane.state.RESUBMIT", i18n.shortDate(r.resubmitBy()), left(r.resubmitBy()));
            case APPROVED -> i18n.tr("reviews.pane.state.APPROVED", i18n.shortDate(r.approvedOn()), r.rounds().size());
        };
    }

    /** "（还有2天）", "（今天到期）", "（已逾期3天）". */
    String left(LocalDate due) {
        long days = ChronoUnit.DAYS.between(today, due);
        return days > 0 ? i18n.tr("reviews.due.left", days) : days == 0 ? i18n.tr("reviews.due.today")
                : i18n.tr("reviews.due.late", -days);
    }

    /** The lines of one round, feedback included (its points come apart: they may be filed). */
    java.util.List<String> round(ReviewRound round) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add(i18n.tr("reviews.round.received", i18n.shortDate(round.received())));
        if (!round.version().isEmpty()) {
            lines.add(i18n.tr("reviews.round.version", round.version()));
        }
        ReviewRound.Feedback f = round.feedback();
        if (f == null) {
            lines.add(i18n.tr("reviews.round.awaiting"));
        } else {
            String result = i18n.tr("reviewResult", f.result());
            lines.add(f.resubmitBy() == null ? i18n.tr("reviews.round.feedback", i18n.shortDate(f.on()), result)
                    : i18n.tr("reviews.round.feedback.by", i18n.shortDate(f.on()), result, i18n.shortDate(f.resubmitBy())));
            if (f.points().isEmpty()) {
                lines.add(i18n.tr("reviews.round.noPoints"));
            }
        }
        return lines;
    }

    /** "2. 学习时长不足7天〔学习时长〕" */
    String point(int number, ReviewPoint p) {
        String line = i18n.tr("reviews.point.line", number, p.text());
        return p.criteria().isEmpty() ? line
                : line + i18n.tr("reviews.point.criteria", String.join(i18n.tr("sheet.nameSeparator"), p.criteria()));
    }

    /** "整改-012 · 整改中" */
    String item(Rectification r) {
        return i18n.tr("worklog.finding.item", i18n.tr("ledger.code", i18n.tr("ledgerShort", r.ledger()), r.serial()),
                i18n.tr("rectStatus", r.status()));
    }

    String stateWord(ReviewState s) {
        return i18n.tr("reviewState", s);
    }
}
