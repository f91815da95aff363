package org.guidancedesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A unit's checks kept item by item give what checking the unit from scratch gives, whatever
 * the order of edits: problems reworded, items settled and reopened, moved between units and
 * ledgers, removed, and a character pair held by about {@link LedgerChecks#COMMON_PAIR} items
 * crossing that line both ways.
 */
class CheckedUnitTest {
    private static final LocalDate FILED = LocalDate.of(2026, 11, 2);
    private static final String TAILS = "丙丁戊己庚";

    private final Map<Long, Rectification> stored = new LinkedHashMap<>();
    private long nextId = 1;
    private int nextSerial = 1;

    private static List<LedgerWarning> sorted(List<LedgerWarning> warnings) {
        return warnings.stream().sorted(Comparator.comparingLong(LedgerWarning::itemId)
                .thenComparing(LedgerWarning::kind)).toList();
    }

    private List<LedgerWarning> fromScratch(long unit) {
        return sorted(CheckedUnit.of(unit, new ArrayList<>(stored.values())).warnings());
    }

    /** A problem of a few pairs: most start alike ("甲乙"), so that pair is held by about as many items as are open. */
    private static String problem(Random rnd, double common) {
        StringBuilder b = new StringBuilder(rnd.nextDouble() < common ? "甲乙" : "");
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(TAILS.charAt(rnd.nextInt(TAILS.length())));
        }
        return b.toString();
    }

    private Rectification item(Random rnd, long unit, double common) {
        return with(Rectification.builder(Ledger.RECTIFY, unit, FILED).id(nextId++).serial(nextSerial++)
                .problem(problem(rnd, common)), rnd).build();
    }

    /** A random node, due date and status, as the record accepts them. */
    private static Rectification.Builder with(Rectification.Builder b, Random rnd) {
        switch (rnd.nextInt(3)) {
            case 0 -> b.node(LedgerNode.IMMEDIATE).due(FILED.plusDays(rnd.nextInt(60)));
            case 1 -> b.node(LedgerNode.DEADLINE).due(rnd.nextBoolean() ? LocalDate.of(2027, 12, 25 + rnd.nextInt(7))
                    : FILED.plusDays(90));
            default -> b.node(LedgerNode.LONG_TERM).due(null);
        }
        int s = rnd.nextInt(10);
        b.completedOn(null).verifiedOn(null).verifiedBy("");
        if (s == 0) {
            b.rawStatus(RectificationStatus.COMPLETED).completedOn(FILED);
        } else if (s == 1) {
            b.rawStatus(RectificationStatus.CLOSED).verifiedOn(FILED).verifiedBy("办公室");
        } else {
            b.rawStatus(s % 2 == 0 ? RectificationStatus.IN_PROGRESS : RectificationStatus.NOT_STARTED);
        }
        return b;
    }

    /** One random edit of a random item: its problem, its standing, its ledger (a new serial), its unit. */
    private Rectification edited(Random rnd, Rectification r, double common) {
        Rectification.Builder b = r.toBuilder();
        switch (rnd.nextInt(6)) {
            case 0, 1 -> b.problem(problem(rnd, common));
            case 2 -> with(b, rnd);
            case 3 -> b.ledger(r.ledger() == Ledger.RECTIFY ? Ledger.SPECIAL : Ledger.RECTIFY).serial(nextSerial++);
            case 4 -> b.unitId(r.unitId() == 1 ? 2 : 1);
            default -> b.problem(r.problem() + TAILS.charAt(rnd.nextInt(TAILS.length())));
        }
        return b.build();
    }

    /** How many of unit 1's open problems hold "甲乙". */
    private long held() {
        return stored.values().stream().filter(r -> r.unitId() == 1 && !r.status().settled())
                .filter(r -> r.problem().contains("甲乙")).count();
    }

    @Test
    void randomEditsKeptItemByItemGiveWhatAFreshCheckGives() {
        for (long seed = 1; seed <= 4; seed++) {
            Random rnd = new Random(seed);
            stored.clear();
            for (int i = 0; i < 330; i++) {
                Rectification r = item(rnd, i % 10 == 0 ? 2 : 1, 0.85);
                stored.put(r.id(), r);
            }
            CheckedUnit one = CheckedUnit.of(1, new ArrayList<>(stored.values()));
            CheckedUnit two = CheckedUnit.of(2, new ArrayList<>(stored.values()));
            int nearDuplicates = 0;
            for (int step = 0; step < 600; step++) {
                List<Long> ids = new ArrayList<>(stored.keySet());
                double common = held() <= LedgerChecks.COMMON_PAIR ? 0.95 : 0.5; // about the line, crossing it often
                int op = rnd.nextInt(10);
                if (op < 2) {
                    Rectification r = item(rnd, rnd.nextInt(10) == 0 ? 2 : 1, common);
                    stored.put(r.id(), r);
                    one.put(r);
                    two.put(r);
                } else if (op == 2) {
                    long id = ids.get(rnd.nextInt(ids.size()));
                    stored.remove(id);
                    one.remove(id);
                    two.remove(id);
                } else {
                    Rectification r = edited(rnd, stored.get(ids.get(rnd.nextInt(ids.size()))), common);
                    stored.put(r.id(), r);
                    one.put(r);
                    two.put(r);
                }
                List<LedgerWarning> kept = sorted(one.warnings());
                assertEquals(fromScratch(1), kept, "seed " + seed + ", step " + step);
                assertEquals(fromScratch(2), sorted(two.warnings()), "seed " + seed + ", step " + step);
                nearDuplicates += (int) kept.stream().filter(w -> w.kind() == LedgerWarning.Kind.NEAR_DUPLICATE).count();
            }
            assertTrue(nearDuplicates > 600, "the edits make near-duplicates often: " + nearDuplicates);
        }
    }

    @Test
    void aPairHeldByTooManyItemsStopsCountingAndCountsAgainWhenOneLetsGo() {
        List<Rectification> items = new ArrayList<>();
        for (int i = 0; i < LedgerChecks.COMMON_PAIR - 2; i++) {
            String own = new String(new char[] {(char) (0x5000 + 2 * i), (char) (0x5001 + 2 * i)});
            items.add(Rectification.builder(Ledger.RECTIFY, 1, FILED).id(nextId++).serial(nextSerial++)
                    .problem("甲乙" + own).node(LedgerNode.LONG_TERM).build());
        }
        Rectification a = Rectification.builder(Ledger.RECTIFY, 1, FILED).id(nextId++).serial(nextSerial++)
                .problem("甲乙丙").node(LedgerNode.LONG_TERM).build();
        Rectification b = a.toBuilder().id(nextId++).serial(nextSerial++).build();
        items.add(a);
        items.add(b);
        CheckedUnit unit = CheckedUnit.of(1, items);
        List<LedgerWarning> alike = unit.warnings();
        assertEquals(List.of(a.id(), b.id()), alike.stream().map(LedgerWarning::itemId).sorted().toList(),
                "200 hold 甲乙: it still tells, so 甲乙丙 twice is a near-duplicate");

        Rectification third = a.toBuilder().id(nextId++).serial(nextSerial++).problem("甲乙庚辛").build();
        unit.put(third);
        assertEquals(List.of(), unit.warnings(), "201 hold 甲乙: only 乙丙 still tells, a third of their pairs");
        items.add(third);
        assertEquals(List.of(), CheckedUnit.of(1, items).warnings());

        unit.put(third.toBuilder().rawStatus(RectificationStatus.CLOSED).verifiedOn(FILED).verifiedBy("办公室").build());
        assertEquals(sorted(alike), sorted(unit.warnings()), "settled, the third lets go and 甲乙 tells again");
        assertFalse(unit.warnings().isEmpty());
    }
}
