package org.guidancedesk.service;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidancedesk.domain.ItemRepeat;

/**
 * A group work item's repeat rule as a campaign document writes it, in a template or a
 * catalogue workbook: 每周三 (每周星期三, 每周周三), 每月15日 (每月15). Always Chinese, like the rest
 * of those files.
 */
final class RepeatWords {
    private static final Pattern WEEKLY = Pattern.compile("每周(.+)");
    private static final Pattern MONTHLY = Pattern.compile("每月(\\d{1,2})[日号]?");

    private RepeatWords() {}

    /** The rule the words say, or empty when they say none (blank) or are not a rule. */
    static Optional<ItemRepeat> parse(String text) {
        String t = text.strip();
        Matcher w = WEEKLY.matcher(t);
        if (w.matches()) {
            return CatalogSheets.weekday(w.group(1)).map(ItemRepeat::weekly);
        }
        Matcher m = MONTHLY.matcher(t);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            return day >= 1 && day <= 31 ? Optional.of(ItemRepeat.monthly(day)) : Optional.empty();
        }
        return Optional.empty();
    }

    static String of(ItemRepeat r) {
        if (r == null) {
            return "";
        }
        return r.every() == ItemRepeat.Every.WEEK
                ? "每周" + CatalogSheets.weekday(java.time.DayOfWeek.of(r.day())).substring(2)
                : "每月" + r.day() + "日";
    }
}
