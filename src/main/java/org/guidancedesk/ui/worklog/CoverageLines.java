package org.guidancedesk.ui.worklog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Coverage;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WorkEntry;

/**
 * 全覆盖 in words, a line per unit: each column's count and last date ("3次 · 11月20日", "—"),
 * the roster's talks ("班子成员谈话 9/11") and who of it is not talked to yet. Computed from the
 * entries held: nothing is read for it.
 */
final class CoverageLines {
    /** One unit's line. */
    record Line(long unitId, String unit, Map<Coverage.Column, String> cells, Map<Coverage.Column, Integer> counts,
                String talks, List<String> notYet, boolean rosterComplete) {
        Line {
            cells = Map.copyOf(cells);
            counts = Map.copyOf(counts);
            notYet = List.copyOf(notYet);
        }
    }

    private CoverageLines() {}

    static List<Line> of(List<Unit> units, List<WorkEntry> entries, List<RosterPerson> roster, LocalDate asOf,
                         WorkTexts t) {
        List<Line> lines = new ArrayList<>();
        var i18n = t.i18n();
        List<Coverage.Row> rows = Coverage.of(units, entries, roster, asOf);
        for (int i = 0; i < rows.size(); i++) {
            Coverage.Row row = rows.get(i);
            Map<Coverage.Column, String> cells = new EnumMap<>(Coverage.Column.class);
            Map<Coverage.Column, Integer> counts = new EnumMap<>(Coverage.Column.class);
            for (Coverage.Column c : Coverage.Column.values()) {
                Coverage.Cell cell = row.cell(c);
                counts.put(c, cell.count());
                cells.put(c, cell.count() == 0 ? i18n.tr("worklog.coverage.none")
                        : i18n.tr("worklog.coverage.cell", cell.count(), i18n.shortDate(cell.last())));
            }
            String talks = row.roster() == 0 ? i18n.tr("worklog.coverage.noRoster")
                    : i18n.tr("worklog.coverage.talks", row.talkedTo().size(), row.roster());
            lines.add(new Line(row.unitId(), units.get(i).name(), cells, counts, talks,
                    row.notYet().stream().map(p -> p.position().isEmpty() ? p.name()
                            : i18n.tr("worklog.coverage.person", p.name(), p.position())).toList(),
                    row.roster() > 0 && row.notYet().isEmpty()));
        }
        return lines;
    }
}
