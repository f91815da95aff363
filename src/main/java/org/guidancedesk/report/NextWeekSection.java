package org.guidancedesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;

/** 下周安排: actions and group work items planned for next week, by date. */
public final class NextWeekSection implements ReportSection<NextWeekSection.NextWeek> {

    /** A planned action: for a unit, or ({@code unit == null}) for the group itself. */
    public record Planned(LocalDate date, Unit unit, RequiredAction action) {}

    public record NextWeek(Week week, List<Planned> items) {}

    @Override
    public String titleKey() {
        return "sheet.nextWeek";
    }

    @Override
    public NextWeek collect(WeeklyData data) {
        Checklist c = data.checklist();
        Week next = data.week().next();
        List<Planned> items = new ArrayList<>();
        for (Unit u : c.units()) {
            for (RequiredAction a : c.unitActions()) {
                add(items, c.record(new RecordKey(a.id(), u.id())), u, a, next, data.asOf());
            }
        }
        for (RequiredAction a : c.groupItems()) {
            add(items, c.record(RecordKey.ofGroupItem(a.id())), null, a, next, data.asOf());
        }
        items.sort(Comparator.comparing(Planned::date));
        return new NextWeek(next, items);
    }

    private static void add(List<Planned> items, ActionRecord r, Unit unit, RequiredAction a, Week next, LocalDate asOf) {
        ActionStatus status = AsOf.status(r, asOf);
        if (next.contains(r.planned()) && status != ActionStatus.DONE && status != ActionStatus.NOT_APPLICABLE) {
            items.add(new Planned(r.planned(), unit, a));
        }
    }

    @Override
    public List<Block> render(NextWeek content, WeeklyData data, I18n i18n) {
        if (content.items().isEmpty()) {
            return List.of(Block.Paragraph.muted(i18n.tr("sheet.nextWeek.none")));
        }
        List<Block.Column> columns = List.of(
                new Block.Column(i18n.tr("sheet.nextWeek.date"), 1.1, Block.Align.CENTER),
                new Block.Column(i18n.tr("sheet.nextWeek.unit"), 2.2, Block.Align.LEFT),
                new Block.Column(i18n.tr("sheet.nextWeek.action"), 5.0, Block.Align.LEFT));
        List<List<String>> rows = new ArrayList<>();
        for (Planned p : content.items()) {
            String unit = p.unit() == null ? i18n.tr("sheet.nextWeek.group") : p.unit().name();
            String action = p.action().title() + (p.action().mustAttend() ? i18n.tr("sheet.mustAttendMark") : "");
            rows.add(List.of(i18n.shortDate(p.date()), unit, action));
        }
        return List.of(new Block.Table(columns, rows));
    }
}
