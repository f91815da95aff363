package org.guidancedesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ReviewFigures;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFigures;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;

/**
 * 本周工作: actions the units completed this week, what the group attended, its own items done,
 * the deadlines met, and the group's own work (its figures as reports phrase them, a line an entry,
 * and a line of its reviewing: "审阅方案材料N份，提出修改意见N条，N份经多轮修改后定稿").
 */
public final class ThisWeekSection implements ReportSection<ThisWeekSection.ThisWeek> {

    /** An action done on a day. */
    public record Done(RequiredAction action, LocalDate date) {}

    /** One unit's actions completed this week, in date order. */
    public record UnitDone(Unit unit, List<Done> done) {}

    /**
     * A must-attend action the group attended on a day, at one or more units, with who went;
     * units holding the same action the same day share one line.
     */
    public record Attended(List<Unit> units, RequiredAction action, LocalDate date, List<String> members) {}

    /** A reporting deadline submitted this week. */
    public record Submitted(String title, LocalDate due, LocalDate on) {}

    /** The group's own work this week: its figures, and its done entries in date order. */
    public record Work(WorkFigures figures, List<WorkEntry> done) {
        public boolean isEmpty() {
            return done.isEmpty();
        }
    }

    /**
     * {@code pending}: what is planned for the rest of the week (from the sheet's day) and not
     * done yet — a must-attend action on Friday shows before it happens.
     */
    public record ThisWeek(List<UnitDone> units, List<Attended> attended, List<Done> groupItems, List<Done> missedItems,
                           List<Submitted> submitted, Work work, NextWeekSection.NextWeek pending, ReviewFigures reviews) {
        public boolean isEmpty() {
            return units.isEmpty() && attended.isEmpty() && groupItems.isEmpty() && missedItems.isEmpty()
                    && submitted.isEmpty() && work.isEmpty()
                    && pending.items().isEmpty() && pending.work().isEmpty() && reviews.isEmpty();
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
        Map<LocalDate, Map<RequiredAction, AttendedBuilder>> attendedByDay = new TreeMap<>();
        for (Unit u : c.units()) {
            List<Done> done = new ArrayList<>();
            for (RequiredAction a : c.unitActions()) {
                ActionRecord r = c.record(new RecordKey(a.id(), u.id()));
                if (AsOf.doneBy(r, data.asOf()) && !r.done().isBefore(from)) {
                    done.add(new Done(a, r.done()));
                    if (a.mustAttend() && !r.attendeeIds().isEmpty()) {
                        attendedByDay.computeIfAbsent(r.done(), d -> new LinkedHashMap<>())
                                .computeIfAbsent(a, x -> new AttendedBuilder()).add(u, r.attendeeIds());
                    }
                }
            }
            done.sort(Comparator.comparing(Done::date));
            if (!done.isEmpty()) {
                units.add(new UnitDone(u, done));
            }
        }
        List<Attended> attended = new ArrayList<>();
        attendedByDay.forEach((day, byAction) -> byAction.forEach((a, b) -> attended.add(b.build(a, day, c))));
        List<Done> items = new ArrayList<>();
        List<Done> missed = new ArrayList<>();
        for (RequiredAction a : c.groupItems()) {
            ActionRecord r = c.record(RecordKey.ofGroupItem(a.id()));
            if (a.repeats()) {
                repeatingItem(c, a, from, data.asOf(), items, missed);
            } else if (AsOf.doneBy(r, data.asOf()) && !r.done().isBefore(from)) {
                items.add(new Done(a, r.done()));
            }
        }
        items.sort(Comparator.comparing(Done::date));
        missed.sort(Comparator.comparing(Done::date));
        List<Submitted> submitted = new ArrayList<>();
        for (org.guidancedesk.domain.Occurrence o : data.occurrences()) {
            o.submission().filter(s -> !s.submittedOn().isBefore(from) && !s.submittedOn().isAfter(data.asOf()))
                    .ifPresent(s -> submitted.add(new Submitted(o.deadline().title(), o.due(), s.submittedOn())));
        }
        submitted.sort(Comparator.comparing(Submitted::on));
        LocalDate rest = data.asOf().isAfter(from) ? data.asOf() : from;
        return new ThisWeek(units, attended, items, missed, submitted, work(data),
                NextWeekSection.plannedBetween(data, data.week(), rest), reviews(data));
    }

    /**
     * A repeating item's week: each occurrence held from Monday to the sheet's day, and each due
     * in that time and not held by then (the weekly study that did not take place).
     */
    private static void repeatingItem(Checklist c, RequiredAction a, LocalDate from, LocalDate asOf, List<Done> held,
                                      List<Done> missed) {
        if (c.record(RecordKey.ofGroupItem(a.id())).status() == ActionStatus.NOT_APPLICABLE) {
            return;
        }
        // Every one held that week, even of a date the rule no longer gives (it was held all the same).
        for (org.guidancedesk.domain.HeldOccurrence h : c.heldOf(a.id())) {
            if (!h.heldOn().isBefore(from) && !h.heldOn().isAfter(asOf)) {
                held.add(new Done(a, h.heldOn()));
            }
        }
        c.repeatProgress(a, asOf).missed().stream().filter(due -> !due.isBefore(from))
                .forEach(due -> missed.add(new Done(a, due)));
    }

    /** The week's reviewing (审阅把关), counted up to the sheet's day like the rest. */
    private static ReviewFigures reviews(WeeklyData data) {
        return ReviewFigures.of(data.reviews(), data.week().monday(), countedUpTo(data));
    }

    /** The sheet's day, or the week's Sunday for a past week. */
    private static LocalDate countedUpTo(WeeklyData data) {
        return data.asOf().isBefore(data.week().sunday()) ? data.asOf() : data.week().sunday();
    }

    private static Work work(WeeklyData data) {
        LocalDate from = data.week().monday();
        LocalDate to = countedUpTo(data);
        List<WorkEntry> done = data.work().stream().filter(e -> e.countsWithin(from, to))
                .sorted(Comparator.comparing(WorkEntry::on)).toList();
        return new Work(WorkFigures.of(data.work(), from, data.week().sunday(), data.asOf()), done);
    }

    /** "（二）…" — or, with nothing to list, "（二）…：本周无。" on the heading's own line. */
    private static Block.Heading subheading(String key, boolean empty, I18n i18n) {
        return new Block.Heading(2, empty ? i18n.tr("sheet.subheadingNone", i18n.tr(key)) : i18n.tr(key));
    }

    /** One line per attended action and day: 日期 | 单位 | 规定动作 | 参加人员. */
    private static Block.Table attendedTable(List<Attended> attended, I18n i18n) {
        List<Block.Column> columns = List.of(
                new Block.Column(i18n.tr("sheet.thisWeek.attended.date"), 1.0, Block.Align.CENTER),
                new Block.Column(i18n.tr("sheet.thisWeek.attended.units"), 3.6, Block.Align.LEFT),
                new Block.Column(i18n.tr("sheet.thisWeek.attended.action"), 3.6, Block.Align.LEFT),
                new Block.Column(i18n.tr("sheet.thisWeek.attended.members"), 2.0, Block.Align.LEFT));
        String sep = i18n.tr("sheet.nameSeparator");
        List<List<String>> rows = new ArrayList<>();
        for (Attended a : attended) {
            rows.add(List.of(i18n.shortDate(a.date()), String.join(sep, a.units().stream().map(Unit::name).toList()),
                    a.action().title(), String.join(sep, a.members())));
        }
        return new Block.Table(columns, rows);
    }

    /** Gathers the units and members of one attended action on one day. */
    private static final class AttendedBuilder {
        private final List<Unit> units = new ArrayList<>();
        private final Set<Long> memberIds = new HashSet<>();

        void add(Unit unit, Set<Long> attendees) {
            units.add(unit);
            memberIds.addAll(attendees);
        }

        Attended build(RequiredAction action, LocalDate day, Checklist c) {
            List<String> names = c.members().stream().filter(m -> memberIds.contains(m.id())).map(Member::name).toList();
            return new Attended(units, action, day, names);
        }
    }

    /** Actions named a unit under （一）; the rest counted (the 进度 table has them all). */
    static final int MAX_NAMED = 6;

    @Override
    public List<Block> render(ThisWeek content, WeeklyData data, I18n i18n) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(subheading("sheet.thisWeek.units", content.units().isEmpty(), i18n));
        for (UnitDone u : content.units()) {
            List<String> parts = u.done().stream()
                    .map(d -> i18n.tr("sheet.thisWeek.doneItem", d.action().title(), i18n.shortDate(d.date()))).toList();
            blocks.add(Block.Paragraph.of(i18n.tr("sheet.thisWeek.unitLine", u.unit().name(),
                    NamedList.of(parts, MAX_NAMED, i18n))));
        }
        blocks.add(subheading("sheet.thisWeek.attended", content.attended().isEmpty(), i18n));
        if (!content.attended().isEmpty()) {
            blocks.add(attendedTable(content.attended(), i18n));
        }
        blocks.add(subheading("sheet.thisWeek.groupItems", content.groupItems().isEmpty() && content.missedItems().isEmpty(), i18n));
        if (!content.groupItems().isEmpty()) {
            List<String> parts = content.groupItems().stream()
                    .map(d -> i18n.tr("sheet.thisWeek.doneItem", d.action().title(), i18n.shortDate(d.date()))).toList();
            blocks.add(Block.Paragraph.of(String.join(i18n.tr("sheet.listSeparator"), parts) + i18n.tr("sheet.fullStop")));
        }
        if (!content.missedItems().isEmpty()) {
            List<String> parts = content.missedItems().stream()
                    .map(d -> i18n.tr("sheet.thisWeek.doneItem", d.action().title(), i18n.shortDate(d.date()))).toList();
            blocks.add(Block.Paragraph.of(i18n.tr("sheet.thisWeek.missedItems",
                    String.join(i18n.tr("sheet.listSeparator"), parts))));
        }
        blocks.add(subheading("sheet.thisWeek.submitted", content.submitted().isEmpty(), i18n));
        if (!content.submitted().isEmpty()) {
            List<String> parts = content.submitted().stream()
                    .map(x -> i18n.tr("sheet.thisWeek.submittedItem", x.title(), i18n.shortDate(x.on()))).toList();
            blocks.add(Block.Paragraph.of(String.join(i18n.tr("sheet.listSeparator"), parts) + i18n.tr("sheet.fullStop")));
        }
        blocks.add(subheading("sheet.thisWeek.work", content.work().isEmpty() && content.reviews().isEmpty(), i18n));
        if (!content.work().isEmpty()) {
            blocks.add(Block.Paragraph.of(WorkSentences.paragraph(content.work().figures(), i18n)));
            blocks.add(workLines(content.work().done(), data, i18n));
        }
        if (!content.reviews().isEmpty()) {
            blocks.add(Block.Paragraph.of(ReviewSentence.of(content.reviews(), i18n)));
        }
        boolean nothingPending = content.pending().items().isEmpty() && content.pending().work().isEmpty();
        blocks.add(subheading("sheet.thisWeek.pending", nothingPending, i18n));
        if (!nothingPending) {
            blocks.add(pendingLine(content.pending(), data, i18n));
        }
        return blocks;
    }

    /**
     * What is still to do this week in one paragraph, by day — "11月27日：江城大学“讲专题党课”（必须参加）；
     * 11月28日：指导组座谈会：…" — short enough not to push the sheet onto a third page.
     */
    private static Block pendingLine(NextWeekSection.NextWeek pending, WeeklyData data, I18n i18n) {
        Map<Long, String> names = new LinkedHashMap<>();
        data.checklist().units().forEach(u -> names.put(u.id(), u.name()));
        TreeMap<LocalDate, List<String>> byDay = new TreeMap<>();
        String sep = i18n.tr("sheet.nameSeparator");
        for (NextWeekSection.Planned p : pending.items()) {
            String who = p.isGroupItem() ? i18n.tr("sheet.nextWeek.group")
                    : String.join(sep, p.units().stream().map(Unit::name).toList());
            String mark = p.action().mustAttend() ? i18n.tr("sheet.mustAttendMark") : "";
            byDay.computeIfAbsent(p.date(), d -> new ArrayList<>())
                    .add(i18n.tr("sheet.thisWeek.pendingItem", who, p.action().title()) + mark);
        }
        for (WorkEntry e : pending.work()) {
            byDay.computeIfAbsent(e.on(), d -> new ArrayList<>())
                    .add(i18n.tr("sheet.thisWeek.pendingWork", WorkLine.units(e, names, i18n), WorkLine.of(e, i18n)));
        }
        List<String> days = new ArrayList<>();
        byDay.forEach((day, what) -> days.add(i18n.tr("sheet.thisWeek.pendingDay", i18n.shortDate(day),
                String.join(i18n.tr("sheet.nameSeparator"), what))));
        return Block.Paragraph.of(String.join(i18n.tr("sheet.thisWeek.work.lineSeparator"), days) + i18n.tr("sheet.fullStop"));
    }

    /**
     * The week's done entries in one paragraph, a clause each ("11月30日，南山县：个别谈话 4人"),
     * so a busy week does not push the sheet onto a third page; never an entry's notes.
     */
    private static Block workLines(List<WorkEntry> done, WeeklyData data, I18n i18n) {
        Map<Long, String> names = new LinkedHashMap<>();
        data.checklist().units().forEach(u -> names.put(u.id(), u.name()));
        return Block.Paragraph.of(String.join(i18n.tr("sheet.thisWeek.work.lineSeparator"), WorkLine.clauses(done, names, i18n))
                + i18n.tr("sheet.fullStop"));
    }
}
