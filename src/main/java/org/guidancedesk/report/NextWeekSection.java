package org.guidancedesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.Week;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;

/**
 * 下周安排: actions, group work items and the group's own work planned for next week, by date; units doing the same
 * action on the same day share one line, so a busy week of many units stays short.
 */
public final class NextWeekSection implements ReportSection<NextWeekSection.NextWeek> {

    /** An action planned on a day by some units, or (no units) by the group itself. */
    public record Planned(LocalDate date, List<Unit> units, RequiredAction action) {
        public boolean isGroupItem() {
            return units.isEmpty();
        }
    }

    /** Next week's actions, and the group's own work planned for it. */
    public record NextWeek(Week week, List<Planned> items, List<WorkEntry> work) {}

    @Override
    public String titleKey() {
        return "sheet.nextWeek";
    }

    @Override
    public NextWeek collect(WeeklyData data) {
        Week next = data.week().next();
        return plannedBetween(data, next, next.monday());
    }

    /**
     * What is planned in {@code week} from {@code from} on and not done (or exempt) as of the
     * sheet's day: next week's plan, or what is still to do this week.
     */
    public static NextWeek plannedBetween(WeeklyData data, Week week, LocalDate from) {
        Checklist c = data.checklist();
        Map<LocalDate, Map<RequiredAction, List<Unit>>> byDay = new TreeMap<>();
        for (RequiredAction a : c.unitActions()) {
            for (Unit u : c.units()) {
                ActionRecord r = c.record(new RecordKey(a.id(), u.id()));
                if (pending(r, week, from, data.asOf())) {
                    byDay.computeIfAbsent(r.planned(), d -> new LinkedHashMap<>()).computeIfAbsent(a, x -> new ArrayList<>()).add(u);
                }
            }
        }
        for (RequiredAction a : c.groupItems()) {
            ActionRecord r = c.record(RecordKey.ofGroupItem(a.id()));
            if (a.repeats() && r.status() != ActionStatus.NOT_APPLICABLE) {
                // Each of the week's occurrences not held by the sheet's day is planned on its date.
                org.guidancedesk.domain.RepeatProgress p = c.repeatProgress(a, data.asOf());
                for (LocalDate due : p.dates()) {
                    if (week.contains(due) && !due.isBefore(from) && p.held(due).isEmpty()) {
                        byDay.computeIfAbsent(due, d -> new LinkedHashMap<>()).put(a, List.of());
                    }
                }
            } else if (pending(r, week, from, data.asOf())) {
                byDay.computeIfAbsent(r.planned(), d -> new LinkedHashMap<>()).put(a, List.of());
            }
        }
        List<Planned> items = new ArrayList<>();
        byDay.forEach((day, actions) -> actions.forEach((a, units) -> items.add(new Planned(day, List.copyOf(units), a))));
        List<WorkEntry> work = data.work().stream()
                .filter(e -> e.status() == WorkStatus.PLANNED && week.contains(e.on()) && !e.on().isBefore(from))
                .sorted(java.util.Comparator.comparing(WorkEntry::on)).toList();
        return new NextWeek(week, items, work);
    }

    private static boolean pending(ActionRecord r, Week week, LocalDate from, LocalDate asOf) {
        ActionStatus status = AsOf.status(r, asOf);
        return week.contains(r.planned()) && !r.planned().isBefore(from)
                && status != ActionStatus.DONE && status != ActionStatus.NOT_APPLICABLE;
    }

    @Override
    public List<Block> render(NextWeek content, WeeklyData data, I18n i18n) {
        if (content.items().isEmpty() && content.work().isEmpty()) {
            return List.of(Block.Paragraph.muted(i18n.tr("sheet.nextWeek.none")));
        }
        return List.of(table(content, data, i18n));
    }

    /** 日期 | 单位 | 事项: actions and planned work in one list by date, actions first on a day. */
    static Block.Table table(NextWeek content, WeeklyData data, I18n i18n) {
        List<Block.Column> columns = List.of(
                new Block.Column(i18n.tr("sheet.nextWeek.date"), 1.0, Block.Align.CENTER),
                new Block.Column(i18n.tr("sheet.nextWeek.unit"), 4.4, Block.Align.LEFT),
                new Block.Column(i18n.tr("sheet.nextWeek.action"), 3.8, Block.Align.LEFT));
        TreeMap<LocalDate, List<List<String>>> byDay = new TreeMap<>();
        for (Planned p : content.items()) {
            String unit = p.isGroupItem() ? i18n.tr("sheet.nextWeek.group")
                    : String.join(i18n.tr("sheet.nameSeparator"), p.units().stream().map(Unit::name).toList());
            String action = p.action().title() + (p.action().mustAttend() ? i18n.tr("sheet.mustAttendMark") : "");
            byDay.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(List.of(i18n.shortDate(p.date()), unit, action));
        }
        Map<Long, String> names = new LinkedHashMap<>();
        data.checklist().units().forEach(u -> names.put(u.id(), u.name()));
        for (WorkEntry e : content.work()) {
            byDay.computeIfAbsent(e.on(), d -> new ArrayList<>())
                    .add(List.of(i18n.shortDate(e.on()), WorkLine.units(e, names, i18n), WorkLine.of(e, i18n)));
        }
        List<List<String>> rows = new ArrayList<>();
        byDay.values().forEach(rows::addAll);
        return new Block.Table(columns, rows);
    }
}
