package org.guidancedesk.ui;

import java.time.LocalDate;
import org.guidancedesk.domain.ItemRepeat;
import org.guidancedesk.i18n.I18n;

/** A repeat rule in words: 每周三, 每月15日 (or every Wednesday, monthly on day 15). */
public final class RepeatText {
    private RepeatText() {}

    public static String of(I18n i18n, ItemRepeat repeat) {
        if (repeat == null) {
            return "";
        }
        return repeat.every() == ItemRepeat.Every.WEEK
                ? i18n.tr("repeat.WEEK", weekday(i18n, repeat.day()))
                : i18n.tr("repeat.MONTH", repeat.day());
    }

    /** 周三 for 3. */
    public static String weekday(I18n i18n, int day) {
        return i18n.tr("repeat.weekday." + day);
    }

    /** "12月3日 周三": an occurrence's date with its weekday. */
    public static String occurrence(I18n i18n, LocalDate due) {
        return i18n.tr("workitem.occurrence", i18n.longDate(due), weekday(i18n, due.getDayOfWeek().getValue()));
    }
}
