package org.guidancedesk.report;

import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;

/**
 * A week as reports name it: 第6周, the campaign's own count, in titles and file names alike;
 * the calendar week (2026-W45) only for a week before the campaign, which has no number.
 */
public final class WeekName {
    private WeekName() {}

    public static String of(Group group, Week week, I18n i18n) {
        int n = group.campaignWeek(week.monday());
        return n >= 1 ? i18n.tr("sheet.weekName", n) : week.toString();
    }

    /** A file name made safe on every system: characters Windows refuses become "_". */
    public static String safeFileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
