package org.guidancedesk.service;

import static org.guidancedesk.service.DemoData.CITY;
import static org.guidancedesk.service.DemoData.COUNTY;
import static org.guidancedesk.service.DemoData.ENTERPRISE;
import static org.guidancedesk.service.DemoData.MINISTRY;
import static org.guidancedesk.service.DemoData.PROVINCE;
import static org.guidancedesk.service.DemoData.UNIVERSITY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.ReviewPoint;
import org.guidancedesk.domain.ReviewResult;
import org.guidancedesk.domain.ReviewRound;

/**
 * The demo group's reviews (审阅把关), matching its checklist: every unit's 实施方案 approved on the
 * day its action was ticked, some after two or three rounds ("方案先后三次修改后定稿"); the
 * 调研题目 under way — one unit's revision late, one unit's topics awaiting the group's feedback
 * past its window, another's received yesterday; the province's 专项整治方案 approved after a
 * revision; a 党课讲稿 approved today. Dates are placed like the rest of the demo.
 */
final class DemoReviews {

    private final ReviewService reviews;
    private final List<Long> units;
    private final Map<String, ReviewKind> kinds;
    private final LocalDate start;
    private final LocalDate today;

    private DemoReviews(ReviewService reviews, List<Long> units, LocalDate start, LocalDate today) {
        this.reviews = reviews;
        this.units = units;
        this.kinds = reviews.kinds().stream().collect(Collectors.toMap(ReviewKind::name, Function.identity()));
        this.start = start;
        this.today = today;
    }

    static void write(ReviewService reviews, List<Long> units, LocalDate start, LocalDate today) {
        new DemoReviews(reviews, units, start, today).run();
    }

    private void run() {
        String plan = "实施方案";
        review(plan, PROVINCE).round(day(1, 3), "实施方案（送审稿）", day(1, 5), ReviewResult.APPROVED, null);
        review(plan, MINISTRY)
                .round(day(1, 2), "第一稿", day(1, 4), ReviewResult.REVISE, day(2, 1),
                        point("规定动作不全，未安排调研成果交流会", "规定动作一个不能少"),
                        point("读书班只安排5天，达不到集中学习研讨不少于7天的要求", "学习时长"))
                .round(day(1, 5), "第二稿", day(2, 1), ReviewResult.REVISE, day(2, 3),
                        point("整改落实部分未明确时限和责任人", "整改时限合理"))
                .round(day(2, 2), "第三稿", day(2, 3), ReviewResult.APPROVED, null);
        review(plan, ENTERPRISE)
                .round(day(1, 4), "第一稿", day(1, 5), ReviewResult.REVISE, day(2, 2), point("未列入专项整治内容，须补充"))
                .round(day(2, 1), "第二稿（补充专项整治内容）", day(2, 2), ReviewResult.APPROVED, null);
        review(plan, UNIVERSITY).round(day(1, 4), "", day(2, 1), ReviewResult.APPROVED, null);
        review(plan, CITY).round(day(1, 3), "", day(1, 5), ReviewResult.APPROVED, null);
        review(plan, COUNTY)
                .round(day(2, 1), "第一稿", day(2, 3), ReviewResult.REVISE, day(2, 5),
                        point("集中学习时长不足7天，须调整", "学习时长"))
                .round(day(2, 5), "第二稿", day(2, 5), ReviewResult.APPROVED, null);

        String topics = "调研题目";
        review(topics, PROVINCE).round(day(4, 1), "调研课题12个", day(4, 3), ReviewResult.APPROVED, null);
        // Sent back with a date that has passed: the unit's revision is late.
        review(topics, MINISTRY).round(day(4, 2), "调研题目（8个）", day(4, 4), ReviewResult.REVISE, today.minusDays(1),
                point("部分题目大而空，未聚焦基层水利工程建设管理中的突出问题", "题目大而空"),
                point("两个题目与去年重复"));
        // Received five days ago: the group's own feedback is late.
        review(topics, ENTERPRISE).received(today.minusDays(5), "调研题目（10个）");
        review(topics, UNIVERSITY).round(day(4, 3), "", today, ReviewResult.REWRITE, today.plusDays(5),
                point("题目大而空，未结合学校实际", "题目大而空"));
        // Received yesterday: feedback due soon.
        review(topics, CITY).received(today.minusDays(1), "调研题目（6个）");

        review("专项整治方案", PROVINCE)
                .round(day(5, 1), "第一稿", day(5, 2), ReviewResult.REVISE, day(5, 4),
                        point("整改时限一律定在年底，未区分立行立改和长期坚持", "整改时限合理"))
                .round(day(5, 4), "第二稿", day(5, 5), ReviewResult.APPROVED, null);
        review("专题党课讲稿", ENTERPRISE).round(today.minusDays(3), "集团党委书记党课讲稿", today, ReviewResult.APPROVED, null);
    }

    private Draft review(String kind, int unit) {
        ReviewKind k = kinds.get(kind);
        if (k == null) {
            throw new IllegalStateException("no review kind " + kind);
        }
        return new Draft(units.get(unit), k.id());
    }

    private static ReviewPoint point(String text, String... criteria) {
        return ReviewPoint.of(text, List.of(criteria));
    }

    private LocalDate day(int week, int weekday) {
        return start.plusDays((week - 1) * 7L + weekday - 1);
    }

    /** One unit's document of a kind, its rounds written one by one as the window would. */
    private final class Draft {
        private final long unit;
        private final long kind;
        private Review stored;

        Draft(long unit, long kind) {
            this.unit = unit;
            this.kind = kind;
        }

        Draft received(LocalDate on, String version) {
            stored = reviews.receive(unit, kind, on, version);
            return this;
        }

        Draft round(LocalDate received, String version, LocalDate answered, ReviewResult result, LocalDate by,
                    ReviewPoint... points) {
            received(received, version);
            stored = reviews.answer(stored.id(), new ReviewRound.Feedback(answered, new ArrayList<>(List.of(points)), result, by));
            return this;
        }
    }
}
