package org.guidancedesk.report.dynamic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Completion;
import org.guidancedesk.domain.DateRange;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.LedgerFigures;
import org.guidancedesk.domain.ReviewFigures;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFigures;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.LedgerSection;
import org.guidancedesk.report.NextWeekSection;
import org.guidancedesk.report.ProgressSection;
import org.guidancedesk.report.ReviewSentence;
import org.guidancedesk.report.ThisWeekSection;
import org.guidancedesk.report.WorkLine;
import org.guidancedesk.report.WorkSentences;

/**
 * Writes a week's 工作动态 from the week's data, part by part, in the office's phrasing. Only
 * what may leave the file: counts, titles, positions, findings and highlights — never an
 * entry's notes, a name talked to or where a covert visit went.
 */
public final class DynamicWriter {
    private final WeeklyData data;
    private final I18n i18n;
    private final Checklist checklist;
    private final LocalDate from;
    private final LocalDate asOf;
    private final Map<Long, String> unitNames = new LinkedHashMap<>();

    private DynamicWriter(WeeklyData data, I18n i18n) {
        this.data = data;
        this.i18n = i18n;
        this.checklist = data.checklist();
        this.from = data.week().monday();
        this.asOf = data.asOf();
        checklist.units().forEach(u -> unitNames.put(u.id(), u.name()));
    }

    /** The six parts as the program writes them. */
    public static List<DynamicPart.Text> write(WeeklyData data, I18n i18n) {
        DynamicWriter w = new DynamicWriter(data, i18n);
        ThisWeekSection.ThisWeek week = new ThisWeekSection().collect(data);
        return List.of(new DynamicPart.Text(DynamicPart.WORK, w.work(week)),
                new DynamicPart.Text(DynamicPart.UNITS, w.units(week)),
                new DynamicPart.Text(DynamicPart.PROBLEMS, w.problems()),
                new DynamicPart.Text(DynamicPart.HIGHLIGHTS, w.highlights()),
                new DynamicPart.Text(DynamicPart.NEXT, w.next()),
                new DynamicPart.Text(DynamicPart.COORDINATION, w.coordination()));
    }

    private String tr(String key, Object... args) {
        return i18n.tr(key, args);
    }

    private String list(List<String> parts) {
        return String.join(tr("dynamic.listSeparator"), parts);
    }

    private List<WorkEntry> doneThisWeek() {
        return data.work().stream().filter(e -> e.countsWithin(from, asOf)).sorted(Comparator.comparing(WorkEntry::on)).toList();
    }

    // ---- 一、本周主要工作 ------------------------------------------------------------------

    private List<String> work(ThisWeekSection.ThisWeek week) {
        List<String> out = new ArrayList<>();
        String figures = WorkSentences.paragraph(WorkFigures.of(data.work(), from, data.week().sunday(), asOf), i18n);
        String reviewed = ReviewSentence.of(week.reviews(), i18n);
        out.add(figures.isEmpty() && reviewed.isEmpty() ? tr("dynamic.work.none")
                : join(figures.isEmpty() ? "" : tr("dynamic.work.week", figures),
                        reviewed.isEmpty() ? "" : tr("dynamic.reviews.week", reviewed)));
        String soFar = WorkSentences.paragraph(WorkFigures.of(data.work(), DateRange.FIRST, asOf, asOf), i18n);
        String reviewedSoFar = ReviewSentence.of(ReviewFigures.of(data.reviews(), DateRange.FIRST, asOf), i18n);
        String toDate = join(coverage(), soFar.isEmpty() ? "" : tr("dynamic.work.soFar", soFar),
                reviewedSoFar.isEmpty() ? "" : tr("dynamic.reviews.soFar", reviewedSoFar));
        if (!toDate.isEmpty()) {
            out.add(toDate);
        }
        List<String> done = new ArrayList<>();
        for (ThisWeekSection.Attended a : week.attended()) {
            done.add(tr("dynamic.work.attended", list(a.units().stream().map(Unit::name).toList()), a.action().title(),
                    i18n.shortDate(a.date())));
        }
        // The group's own meetings are its housekeeping, not news for the office.
        done.addAll(WorkLine.clauses(doneThisWeek().stream().filter(e -> e.kind() != WorkKind.GROUP_MEETING).toList(),
                unitNames, i18n));
        if (!done.isEmpty()) {
            out.add(tr("dynamic.work.actions", String.join(tr("dynamic.clauseSeparator"), done)));
        }
        return out;
    }

    /** Sentences one after another, the empty ones left out (nothing between them in Chinese, a space in English). */
    private String join(String... sentences) {
        return java.util.Arrays.stream(sentences).filter(x -> !x.isEmpty())
                .reduce((a, b) -> tr("dynamic.twoSentences", a, b)).orElse("");
    }

    /** "指导组已进驻全部6家联系单位。" / "…已进驻5家联系单位（共6家）。", or nothing before the first 进驻. */
    private String coverage() {
        long reached = checklist.units().stream().filter(u -> data.work().stream().anyMatch(e -> e.kind() == WorkKind.ARRIVAL
                && e.unitIds().contains(u.id()) && e.countsWithin(DateRange.FIRST, asOf))).count();
        int all = checklist.units().size();
        if (reached == 0) {
            return "";
        }
        return reached == all ? tr("dynamic.coverage.all", all) : tr("dynamic.coverage.some", reached, all);
    }

    // ---- 二、各单位进展 --------------------------------------------------------------------

    private List<String> units(ThisWeekSection.ThisWeek week) {
        List<String> out = new ArrayList<>();
        ProgressSection.Progress progress = new ProgressSection().collect(data);
        for (int i = 0; i < checklist.units().size(); i++) {
            Unit u = checklist.units().get(i);
            List<String> clauses = new ArrayList<>();
            week.units().stream().filter(d -> d.unit().id() == u.id()).findFirst().ifPresentOrElse(
                    d -> clauses.add(tr("dynamic.unit.done",
                            list(d.done().stream().map(x -> tr("dynamic.quoted", x.action().title())).toList()))),
                    () -> clauses.add(tr("dynamic.unit.nothing")));
            Completion c = progress.units().get(i).all(); // as of the report's day, like the status sheet
            clauses.add(tr("dynamic.unit.progress", c.done(), c.applicable(), c.percent()));
            // "“举办读书班”逾期14天（应于11月18日完成）", in the catalogue's order
            List<String> late = progress.late().stream().filter(l -> l.unit().id() == u.id())
                    .sorted(java.util.Comparator.comparingInt(l -> checklist.unitActions().indexOf(l.action())))
                    .map(l -> tr("dynamic.unit.lateAction", l.action().title(), i18n.shortDate(l.due()), l.days())).toList();
            if (!late.isEmpty()) {
                String pressed = reminded(u).map(day -> tr("dynamic.unit.reminded", i18n.shortDate(day))).orElse("");
                clauses.add(list(late) + pressed);
            }
            out.add(tr("dynamic.unit.line", u.name(), String.join(tr("dynamic.clauseSeparator"), clauses)));
        }
        return out.isEmpty() ? List.of(tr("dynamic.units.none")) : out;
    }

    /** The last day this campaign the group pressed the unit (a 督促 entry done), if any. */
    private java.util.Optional<LocalDate> reminded(Unit u) {
        return data.work().stream().filter(e -> e.kind() == WorkKind.REMINDER && e.unitIds().contains(u.id())
                && e.countsWithin(DateRange.FIRST, asOf)).map(WorkEntry::on).max(Comparator.naturalOrder());
    }

    // ---- 三、发现的主要问题 / 四、典型做法 ---------------------------------------------------

    private List<String> problems() {
        List<String> out = new ArrayList<>();
        for (WorkEntry e : doneThisWeek()) {
            for (WorkFinding f : e.findings()) {
                out.add(tr("dynamic.numbered", out.size() + 1, tr(f.turnedIntoItem() ? "dynamic.problem.filed" : "dynamic.problem",
                        WorkLine.units(e, unitNames, i18n), f.text())));
            }
        }
        if (out.isEmpty()) {
            out.add(tr("dynamic.problems.none"));
        }
        ledger().ifPresent(out::add);
        return out;
    }

    /** "整改台账累计32项，已完成7项（完成率22%），本周完成1项，逾期未完成4项。" as of the report's day. */
    private java.util.Optional<String> ledger() {
        LedgerFigures all = new LedgerSection().collect(data).total();
        if (all.total() == 0) {
            return java.util.Optional.empty();
        }
        int rate = (int) Math.round(all.completed() * 100.0 / all.total());
        return java.util.Optional.of(tr("dynamic.ledger", all.total(), all.completed(), rate, all.finishedInWeek(),
                all.overdue()));
    }

    private List<String> highlights() {
        List<String> out = new ArrayList<>();
        for (WorkEntry e : doneThisWeek()) {
            for (String h : e.highlights()) {
                out.add(tr("dynamic.numbered", out.size() + 1, tr("dynamic.highlight", WorkLine.units(e, unitNames, i18n), h)));
            }
        }
        return out.isEmpty() ? List.of(tr("dynamic.highlights.none")) : out;
    }

    // ---- 五、下步工作安排 / 六、需要协调解决的问题 ---------------------------------------------

    private List<String> next() {
        NextWeekSection.NextWeek next = new NextWeekSection().collect(data);
        java.util.TreeMap<LocalDate, List<String>> byDay = new java.util.TreeMap<>();
        for (NextWeekSection.Planned p : next.items()) {
            String who = p.isGroupItem() ? tr("sheet.nextWeek.group") : list(p.units().stream().map(Unit::name).toList());
            byDay.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(tr("dynamic.next.action", who, p.action().title()));
        }
        for (WorkEntry e : next.work()) {
            byDay.computeIfAbsent(e.on(), d -> new ArrayList<>())
                    .add(tr("dynamic.next.work", WorkLine.units(e, unitNames, i18n), WorkLine.of(e, i18n)));
        }
        if (byDay.isEmpty()) {
            return List.of(tr("dynamic.next.none"));
        }
        List<String> days = new ArrayList<>();
        byDay.forEach((day, what) -> days.add(tr("dynamic.next.day", i18n.shortDate(day), list(what))));
        return List.of(tr("dynamic.next.lead") + String.join(tr("dynamic.clauseSeparator"), days) + tr("dynamic.fullStop"));
    }

    private List<String> coordination() {
        String text = data.notes().coordination().strip();
        return text.isEmpty() ? List.of(tr("dynamic.coordination.none"))
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
