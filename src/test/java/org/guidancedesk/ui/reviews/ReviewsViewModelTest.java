package org.guidancedesk.ui.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ReviewResult;
import org.guidancedesk.domain.ReviewState;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.ChangeSets;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 审阅把关 without a toolkit, on the demo group at 2026-11-24: the grid, what waits, the pane, every write. */
class ReviewsViewModelTest {
    private static final LocalDate TODAY = DemoFixture.TODAY;

    @TempDir
    Path dir;
    private DemoFixture demo;
    private Workspace ws;
    private ReviewsViewModel vm;
    private final AtomicInteger wholeReads = new AtomicInteger();
    private final List<ValidationException> refused = new ArrayList<>();

    @BeforeEach
    void open() {
        demo = DemoFixture.open(dir);
        ws = demo.workspace();
        vm = new ReviewsViewModel(demo.tasks(), ws, () -> {
            wholeReads.incrementAndGet();
            return ReviewsSnapshot.read(ws);
        });
        vm.reload();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private ReviewBoard.Cell cell(String unit, String kind) {
        return vm.rows().stream().filter(r -> r.unit().name().equals(unit)).flatMap(r -> r.cells().stream())
                .filter(c -> c.kind().name().equals(kind)).findFirst().orElseThrow();
    }

    private void select(String unit, String kind) {
        ReviewBoard.Cell c = cell(unit, kind);
        vm.select(c.unit().id(), c.kind().id());
    }

    private static final Runnable NOTHING = () -> { };

    @Test
    void theGridShowsEachCellsStateBySymbolAndWord() {
        assertEquals(6, vm.rows().size());
        assertEquals(10, vm.kinds().size());
        assertEquals("● 通过", cell("国家水利发展部", "实施方案").text());
        assertEquals("○ 未收到", cell("南山县", "调研题目").text());
        assertEquals("↺ 待重报\n11月23日 逾期", cell("国家水利发展部", "调研题目").text(), "the revision is late");
        assertEquals(TrafficLight.RED, cell("国家水利发展部", "调研题目").light());
        assertEquals("◐ 第1轮\n逾期", cell("北方能源集团有限公司", "调研题目").text(), "our feedback is late");
        assertEquals("◐ 第1轮", cell("西岭市", "调研题目").text());
        assertEquals(TrafficLight.YELLOW, cell("西岭市", "调研题目").light(), "received yesterday: due in two days");
        assertEquals("↺ 待重报\n11月29日", cell("江城大学", "调研题目").text());
        assertEquals(TrafficLight.GREY, cell("南山县", "调研题目").light(), "nothing to wait for");
    }

    @Test
    void theListsSayWhatWaitsSoonestFirst() {
        assertEquals(List.of("北方能源集团有限公司 · 调研题目 第1轮", "西岭市 · 调研题目 第1轮"),
                vm.waitingForUs().stream().map(ReviewBoard.Waiting::text).toList());
        assertEquals("期限 11月22日（已逾期2天）", vm.waitingForUs().get(0).dueText());
        assertEquals(List.of("国家水利发展部 · 调研题目 第1轮", "江城大学 · 调研题目 第1轮"),
                vm.waitingForUnits().stream().map(ReviewBoard.Waiting::text).toList());
        assertEquals("期限 11月29日（还有5天）", vm.waitingForUnits().get(1).dueText());
        assertEquals("活动以来：审阅方案材料11份，提出修改意见9条，4份经多轮修改后定稿。", vm.soFar());
    }

    @Test
    void thePaneShowsTheRoundsNewestLastInTheModelAndEachPointWithItsCriteria() {
        select("国家水利发展部", "实施方案");
        ReviewsViewModel.Pane p = vm.pane();
        assertEquals("国家水利发展部 · 实施方案", p.title());
        assertEquals("已通过 · 10月28日（共3轮）", p.state());
        assertEquals(3, p.rounds().size());
        ReviewsViewModel.RoundView first = p.rounds().get(0);
        assertEquals("第1轮", first.title());
        assertEquals(List.of("收到 10月20日", "版本：第一稿", "反馈 10月22日：修改后重报，10月26日前重报"), first.lines());
        assertEquals("1. 规定动作不全，未安排调研成果交流会〔规定动作一个不能少〕", first.points().get(0).text());
        assertTrue(first.points().get(0).canFile());
        assertEquals(List.of("收到 10月27日", "版本：第三稿", "反馈 10月28日：通过", "未提修改意见"), p.rounds().get(2).lines());
        assertTrue(!p.canReceive() && !p.canAnswer(), "approved: nothing more to do");
        select("西岭市", "调研题目");
        assertEquals("审阅中 第1轮 · 反馈期限 11月26日（还有2天）", vm.pane().state());
        assertTrue(vm.pane().canAnswer() && !vm.pane().canReceive());
        select("国家水利发展部", "调研题目");
        assertEquals("待单位重报 · 期限 11月23日（已逾期1天）", vm.pane().state());
        assertTrue(vm.pane().canReceive());
    }

    @Test
    void receivingAppliesTheStoredReviewInPlaceAndARefusalWritesNothing() throws Exception {
        select("南山县", "调研题目");
        long sets = ChangeSets.count(ws.file());
        vm.receive(TODAY.plusDays(1), "第一稿", () -> { throw new AssertionError("saved"); }, refused::add);
        assertEquals("review.received", refused.get(0).field(), "not in the future");
        assertEquals("收到日期：不能晚于今天", vm.message(refused.get(0)));
        assertEquals(sets, ChangeSets.count(ws.file()), "nothing written");
        int reads = wholeReads.get();
        boolean[] done = new boolean[1];
        vm.receive(TODAY, "调研题目（5个）", () -> done[0] = true, refused::add);
        assertTrue(done[0]);
        assertEquals(reads, wholeReads.get(), "applied in place, not read again");
        assertEquals("◐ 第1轮", cell("南山县", "调研题目").text());
        assertEquals("南山县", vm.selectedProperty().get().unit().name(), "the cell stays selected");
        assertEquals(3, vm.waitingForUs().size());
        assertEquals("已收到 南山县 · 调研题目 第1轮", vm.noticeProperty().get());
        assertEquals(ReviewState.IN_REVIEW, ws.reviews().reviews().stream()
                .filter(r -> r.rounds().get(0).version().equals("调研题目（5个）")).findFirst().orElseThrow().state());
    }

    @Test
    void feedbackTakesTheTickedProblemsAsAPointAndRefusesAtItsField() throws Exception {
        select("西岭市", "调研题目");
        assertEquals(List.of("题目大而空"), vm.criteria());
        FeedbackDraft start = vm.newFeedback();
        assertEquals(TODAY, start.on());
        assertEquals(ReviewResult.REVISE, start.result());
        assertEquals(TODAY.plusDays(7), start.resubmitBy());
        long sets = ChangeSets.count(ws.file());
        vm.answer(start, () -> { throw new AssertionError("saved"); }, refused::add);
        assertEquals("review.points", refused.get(0).field(), "the one line left empty is no point");
        vm.answer(start.withResult(ReviewResult.REVISE, null).withPoints(List.of(new FeedbackDraft.Point("x", List.of()))),
                () -> { throw new AssertionError("saved"); }, refused::add);
        assertEquals("review.resubmitBy", refused.get(1).field());
        assertEquals(sets, ChangeSets.count(ws.file()), "nothing written");
        vm.answer(start.withPoints(List.of(new FeedbackDraft.Point("", List.of("题目大而空")),
                new FeedbackDraft.Point("与去年重复", List.of()))), NOTHING, refused::add);
        assertEquals(2, refused.size());
        assertEquals("↺ 待重报\n12月1日", cell("西岭市", "调研题目").text());
        assertEquals(List.of("1. 题目大而空〔题目大而空〕", "2. 与去年重复"),
                vm.pane().rounds().get(0).points().stream().map(ReviewsViewModel.PointView::text).toList());
        assertEquals(1, vm.waitingForUs().size());
        assertNull(vm.ticks().offerProperty().get(), "调研题目 names no action");
    }

    @Test
    void approvingAPlanOffersToTickTheUnitsActionOnceAndTheTickGoesThroughTheChecklist() {
        select("国家水利发展部", "专项整治方案");
        vm.receive(TODAY.minusDays(2), "专项整治方案", NOTHING, refused::add);
        vm.answer(vm.newFeedback().withResult(ReviewResult.APPROVED, null).withPoints(List.of()), NOTHING, refused::add);
        assertEquals(List.of(), refused);
        ApprovalTicks.Offer offer = vm.ticks().offerProperty().get();
        assertNotNull(offer, "制定专项整治方案 is only planned at the ministry");
        assertEquals("制定专项整治方案", offer.action().title());
        assertEquals("同时勾选规定动作“制定专项整治方案”（国家水利发展部），完成于 11月24日？", vm.ticks().question(offer));
        vm.ticks().tick(offer);
        RequiredAction action = offer.action();
        var record = ws.checklist().load().record(new RecordKey(action.id(), offer.unit().id()));
        assertEquals(ActionStatus.DONE, record.status());
        assertEquals(TODAY, record.done());
        assertEquals("已勾选“制定专项整治方案”（国家水利发展部）", vm.noticeProperty().get());
    }

    @Test
    void noOfferWhenTheActionIsDoneAlready() {
        select("南山县", "专项整治方案");
        ws.checklist().markDone(List.of(new RecordKey(ws.catalog().actions().stream()
                .filter(a -> a.title().equals("制定专项整治方案")).findFirst().orElseThrow().id(),
                vm.selectedProperty().get().unit().id())), TODAY);
        vm.reload();
        select("南山县", "专项整治方案");
        vm.receive(TODAY, "", NOTHING, refused::add);
        vm.answer(vm.newFeedback().withResult(ReviewResult.APPROVED, null).withPoints(List.of()), NOTHING, refused::add);
        assertNull(vm.ticks().offerProperty().get());
    }

    @Test
    void aPointFiledShowsItsItemAndCannotBeFiledTwice() {
        select("国家水利发展部", "调研题目");
        ReviewsViewModel.PointView point = vm.pane().rounds().get(0).points().get(0);
        int items = ws.ledger().items().size();
        vm.fileAsItem(point.id(), refused::add);
        assertEquals(items + 1, ws.ledger().items().size());
        ReviewsViewModel.PointView filed = vm.pane().rounds().get(0).points().get(0);
        assertTrue(filed.item().startsWith("→ 整改-"), filed.item());
        assertTrue(!filed.canFile());
        assertTrue(vm.noticeProperty().get().startsWith("已转入整改台账：整改-"), vm.noticeProperty().get());
        vm.fileAsItem(point.id(), refused::add);
        assertEquals(items + 1, ws.ledger().items().size(), "once only");
        assertEquals(List.of(), refused);
    }

    @Test
    void anUndoneWriteIsGoneAfterTheWholeRead() {
        select("南山县", "调研题目");
        vm.receive(TODAY, "", NOTHING, refused::add);
        ws.history().undo();
        vm.reload();
        assertEquals("○ 未收到", cell("南山县", "调研题目").text());
        assertEquals("南山县", vm.selectedProperty().get().unit().name(), "the selection kept across the read");
    }
}
