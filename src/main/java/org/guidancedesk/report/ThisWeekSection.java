package org.guidancedesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;

/** 本周工作: actions the units completed this week, what the group attended, its own items done. */
public final class ThisWeekSection implements ReportSection<ThisWeekSection.ThisWeek> {

    /** An action done on a day. */
    public record Done(RequiredAction action, LocalDate date) {}

    /** One unit's actions completed this week, in date order. */
    public record UnitDone(Unit unit, List<Done> done) {}

    /** A must-attend action the group attended, with who went. */
    public record Attended(Unit unit, RequiredAction action, LocalDate date, List<String> members) {}

    public record ThisWeek(List<UnitDone> units, List<Attended> attended, List<Done> groupItems) {
        public boolean isEmpty() {
            return units.isEmpty() && attended.isEmpty() && groupItems.isEmpty();
        }
    }

    @Override
    public String titleKey() {
        return "sheet.thisWeek";
    }

    @Override
    public ThisWeek collect(WeeklyData data) {
        Checklist c = data.checklist();
        LocalDate from = data.week().monday();
        List<UnitDone> units = new ArrayList<>();
        List<Attended> attended = new ArrayList<>();
        for (Unit u : c.units()) {
            List<Done> done = new ArrayList<>();
            for (RequiredAction a : c.unitActions()) {
                ActionRecord r = c.record(new RecordKey(a.id(), u.id()));
                if (AsOf.doneBy(r, data.asOf()) && !r.done().isBefore(from)) {
                    done.add(new Done(a, r.done()));
                    if (a.mustAttend() && !r.attendeeIds().isEmpty()) {
                        attended.add(new Attended(u, a, r.done(), names(c, r)));
                    }
                }
            }
            done.sort(Comparator.comparing(Done::date));
            if (!done.isEmpty()) {
                units.add(new UnitDone(u, done));
            }
        }
        attended.sort(Comparator.comparing(Attended::date));
        List<Done> items = new ArrayList<>();
        for (RequiredAction a : c.groupItems()) {
            ActionRecord r = c.record(RecordKey.ofGroupItem(a.id()));
            if (AsOf.doneBy(r, data.asOf()) && !r.done().isBefore(from)) {
                items.add(new Done(a, r.done()));
            }
        }
        items.sort(Comparator.comparing(Done::date));
        return new ThisWeek(units, attended, items);
    }

    private static List<String> names(Checklist c, ActionRecord r) {
        return c.members().stream().filter(m -> r.attendeeIds().contains(m.id())).map(Member::name).toList();
    }

    @Override
    public List<Block> render(ThisWeek content, WeeklyData data, I18n i18n) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, i18n.tr("sheet.thisWeek.units")));
        if (content.units().isEmpty()) {
            blocks.add(Block.Paragraph.muted(i18n.tr("sheet.none")));
        }
        for (UnitDone u : content.units()) {
            List<String> parts = u.done().stream()
                    .map(d -> i18n.tr("sheet.thisWeek.doneItem", d.action().title(), i18n.shortDate(d.date()))).toList();
            blocks.add(Block.Paragraph.of(i18n.tr("sheet.thisWeek.unitLine", u.unit().name(),
                    String.join(i18n.tr("sheet.listSeparator"), parts))));
        }
        blocks.add(new Block.Heading(2, i18n.tr("sheet.thisWeek.attended")));
        if (content.attended().isEmpty()) {
            blocks.add(Block.Paragraph.muted(i18n.tr("sheet.none")));
        }
        for (Attended a : content.attended()) {
            blocks.add(Block.Paragraph.of(i18n.tr("sheet.thisWeek.attendedLine", i18n.shortDate(a.date()),
                    a.unit().name(), a.action().title(), String.join(i18n.tr("sheet.nameSeparator"), a.members()))));
        }
        blocks.add(new Block.Heading(2, i18n.tr("sheet.thisWeek.groupItems")));
        if (content.groupItems().isEmpty()) {
            blocks.add(Block.Paragraph.muted(i18n.tr("sheet.none")));
        } else {
            List<String> parts = content.groupItems().stream()
                    .map(d -> i18n.tr("sheet.thisWeek.doneItem", d.action().title(), i18n.shortDate(d.date()))).toList();
            blocks.add(Block.Paragraph.of(String.join(i18n.tr("sheet.listSeparator"), parts) + i18n.tr("sheet.fullStop")));
        }
        return blocks;
    }
}
