package org.guidancedesk.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerChecks;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerSnapshot;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filtering 20,000 items on the JavaFX thread's path (no toolkit needed: the lists are the
 * same): every key typed in the search field re-filters and re-sorts. Prints the times; the
 * budget is 50 ms a key, not asserted (machines differ).
 */
class LedgerFilterTimingTest {
    private static final int ITEMS = 20_000;
    private static final String[] WORDS = {"巡视反馈", "督查考核", "调研检视", "群众反映", "形式主义", "审批", "电梯", "饮水",
        "食堂", "道路", "报表", "会议", "文件", "干部", "作风", "资金", "项目", "安全生产", "党支部", "学习"};

    @TempDir
    Path dir;

    static LedgerSnapshot synthetic(LocalDate today) {
        Random random = new Random(7);
        List<Unit> units = new ArrayList<>();
        for (int u = 1; u <= 30; u++) {
            units.add(new Unit(u, "单位" + u, UnitKind.OTHER, "", "", u));
        }
        List<Rectification> items = new ArrayList<>();
        Map<Long, ProgressNote> latest = new HashMap<>();
        int[] serial = new int[2];
        for (int i = 1; i <= ITEMS; i++) {
            Ledger ledger = random.nextInt(3) == 0 ? Ledger.SPECIAL : Ledger.RECTIFY;
            StringBuilder problem = new StringBuilder();
            for (int w = 0; w < 6; w++) {
                problem.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(1000));
            }
            RectificationStatus status = RectificationStatus.values()[random.nextInt(3)];
            Rectification r = Rectification.builder(ledger, 1 + random.nextInt(30), today.minusDays(40))
                    .id(i).serial(++serial[ledger.ordinal()]).category(ledger.defaultCategories().get(random.nextInt(5)))
                    .problem(problem.toString()).measures("措施" + problem.reverse()).leader("领导" + random.nextInt(50))
                    .owner("部门" + random.nextInt(200) + "／责任人" + random.nextInt(500))
                    .node(LedgerNode.DEADLINE).due(today.plusDays(random.nextInt(120) - 30))
                    .status(status, today.minusDays(1)).build();
            items.add(r);
            if (i % 3 == 0) {
                latest.put((long) i, new ProgressNote(i, i, today.minusDays(random.nextInt(20)), "进展" + i));
            }
        }
        Map<Ledger, List<String>> categories = new EnumMap<>(Ledger.class);
        for (Ledger l : Ledger.values()) {
            categories.put(l, l.defaultCategories());
        }
        return new LedgerSnapshot(today, 3, units, items, latest, LedgerChecks.check(items, java.util.Set.of()),
                categories, List.of(), Map.of());
    }

    @Test
    void filtering20000ItemsStaysWithinAKeystroke() {
        try (DemoFixture demo = DemoFixture.open(dir)) {
            LedgerViewModel vm = new LedgerViewModel(demo.tasks(), demo.workspace());
            LedgerSnapshot s = synthetic(DemoFixture.TODAY);
            LedgerTexts texts = new LedgerTexts(demo.tasks().i18n(), s.today());
            long t0 = System.nanoTime();
            List<LedgerRow> rows = LedgerData.rows(s, texts);
            long built = System.nanoTime() - t0;
            t0 = System.nanoTime();
            vm.data().show(new LedgerData.Loaded(s, texts, rows, "组", LedgerData.categories(s.categories(), s.items(), demo.tasks().i18n())));
            long shown = System.nanoTime() - t0;
            assertEquals(ITEMS, vm.list().rows().size());

            for (int round = 1; round <= 3; round++) {
                List<Long> times = new ArrayList<>();
                for (String typed : new String[] {"审", "审批", "审批1", "审批12", "审批1", "审批", "审", ""}) {
                    long start = System.nanoTime();
                    vm.criteria().textProperty().set(typed);
                    times.add(System.nanoTime() - start);
                }
                vm.criteria().textProperty().set("审批");
                int withText = vm.list().rows().size();
                assertTrue(withText > 0 && withText < ITEMS, "审批: " + withText);
                long start = System.nanoTime();
                vm.criteria().unitProperty().set(5L);
                times.add(System.nanoTime() - start);
                start = System.nanoTime();
                vm.criteria().overdueOnlyProperty().set(true);
                times.add(System.nanoTime() - start);
                start = System.nanoTime();
                vm.criteria().clear();
                times.add(System.nanoTime() - start);
                start = System.nanoTime();
                vm.list().groupedProperty().set(true);
                times.add(System.nanoTime() - start);
                assertEquals(ITEMS + 30, vm.list().rows().size());
                start = System.nanoTime();
                vm.list().groupedProperty().set(false);
                times.add(System.nanoTime() - start);

                // A re-read after an edit: the same items, one changed, replaced in place.
                List<LedgerRow> again = LedgerData.rows(s, texts);
                start = System.nanoTime();
                vm.data().show(new LedgerData.Loaded(s, texts, again, "组", LedgerData.categories(s.categories(), s.items(), demo.tasks().i18n())));
                long reread = System.nanoTime() - start;

                long[] ms = times.stream().mapToLong(t -> t / 1_000_000).toArray();
                long[] sorted = ms.clone();
                Arrays.sort(sorted);
                System.out.printf("ledger filter, %,d items, round %d: rows built %d ms (off the FX thread), first shown %d ms,"
                                + " re-read shown %d ms; typing, unit, overdue, clear, group, ungroup %s ms"
                                + " (median %d, max %d; budget 50)%n",
                        ITEMS, round, built / 1_000_000, shown / 1_000_000, reread / 1_000_000, Arrays.toString(ms),
                        sorted[sorted.length / 2], sorted[sorted.length - 1]);
            }
        }
    }
}
