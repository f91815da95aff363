package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.domain.FindingItem;
import org.guidancedesk.domain.ItemOrigin;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Review;
import org.guidancedesk.domain.ReviewFigures;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.ReviewPoint;
import org.guidancedesk.domain.ReviewResult;
import org.guidancedesk.domain.ReviewRound;
import org.guidancedesk.domain.ReviewState;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.testing.ChangeSets;
import org.guidancedesk.testing.ReviewFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews on a real file: the seeded kinds, rounds stored whole, refusals that write nothing, points filed. */
class ReviewServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;
    private Path file;
    private Workspace ws;
    private long unit;
    private ReviewKind plan;

    @BeforeEach
    void open() {
        file = dir.resolve("reviews.db");
        ws = ReviewFiles.create(file, TODAY);
        unit = ReviewFiles.unit(ws, 0);
        plan = ReviewFiles.kind(ws, "实施方案");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static ReviewRound.Feedback feedback(LocalDate on, ReviewResult result, LocalDate by, ReviewPoint... points) {
        return new ReviewRound.Feedback(on, List.of(points), result, by);
    }

    @Test
    void theKindsAreSeededInTheirOrderWithTheirUsualProblems() {
        assertEquals(List.of("实施方案", "学习计划", "调研题目", "问题清单", "专项整治方案", "对照检查材料", "专题党课讲稿", "整改方案",
                "办实事项目清单", "总结报告"), ws.reviews().kinds().stream().map(ReviewKind::name).toList());
        assertTrue(plan.criteria().contains("规定动作一个不能少") && plan.criteria().contains("学习时长"), plan.toString());
        assertEquals(List.of("题目大而空"), ReviewFiles.kind(ws, "调研题目").criteria());
        assertEquals(ReviewService.DEFAULT_FEEDBACK_DAYS, ws.reviews().feedbackDays());
    }

    @Test
    void roundsAreStoredInOrderAndEachEditReturnsTheReviewAsStored() {
        Review first = ws.reviews().receive(unit, plan.id(), TODAY.minusDays(10), "第一稿");
        assertEquals(ReviewState.IN_REVIEW, first.state());
        assertTrue(first.id() > 0 && first.rounds().get(0).id() > 0, "ids given");
        Review answered = ws.reviews().answer(first.id(), feedback(TODAY.minusDays(8), ReviewResult.REVISE,
                TODAY.minusDays(3), ReviewPoint.of("读书班不足7天", List.of("学习时长")), ReviewPoint.of("缺少调研安排", List.of())));
        assertEquals(ReviewState.RESUBMIT, answered.state());
        assertEquals(List.of("读书班不足7天", "缺少调研安排"), answered.points().stream().map(ReviewPoint::text).toList());
        assertEquals(List.of("学习时长"), answered.points().get(0).criteria());
        Review second = ws.reviews().receive(unit, plan.id(), TODAY.minusDays(4), "第二稿");
        assertEquals(first.id(), second.id(), "one review per unit and kind");
        Review approved = ws.reviews().answer(first.id(), feedback(TODAY, ReviewResult.APPROVED, null));
        assertEquals(ReviewState.APPROVED, approved.state());
        assertEquals(List.of(approved), ws.reviews().reviews(), "read back the same");
        assertEquals(answered.points(), approved.rounds().get(0).points(), "the first round's points kept with their ids");
    }

    @Test
    void everyRefusalNamesItsFieldAndWritesNothing() throws Exception {
        Review r = ws.reviews().receive(unit, plan.id(), TODAY.minusDays(10), "");
        ws.reviews().answer(r.id(), feedback(TODAY.minusDays(8), ReviewResult.REVISE, TODAY.minusDays(2),
                ReviewPoint.of("补充", List.of())));
        long sets = ChangeSets.count(file);
        assertEquals("review.received", refusal(() -> ws.reviews().receive(unit, plan.id(), TODAY.minusDays(9), "")),
                "a round dated before the previous one's feedback");
        ws.reviews().receive(unit, plan.id(), TODAY.minusDays(5), "");
        sets = ChangeSets.count(file);
        assertEquals("review.round", refusal(() -> ws.reviews().receive(unit, plan.id(), TODAY, "")), "feedback pending");
        assertEquals("review.feedbackOn", refusal(() -> ws.reviews().answer(r.id(), feedback(TODAY.minusDays(6),
                ReviewResult.APPROVED, null))), "feedback before the round");
        assertEquals("review.feedbackOn", refusal(() -> ws.reviews().answer(r.id(), feedback(null, ReviewResult.APPROVED,
                null))), "a result without feedback");
        assertEquals("review.resubmitBy", refusal(() -> ws.reviews().answer(r.id(), feedback(TODAY, ReviewResult.REVISE,
                null, ReviewPoint.of("x", List.of())))), "修改后重报 without a date");
        assertEquals("review.points", refusal(() -> ws.reviews().answer(r.id(), feedback(TODAY, ReviewResult.REWRITE,
                null))), "no points but for 通过");
        assertEquals(sets, ChangeSets.count(file), "nothing written");
        ws.reviews().answer(r.id(), feedback(TODAY, ReviewResult.APPROVED, null));
        sets = ChangeSets.count(file);
        assertEquals("review.round", refusal(() -> ws.reviews().receive(unit, plan.id(), TODAY, "")), "a round after 通过");
        long other = ReviewFiles.unit(ws, 1);
        Review theirs = ws.reviews().receive(other, plan.id(), TODAY, "");
        ws.reviews().answer(theirs.id(), feedback(TODAY, ReviewResult.APPROVED, null));
        assertEquals("review.round", refusal(() -> ws.reviews().answer(theirs.id(), feedback(TODAY, ReviewResult.APPROVED,
                null))), "answered once: no second answer");
        assertEquals(sets + 2, ChangeSets.count(file), "the other unit's round and its one answer");
        assertEquals(ReviewState.APPROVED, ws.reviews().reviews().get(0).state());
    }

    private static String refusal(Runnable r) {
        return assertThrows(ValidationException.class, r::run).field();
    }

    @Test
    void aPointBecomesALedgerItemLinkedBothWaysInOneWrite() throws Exception {
        Review r = ws.reviews().receive(unit, plan.id(), TODAY.minusDays(3), "");
        r = ws.reviews().answer(r.id(), feedback(TODAY.minusDays(1), ReviewResult.REVISE, TODAY.plusDays(5),
                ReviewPoint.of("整改时限一律定在年底", List.of("整改时限合理"))));
        ReviewPoint point = r.points().get(0);
        Rectification draft = FindingItem.draft(point.text(), unit, ws.ledger().categories(Ledger.RECTIFY),
                ws.ledger().milestones(), TODAY);
        long sets = ChangeSets.count(file);
        ReviewService.Filed filed = ws.reviews().turnIntoItem(point.id(), draft);
        assertEquals(sets + 1, ChangeSets.count(file), "one write, one undo step");
        Rectification item = filed.patch().item();
        assertEquals("整改时限一律定在年底", item.problem());
        assertEquals(FindingItem.GROUP_FEEDBACK, item.category());
        assertEquals(unit, item.unitId());
        assertEquals(item.id(), filed.review().points().get(0).itemId(), "the point names the item");
        assertEquals(Optional.of(r.id()), ws.reviews().reviewOfItem(item.id()), "the item leads back to the review");
        assertEquals(Optional.of(new ItemOrigin.ReviewPoint(TODAY.minusDays(1), plan.name(), 1)),
                ws.ledger().origin(item.id()), "the ledger's pane says where the item came from");
        assertEquals("review.point", refusal(() -> ws.reviews().turnIntoItem(point.id(), draft)), "once only");
        assertEquals(1, ws.ledger().items().size());
    }

    @Test
    void theFiguresAreCountedForADateRange() {
        Review a = ws.reviews().receive(unit, plan.id(), TODAY.minusDays(10), "");
        ws.reviews().answer(a.id(), feedback(TODAY.minusDays(9), ReviewResult.REVISE, TODAY.minusDays(5),
                ReviewPoint.of("一", List.of()), ReviewPoint.of("二", List.of())));
        ws.reviews().receive(unit, plan.id(), TODAY.minusDays(6), "");
        ws.reviews().answer(a.id(), feedback(TODAY.minusDays(2), ReviewResult.APPROVED, null));
        Review b = ws.reviews().receive(ReviewFiles.unit(ws, 1), plan.id(), TODAY.minusDays(3), "");
        ws.reviews().answer(b.id(), feedback(TODAY.minusDays(1), ReviewResult.REWRITE, null, ReviewPoint.of("三", List.of())));
        assertEquals(new ReviewFigures(2, 3, 1), ws.reviews().figures(TODAY.minusDays(30), TODAY));
        assertEquals(new ReviewFigures(2, 1, 1), ws.reviews().figures(TODAY.minusDays(2), TODAY));
        assertEquals(new ReviewFigures(1, 2, 0), ws.reviews().figures(TODAY.minusDays(9), TODAY.minusDays(9)));
    }

    @Test
    void theAgendaHasTheFeedbackDueAndTheRevisionsDue() {
        Review late = ws.reviews().receive(unit, plan.id(), TODAY.minusDays(4), "");
        Review soon = ws.reviews().receive(ReviewFiles.unit(ws, 1), plan.id(), TODAY.minusDays(1), "");
        ReviewKind topics = ReviewFiles.kind(ws, "调研题目");
        Review back = ws.reviews().receive(unit, topics.id(), TODAY.minusDays(5), "");
        ws.reviews().answer(back.id(), feedback(TODAY.minusDays(4), ReviewResult.REVISE, TODAY.minusDays(1),
                ReviewPoint.of("题目大而空", List.of())));
        AgendaService.Agenda agenda = ws.agenda().agenda(7);
        AgendaItem feedbackLate = agenda.overdue().stream().filter(i -> i.kind() == AgendaItem.Kind.FEEDBACK).findFirst()
                .orElseThrow();
        assertEquals(TODAY.minusDays(1), feedbackLate.date(), "received + 3 days");
        assertEquals("南山县", feedbackLate.unit());
        assertEquals("实施方案", feedbackLate.title());
        assertEquals(late.id(), feedbackLate.ref().id());
        AgendaItem resubmitLate = agenda.overdue().stream().filter(i -> i.kind() == AgendaItem.Kind.RESUBMIT).findFirst()
                .orElseThrow();
        assertEquals("调研题目", resubmitLate.title());
        AgendaItem near = agenda.upcoming().stream().filter(i -> i.kind() == AgendaItem.Kind.FEEDBACK).findFirst()
                .orElseThrow();
        assertEquals(soon.id(), near.ref().id());
        assertEquals(TrafficLight.YELLOW, near.light());
        ws.reviews().setFeedbackDays(7);
        assertTrue(ws.agenda().agenda(7).overdue().stream().noneMatch(i -> i.kind() == AgendaItem.Kind.FEEDBACK),
                "a wider window: nothing late");
        assertEquals("review.feedbackDays", refusal(() -> ws.reviews().setFeedbackDays(31)));
    }

    @Test
    void kindsAreTheGroupsOwnList() {
        ReviewKind added = ws.reviews().addKind(new ReviewKind(0, "巡视整改方案", List.of("整改时限合理"), 0));
        assertEquals("巡视整改方案", ws.reviews().kinds().get(ws.reviews().kinds().size() - 1).name(), "at the end");
        assertEquals("review.kind", refusal(() -> ws.reviews().addKind(new ReviewKind(0, "实施方案", List.of(), 0))));
        Review r = ws.reviews().receive(unit, added.id(), TODAY, "");
        assertEquals(1, ws.reviews().reviewsOf(added.id()));
        ws.reviews().updateKind(new ReviewKind(added.id(), "巡视整改落实方案", List.of(), added.sortOrder()));
        assertEquals(List.of(), ReviewFiles.kind(ws, "巡视整改落实方案").criteria());
        ws.reviews().removeKind(added.id());
        assertTrue(ws.reviews().reviews().stream().noneMatch(x -> x.id() == r.id()), "its reviews go with it");
        ws.history().undo();
        assertEquals(1, ws.reviews().reviewsOf(added.id()), "and come back with undo");
    }
}
