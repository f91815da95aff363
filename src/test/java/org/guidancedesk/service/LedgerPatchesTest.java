package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerChecks;
import org.guidancedesk.domain.LedgerFilter;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.LedgerWarning;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.testing.DemoCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random ledger writes on a real file: after each, the warnings its patch gives for the units
 * it names are those a full check of the whole ledger gives them, and a patch naming no unit
 * leaves every warning as it was. The writes are mixed with whole reads (which keep the checks
 * afresh), writes refused half-way, writes elsewhere and undo (after which kept checks must
 * not be trusted).
 */
class LedgerPatchesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final String TAILS = "丙丁戊己庚";

    @TempDir
    Path dir;
    private Workspace ws;
    private long big;
    private long small;
    private final Set<String> dismissed = new HashSet<>();

    @BeforeEach
    void demo() {
        ws = DemoCopies.open(dir.resolve("demo.db"), TODAY, Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
        big = ws.units().units().get(0).id();
        small = ws.units().units().get(1).id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** Most problems of the big unit start alike, so "甲乙" is held by about as many items as count it. */
    private static String problem(Random rnd, double common) {
        StringBuilder b = new StringBuilder(rnd.nextDouble() < common ? "甲乙" : "");
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(TAILS.charAt(rnd.nextInt(TAILS.length())));
        }
        return b.toString();
    }

    /** A random node, due date and status the service accepts on {@link #TODAY}. */
    private static Rectification.Builder standing(Rectification.Builder b, Random rnd) {
        switch (rnd.nextInt(3)) {
            case 0 -> b.node(LedgerNode.IMMEDIATE).due(TODAY.plusDays(rnd.nextInt(60) - 20));
            case 1 -> b.node(LedgerNode.DEADLINE).due(rnd.nextBoolean() ? LocalDate.of(2027, 12, 25 + rnd.nextInt(7))
                    : TODAY.plusDays(90));
            default -> b.node(LedgerNode.LONG_TERM).due(null);
        }
        b.completedOn(null).verifiedOn(null).verifiedBy("");
        int s = rnd.nextInt(10);
        if (s == 0) {
            b.rawStatus(RectificationStatus.COMPLETED).completedOn(TODAY);
        } else if (s == 1) {
            b.rawStatus(RectificationStatus.CLOSED).verifiedOn(TODAY).verifiedBy("办公室");
        } else {
            b.rawStatus(s % 2 == 0 ? RectificationStatus.IN_PROGRESS : RectificationStatus.NOT_STARTED);
        }
        return b;
    }

    private Rectification fresh(Random rnd, long unit, double common) {
        return standing(Rectification.builder(rnd.nextBoolean() ? Ledger.RECTIFY : Ledger.SPECIAL, unit, TODAY)
                .problem(problem(rnd, common)), rnd).build();
    }

    private static List<LedgerWarning> sorted(List<LedgerWarning> warnings) {
        return warnings.stream().sorted(Comparator.comparingLong(LedgerWarning::itemId)
                .thenComparing(LedgerWarning::kind)).toList();
    }

    /** What checking the whole ledger gives, as stored now. */
    private List<LedgerWarning> fullCheck(List<Rectification> all) {
        return sorted(LedgerChecks.check(all, dismissed));
    }

    private long held(List<Rectification> all) {
        return all.stream().filter(r -> r.unitId() == big && !r.status().settled() && r.problem().contains("甲乙")).count();
    }

    @Test
    void afterEveryWriteThePatchsWarningsAreThoseOfAFullCheck() {
        Random rnd = new Random(12);
        List<Rectification> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(fresh(rnd, i % 8 == 0 ? small : big, 0.95).toBuilder().serial(1000 + i).build());
        }
        ws.ledger().insertAsGiven(many);
        ws.ledger().snapshot();
        List<Rectification> all = ws.ledger().items();
        List<LedgerWarning> before = fullCheck(all);
        int checked = 0;
        int nearDuplicates = 0;
        for (int step = 0; step < 200; step++) {
            double common = held(all) <= LedgerChecks.COMMON_PAIR ? 0.95 : 0.4; // about the line, crossing it often
            Rectification r = all.get(rnd.nextInt(all.size()));
            LedgerPatch p;
            int op = rnd.nextInt(20);
            if (op < 6) {
                p = ws.ledger().update(r.toBuilder().problem(problem(rnd, common)).build());
            } else if (op < 8) {
                p = ws.ledger().update(standing(r.toBuilder(), rnd).build());
            } else if (op == 8) {
                p = ws.ledger().update(r.toBuilder().unitId(r.unitId() == big ? small : big).build());
            } else if (op == 9) {
                p = ws.ledger().update(r.toBuilder().ledger(r.ledger() == Ledger.RECTIFY ? Ledger.SPECIAL : Ledger.RECTIFY).build());
            } else if (op == 10) {
                p = ws.ledger().update(r.toBuilder().measures("措施" + step).build());
            } else if (op < 13) {
                p = ws.ledger().add(fresh(rnd, rnd.nextInt(6) == 0 ? small : big, common));
            } else if (op == 13) {
                p = ws.ledger().remove(List.of(r.id(), all.get(rnd.nextInt(all.size())).id()));
            } else if (op == 14) {
                List<Long> ids = List.of(r.id(), all.get(rnd.nextInt(all.size())).id(), all.get(rnd.nextInt(all.size())).id());
                if (rnd.nextInt(4) == 0) {
                    assertThrows(ValidationException.class, () -> ws.ledger().setStatus(ids, RectificationStatus.CLOSED,
                            TODAY, ""), "销号 needs a verifier: the write is refused, nothing kept");
                    continue;
                }
                p = rnd.nextBoolean() ? ws.ledger().setStatus(ids, RectificationStatus.IN_PROGRESS, null, "")
                        : ws.ledger().setStatus(ids, RectificationStatus.COMPLETED, TODAY, "");
            } else if (op == 15) {
                List<LedgerWarning> now = fullCheck(all);
                if (now.isEmpty()) {
                    continue;
                }
                LedgerWarning w = now.get(rnd.nextInt(now.size()));
                dismissed.add(LedgerChecks.key(w.itemId(), w.kind()));
                p = ws.ledger().dismiss(w.itemId(), w.kind());
            } else if (op == 16) {
                dismissed.removeIf(k -> k.startsWith(r.id() + ":"));
                p = ws.ledger().undismiss(r.id());
            } else if (op == 17) {
                p = ws.ledger().addProgress(r.id(), TODAY, "进展" + step);
            } else if (op == 18) {
                ws.ledger().saveFilter("筛选" + step, LedgerFilter.ALL); // a write the kept checks do not follow
                continue;
            } else {
                assertEquals(before, sorted(ws.ledger().snapshot().warnings()), "a whole read, step " + step);
                continue;
            }
            all = ws.ledger().items();
            List<LedgerWarning> full = fullCheck(all);
            if (p.units().isEmpty()) {
                assertEquals(before, full, "a write the checks do not see leaves every warning, step " + step);
            } else {
                Map<Long, Long> unitOf = new HashMap<>();
                all.forEach(x -> unitOf.put(x.id(), x.unitId()));
                List<LedgerWarning> ofUnits = full.stream().filter(w -> p.units().contains(unitOf.get(w.itemId()))).toList();
                assertEquals(ofUnits, sorted(p.warnings()), "step " + step + ", op " + op);
                checked++;
                nearDuplicates += (int) ofUnits.stream().filter(w -> w.kind() == LedgerWarning.Kind.NEAR_DUPLICATE).count();
            }
            before = full;
            if (step % 61 == 60 && op != 15 && op != 16) {
                ws.history().undo(); // replayed, not recorded: the kept checks are dropped
                all = ws.ledger().items();
                before = fullCheck(all);
            }
        }
        assertTrue(checked > 120, "most writes re-check a unit: " + checked);
        assertTrue(nearDuplicates > 800, "with near-duplicates among them: " + nearDuplicates);
    }
}
