package org.guidancedesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three checks from seed 003, at their thresholds. */
class LedgerChecksTest {
    private static final LocalDate FILED = LocalDate.of(2026, 11, 2);
    private long nextId = 1;

    private Rectification item(long unit, String problem, LedgerNode node, LocalDate due, RectificationStatus status) {
        Rectification.Builder b = Rectification.builder(Ledger.RECTIFY, unit, FILED).id(nextId++).problem(problem)
                .node(node).due(due).rawStatus(status);
        if (status.completed()) {
            b.completedOn(FILED);
        }
        return b.build();
    }

    private static List<LedgerWarning.Kind> kinds(List<LedgerWarning> warnings) {
        return warnings.stream().map(LedgerWarning::kind).toList();
    }

    @Test
    void aFixAtOnceItemDueMoreThanThirtyDaysAfterFilingIsSuspect() {
        Rectification thirty = item(1, "窗口服务态度差", LedgerNode.IMMEDIATE, FILED.plusDays(30), RectificationStatus.IN_PROGRESS);
        Rectification longer = item(1, "村级集体经济薄弱", LedgerNode.IMMEDIATE, FILED.plusDays(31), RectificationStatus.IN_PROGRESS);
        Rectification dated = item(1, "道路破损严重", LedgerNode.DEADLINE, FILED.plusDays(90), RectificationStatus.IN_PROGRESS);
        List<LedgerWarning> w = LedgerChecks.check(List.of(thirty, longer, dated), Set.of());
        assertEquals(List.of(new LedgerWarning(longer.id(), LedgerWarning.Kind.IMMEDIATE_TOO_LONG, List.of(31L))), w);
    }

    @Test
    void fiveOpenItemsOfOneUnitDueAtTheYearsEndAreACluster() {
        List<Rectification> items = new ArrayList<>();
        String[] problems = {"学习制度不落实", "调研走过场", "会议文件偏多", "窗口服务不规范", "干部培训不足"};
        for (int i = 0; i < 4; i++) {
            items.add(item(1, problems[i], LedgerNode.DEADLINE, LocalDate.of(2026, 12, 31), RectificationStatus.IN_PROGRESS));
        }
        items.add(item(1, problems[4], LedgerNode.DEADLINE, LocalDate.of(2026, 12, 31), RectificationStatus.COMPLETED));
        items.add(item(2, problems[4], LedgerNode.DEADLINE, LocalDate.of(2026, 12, 31), RectificationStatus.IN_PROGRESS));
        assertEquals(List.of(), LedgerChecks.check(items, Set.of()), "four open in one unit: no cluster");
        items.add(item(1, "档案管理混乱", LedgerNode.DEADLINE, LocalDate.of(2026, 12, 28), RectificationStatus.NOT_STARTED));
        List<LedgerWarning> w = LedgerChecks.check(items, Set.of());
        assertEquals(5, w.size());
        assertEquals(List.of(5, 2026), w.get(0).args());
    }

    @Test
    void aRewordedProblemInTheSameUnitIsANearDuplicateButOneInAnotherUnitIsNot() {
        Rectification a = item(1, "群众反映：老旧小区加装电梯推进慢", LedgerNode.DEADLINE, FILED.plusDays(40), RectificationStatus.IN_PROGRESS);
        Rectification b = item(1, "群众反映：老旧小区加装电梯进展慢，审批手续多", LedgerNode.DEADLINE, FILED.plusDays(40),
                RectificationStatus.NOT_STARTED);
        Rectification sameStart = item(1, "群众反映：老旧小区停车难", LedgerNode.DEADLINE, FILED.plusDays(40),
                RectificationStatus.NOT_STARTED);
        Rectification elsewhere = item(2, "群众反映：老旧小区加装电梯推进慢", LedgerNode.DEADLINE, FILED.plusDays(40),
                RectificationStatus.NOT_STARTED);
        List<LedgerWarning> w = LedgerChecks.check(List.of(a, b, sameStart, elsewhere), Set.of());
        assertEquals(List.of(LedgerWarning.Kind.NEAR_DUPLICATE, LedgerWarning.Kind.NEAR_DUPLICATE), kinds(w));
        assertEquals(List.of(a.id(), b.id()), w.stream().map(LedgerWarning::itemId).sorted().toList());
        assertEquals(List.of(w.get(1)), LedgerChecks.check(List.of(a, b, sameStart, elsewhere),
                Set.of(LedgerChecks.key(w.get(0).itemId(), LedgerWarning.Kind.NEAR_DUPLICATE))), "dismissed stays away");
    }

    @Test
    void twentyThousandItemsAreCheckedQuickly() {
        List<Rectification> items = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            items.add(item(i % 10, "第" + i + "项：某单位某项制度执行不到位，需要完善" + (i % 37), LedgerNode.DEADLINE,
                    FILED.plusDays(i % 200), RectificationStatus.IN_PROGRESS));
        }
        long start = System.nanoTime();
        LedgerChecks.check(items, Set.of());
        System.out.printf("checks over 20,000 items: %.0f ms%n", (System.nanoTime() - start) / 1e6);
    }
}
