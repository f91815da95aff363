package org.guidancedesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day fixed relative to the campaign, as a template says it: {@code +7} (seven days after
 * the start, the start being {@code +0}), {@code w2d5} (Friday of campaign week 2, week 1 being
 * the start's week from its Monday), {@code m2} (the last day of the second month after the
 * start's month: 11月底 for a campaign started in September), {@code end} or {@code end-3}.
 * Campaign documents fix dates this way ("10月20日前", "11月底前解决一批", "结束前提交"), so the
 * same template serves a group whatever its dates.
 */
public record DayRule(Kind kind, int n, int weekday) {
    /** What the number counts from. */
    public enum Kind { AFTER_START, WEEK_DAY, MONTH_END, BEFORE_END }

    private static final Pattern AFTER_START = Pattern.compile("\\+(\\d{1,4})");
    private static final Pattern WEEK_DAY = Pattern.compile("w(\\d{1,3})d([1-7])");
    private static final Pattern MONTH_END = Pattern.compile("m(\\d{1,2})");
    private static final Pattern BEFORE_END = Pattern.compile("end(?:-(\\d{1,4}))?");

    /**
     * The rule written as {@code text}, or {@code null} for a blank text.
     *
     * @throws IllegalArgumentException naming the text when it is none of the forms
     */
    public static DayRule parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        Matcher m;
        if ((m = AFTER_START.matcher(t)).matches()) {
            return new DayRule(Kind.AFTER_START, Integer.parseInt(m.group(1)), 0);
        }
        if ((m = WEEK_DAY.matcher(t)).matches() && Integer.parseInt(m.group(1)) >= 1) {
            return new DayRule(Kind.WEEK_DAY, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH_END.matcher(t)).matches()) {
            return new DayRule(Kind.MONTH_END, Integer.parseInt(m.group(1)), 0);
        }
        if ((m = BEFORE_END.matcher(t)).matches()) {
            return new DayRule(Kind.BEFORE_END, m.group(1) == null ? 0 : Integer.parseInt(m.group(1)), 0);
        }
        throw new IllegalArgumentException("not a day rule (+7, w2d5, m2, end, end-3): " + t);
    }

    /** The day for a campaign from {@code start} to {@code end}. */
    public LocalDate on(LocalDate start, LocalDate end) {
        return switch (kind) {
            case AFTER_START -> start.plusDays(n);
            case WEEK_DAY -> start.with(DayOfWeek.MONDAY).plusWeeks(n - 1L).plusDays(weekday - 1L);
            case MONTH_END -> {
                LocalDate month = start.withDayOfMonth(1).plusMonths(n);
                yield month.withDayOfMonth(month.lengthOfMonth());
            }
            case BEFORE_END -> end.minusDays(n);
        };
    }

    /** The rule as a template writes it. */
    public String text() {
        return switch (kind) {
            case AFTER_START -> "+" + n;
            case WEEK_DAY -> "w" + n + "d" + weekday;
            case MONTH_END -> "m" + n;
            case BEFORE_END -> n == 0 ? "end" : "end-" + n;
        };
    }
}
