package org.guidancedesk.ui.worklog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFigures;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.WorkSentences;

/**
 * This week's figures as the weekly sheet will say them (Monday to Sunday, as of today), from
 * the entries held: "与3家单位12位同志进行了谈话（其中主要负责同志1人）。…".
 */
final class WeekPreview {
    private WeekPreview() {}

    /** "本周（11月23日—11月29日）" */
    static String title(LocalDate today, I18n i18n) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return i18n.tr("worklog.week.title", i18n.shortDate(monday), i18n.shortDate(monday.plusDays(6)));
    }

    /** The sentences, or one saying nothing is done yet this week. */
    static String text(List<WorkEntry> entries, LocalDate today, I18n i18n) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String paragraph = WorkSentences.paragraph(WorkFigures.of(entries, monday, monday.plusDays(6), today), i18n);
        return paragraph.isEmpty() ? i18n.tr("worklog.week.nothing") : paragraph;
    }
}
