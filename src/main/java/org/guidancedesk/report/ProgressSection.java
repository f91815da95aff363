package org.guidancedesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Completion;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;

/**
 * 规定动作进度: per unit, done out of applicable by phase, in all, and overdue, as of the sheet's
 * day. The columns are the file's own phases that hold actions, in their order.
 */
public final class ProgressSection implements ReportSection<ProgressSection.Progress> {

    /** One row: a unit (or the total), its completion by phase and overall, and its overdue count. */
    public record Row(String name, Map<Phase, Completion> byPhase, Completion all, int overdue) {}

    /** A required action late as of the sheet's day: due on {@code due}, {@code days} days ago. */
    public record Late(Unit unit, RequiredAction action, LocalDate due, long days) {}

    /** The phases that have actions, the unit rows, the total row, and the late actions, longest late first. */
    public record Progress(List<Phase> phases, List<Row> units, Row total, List<Late> late) {}

    @Override
    public String titleKey() {
        return "sheet.progress";
    }

    @Override
    public Progress collect(WeeklyData data) {
        Checklist c = data.checklist();
        List<Phase> phases = c.unitActions().stream().map(RequiredAction::phase).distinct().sorted(Phase.ORDER).toList();
        List<Row> rows = new ArrayList<>();
        Map<Phase, Completion> totalByPhase = new HashMap<>();
        Completion total = Completion.NONE;
        int totalOverdue = 0;
        List<Late> late = new ArrayList<>();
        for (Unit u : c.units()) {
            Map<Phase, Completion> byPhase = new HashMap<>();
            Completion all = Completion.NONE;
            int overdue = 0;
            for (RequiredAction a : c.unitActions()) {
                ActionRecord r = c.record(new RecordKey(a.id(), u.id()));
                ActionStatus status = AsOf.status(r, data.asOf());
                byPhase.merge(a.phase(), Completion.NONE.plus(status), ProgressSection::sum);
                totalByPhase.merge(a.phase(), Completion.NONE.plus(status), ProgressSection::sum);
                all = all.plus(status);
                if (AsOf.overdue(r, a, data.asOf())) {
                    overdue++;
                    LocalDate due = r.dueBy(a);
                    late.add(new Late(u, a, due, java.time.temporal.ChronoUnit.DAYS.between(due, data.asOf())));
                }
            }
            rows.add(new Row(u.name(), byPhase, all, overdue));
            total = sum(total, all);
            totalOverdue += overdue;
        }
        late.sort(java.util.Comparator.comparingLong(Late::days).reversed());
        return new Progress(phases, rows, new Row("", totalByPhase, total, totalOverdue), List.copyOf(late));
    }

    private static Completion sum(Completion a, Completion b) {
        return new Completion(a.done() + b.done(), a.applicable() + b.applicable());
    }

    @Override
    public List<Block> render(Progress content, WeeklyData data, I18n i18n) {
        if (content.units().isEmpty()) {
            return List.of(Block.Paragraph.muted(i18n.tr("sheet.progress.noUnits")));
        }
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(i18n.tr("sheet.progress.unit"), 3.4, Block.Align.LEFT));
        for (Phase p : content.phases()) {
            columns.add(new Block.Column(p.name(), 1.15, Block.Align.CENTER));
        }
        columns.add(new Block.Column(i18n.tr("sheet.progress.all"), 1.5, Block.Align.CENTER));
        columns.add(new Block.Column(i18n.tr("sheet.progress.percent"), 0.95, Block.Align.CENTER));
        columns.add(new Block.Column(i18n.tr("sheet.progress.overdue"), 0.8, Block.Align.CENTER));
        List<List<String>> rows = new ArrayList<>();
        for (Row r : content.units()) {
            rows.add(cells(r, r.name(), content.phases()));
        }
        rows.add(cells(content.total(), i18n.tr("sheet.progress.total"), content.phases()));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Table(columns, rows, List.of(rows.size() - 1)));
        if (!content.late().isEmpty()) {
            blocks.add(new Block.Heading(2, i18n.tr("sheet.progress.late")));
            blocks.addAll(lateLines(content.late(), content.units(), i18n));
        }
        return blocks;
    }

    /**
     * The laggards by name, a line a unit in the units' order, the longest late first:
     * "南山县：“举办读书班”（11月18日起逾期16天）、…。" — lines, not a table, so the sheet keeps its two pages.
     */
    /** Late actions named a unit, the longest late first; the rest counted. */
    static final int MAX_NAMED = 4;

    private static List<Block> lateLines(List<Late> late, List<Row> units, I18n i18n) {
        List<Block> lines = new ArrayList<>();
        for (Row unit : units) {
            List<String> parts = late.stream().filter(l -> l.unit().name().equals(unit.name()))
                    .map(l -> i18n.tr("sheet.progress.lateItem", l.action().title(), i18n.shortDate(l.due()), l.days())).toList();
            if (!parts.isEmpty()) {
                lines.add(Block.Paragraph.of(i18n.tr("sheet.thisWeek.unitLine", unit.name(),
                        NamedList.of(parts, MAX_NAMED, i18n))));
            }
        }
        return lines;
    }

    private static List<String> cells(Row r, String name, List<Phase> phases) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        for (Phase p : phases) {
            Completion c = r.byPhase().getOrDefault(p, Completion.NONE);
            cells.add(c.applicable() == 0 ? "—" : c.done() + "/" + c.applicable());
        }
        cells.add(r.all().done() + "/" + r.all().applicable());
        cells.add(r.all().applicable() == 0 ? "—" : r.all().percent() + "%");
        cells.add(String.valueOf(r.overdue()));
        return cells;
    }
}
