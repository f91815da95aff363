package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's ledger in figures, as the weekly sheet and the overview show it.
 *
 * @param completed      已完成 or 已销号
 * @param inProgress     整改中
 * @param notStarted     未启动
 * @param ongoing        长期坚持
 * @param overdue        past due and not settled
 * @param finishedInWeek completed (or closed) within the week asked about
 */
public record LedgerFigures(long unitId, int total, int completed, int inProgress, int notStarted, int ongoing,
                            int overdue, int finishedInWeek) {

    /** Figures where 整改中 counts every open item (not started ones too). */
    public LedgerFigures(long unitId, int total, int completed, int open, int ongoing, int overdue, int finishedInWeek) {
        this(unitId, total, completed, open, 0, ongoing, overdue, finishedInWeek);
    }

    /** Open and not settled: 整改中 and 未启动 together. */
    public int open() {
        return inProgress + notStarted;
    }

    /** One line per unit in the given order, units without items included (all zero). */
    public static List<LedgerFigures> perUnit(List<Unit> units, List<LedgerState> items, LocalDate today, Week week) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        units.forEach(u -> counts.put(u.id(), new int[7]));
        for (LedgerState r : items) {
            int[] c = counts.get(r.unitId());
            if (c == null) {
                continue;
            }
            c[0]++;
            switch (r.status()) {
                case COMPLETED, CLOSED -> {
                    c[1]++;
                    LocalDate finished = r.finishedOn();
                    if (finished != null && week.contains(finished)) {
                        c[6]++;
                    }
                }
                case IN_PROGRESS -> c[2]++;
                case NOT_STARTED -> c[3]++;
                case ONGOING -> c[4]++;
            }
            if (r.overdue(today)) {
                c[5]++;
            }
        }
        List<LedgerFigures> result = new ArrayList<>();
        counts.forEach((id, c) -> result.add(new LedgerFigures(id, c[0], c[1], c[2], c[3], c[4], c[5], c[6])));
        return result;
    }

    /** The sum of several lines (a 合计 row). */
    public static LedgerFigures total(List<LedgerFigures> lines) {
        int[] c = new int[7];
        for (LedgerFigures f : lines) {
            c[0] += f.total;
            c[1] += f.completed;
            c[2] += f.inProgress;
            c[3] += f.notStarted;
            c[4] += f.ongoing;
            c[5] += f.overdue;
            c[6] += f.finishedInWeek;
        }
        return new LedgerFigures(0, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }
}
