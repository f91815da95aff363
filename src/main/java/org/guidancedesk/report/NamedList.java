package org.guidancedesk.report;

import java.util.List;
import org.guidancedesk.i18n.I18n;

/**
 * A list named in a sheet's sentence, kept to its first few: "“A”；“B”；“C”；“D”等12项". A large
 * group has units with a dozen actions done or late in a week; naming them all took the status
 * sheet to 22 pages, while the counts stand in the tables beside.
 */
public final class NamedList {
    private NamedList() {}

    public static String of(List<String> items, int max, I18n i18n) {
        String sep = i18n.tr("sheet.listSeparator");
        if (items.size() <= max) {
            return String.join(sep, items);
        }
        return i18n.tr("sheet.andMore", String.join(sep, items.subList(0, max)), items.size());
    }
}
