package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.store.ActionRepository;
import org.guidancedesk.store.PhaseRepository;

/**
 * The large demo's catalogue: the standard one a new group starts with, made the full list of
 * {@code [catalog]} (about 150 required actions and 15 work items of the group), in its order,
 * each with a due window inside its phase's weeks. A phase's actions follow one another through
 * those weeks, each window two to four weeks long; one in twenty has no window.
 */
final class LargeDemoCatalog {
    /**
     * The campaign weeks of each phase (first, last), by its code, in a campaign of 26 weeks;
     * the phases overlap, as they do.
     */
    private static final Map<String, int[]> WEEKS = Map.of(
            "STUDY", new int[] {1, 9},
            "RESEARCH", new int[] {3, 14},
            "INSPECTION", new int[] {10, 20},
            "RECTIFICATION", new int[] {12, 24},
            "SUMMARY", new int[] {22, 26});

    private LargeDemoCatalog() {}

    /** Writes the catalogue and returns it as stored, in display order. */
    static List<RequiredAction> write(Connection c, LargeDemoTexts texts, DemoCalendar calendar, Random random)
            throws SQLException {
        ActionRepository repo = new ActionRepository();
        Map<String, RequiredAction> standard = new HashMap<>();
        for (RequiredAction a : repo.findAll(c)) {
            standard.put(a.scope() + a.title(), a);
        }
        Map<String, Phase> phases = new HashMap<>();
        for (Phase p : new PhaseRepository().findAll(c)) {
            phases.put(p.scope() + p.code(), p);
        }
        List<String[]> rows = texts.rows("catalog");
        Map<String, Integer> perPhase = new HashMap<>();
        for (String[] row : rows) {
            perPhase.merge(row[0] + row[1], 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Long> order = new ArrayList<>();
        for (String[] row : rows) {
            ActionScope scope = row[0].equals("G") ? ActionScope.GROUP : ActionScope.UNIT;
            Phase phase = phases.get(scope + row[1]);
            if (phase == null) {
                throw new IllegalStateException("[catalog] names no phase of the file: " + row[1]);
            }
            int index = seen.merge(row[0] + row[1], 1, Integer::sum) - 1;
            int[] weeks = WEEKS.get(row[1]);
            int from = weeks[0] + index * (weeks[1] - weeks[0]) / perPhase.get(row[0] + row[1]);
            int to = Math.min(weeks[1], from + 1 + random.nextInt(3));
            boolean windowed = random.nextInt(20) != 0;
            RequiredAction a = new RequiredAction(0, row[3], phase, row[2].equals("*"),
                    windowed ? calendar.day(from, 1) : null, windowed ? calendar.day(to, 5) : null, scope, 0);
            RequiredAction known = standard.remove(scope + row[3]);
            if (known == null) {
                order.add(repo.insert(c, a).id());
            } else {
                repo.update(c, a.withId(known.id()));
                order.add(known.id());
            }
        }
        if (!standard.isEmpty()) {
            throw new IllegalStateException("[catalog] lacks standard entries " + standard.keySet());
        }
        repo.reorder(c, order);
        return repo.findAll(c);
    }
}
