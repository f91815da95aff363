package org.guidancedesk.cli;

import org.guidancedesk.domain.DateRange;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Week;
import picocli.CommandLine;

/**
 * The week a report is for, as the user wrote it: the campaign's own count (14, as the sheet's
 * 第14周) or the calendar week (2026-W48). A number is turned into a week once the group is known.
 */
record WeekChoice(Week calendarWeek, int campaignWeek) {

    Week resolve(Group group) {
        return calendarWeek != null ? calendarWeek : group.week(campaignWeek);
    }

    /** 14 or 2026-W48, or a usage error (exit 2) naming what was given. */
    static final class Converter implements CommandLine.ITypeConverter<WeekChoice> {
        /** More campaign weeks than any campaign has: a larger number is a typing slip. */
        private static final int MAX_CAMPAIGN_WEEK = 200;

        @Override
        public WeekChoice convert(String value) {
            String text = value.strip();
            if (text.matches("\\d{1,3}")) {
                int n = Integer.parseInt(text);
                if (n < 1 || n > MAX_CAMPAIGN_WEEK) {
                    throw new KeyedConversion("cli.usage.week");
                }
                return new WeekChoice(null, n);
            }
            Week week;
            try {
                week = Week.parse(text);
            } catch (IllegalArgumentException e) {
                throw new KeyedConversion("cli.usage.week");
            }
            if (!DateRange.contains(week.monday()) || !DateRange.contains(week.sunday())) {
                throw new KeyedConversion("cli.usage.dateRange", DateRange.FIRST.getYear(), DateRange.LAST.getYear());
            }
            return new WeekChoice(week, 0);
        }
    }
}
