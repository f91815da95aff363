package org.guidancedesk.report;

import java.util.ArrayList;
import java.util.EnumMap;
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

/** 规定动作进度: per unit, done out of applicable by phase, in all, and overdue, as of the sheet's day. */
public final class ProgressSection implements ReportSection<ProgressSection.Progress> {

    /** One row: a unit (or the total), its completion by phase and overall, and its overdue count. */
    public record Row(String name, Map<Phase, Completion> byPhase, Completion all, int overdue) {}

    /** The phases that have actions, the unit rows, and the total row. */
    public record Progress(List<Phase> phases, List<Row> units, Row total) {}

    @Override
    public String titleKey() {
        return "sheet.progress";
    }

    @Override
    public Progress collect(WeeklyData data) {
        Checklist c = data.checklist();
        List<Phase> phases = c.unitActions().stream().map(RequiredAction::phase).distinct().sorted().toList();
        List<Row> rows = new ArrayList<>();
        Map<Phase, Completion> totalByPhase = new EnumMap<>(Phase.class);
        Completion total = Completion.NONE;
        int totalOverdue = 0;
        for (Unit u : c.units()) {
            Map<Phase, Completion> byPhase = new EnumMap<>(Phase.class);
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
                }
            }
            rows.add(new Row(u.name(), byPhase, all, overdue));
            total = sum(total, all);
            totalOverdue += overdue;
        }
        return new Progress(phases, rows, new Row("", totalByPhase, total, totalOverdue));
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
            columns.add(new Block.Column(i18n.tr("phase", p), 1.15, Block.Align.CENTER));
        }
        columns.add(new Block.Column(i18n.tr("sheet.progress.all"), 1.5, Block.Align.CENTER));
        columns.add(new Block.Column(i18n.tr("sheet.progress.percent"), 0.95, Block.Align.CENTER));
        columns.add(new Block.Column(i18n.tr("sheet.progress.overdue"), 0.8, Block.Align.CENTER));
        List<List<String>> rows = new ArrayList<>();
        for (Row r : content.units()) {
            rows.add(cells(r, r.name(), content.phases()));
        }
        rows.add(cells(content.total(), i18n.tr("sheet.progress.total"), content.phases()));
        return List.of(new Block.Table(columns, rows, List.of(rows.size() - 1)));
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
