package org.guidancedesk.report;

import java.util.List;
import org.guidancedesk.domain.WeeklyData;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.doc.Block;

/**
 * One numbered section of the weekly sheet. It collects its typed content from the week's
 * data (tested on its own) and renders it as blocks under its heading. Adding a section to
 * the sheet is one class and one line in {@link WeeklySections}.
 *
 * @param <T> what the section shows, as data
 */
public interface ReportSection<T> {

    /** The message key of the heading; the sheet adds the number (一、二、…). */
    String titleKey();

    T collect(WeeklyData data);

    /** The blocks under the heading; a section with nothing to say says so in one line. */
    List<Block> render(T content, WeeklyData data, I18n i18n);

    /**
     * Whether the section has nothing at all to say; the sheet then prints its heading as
     * "五、需要协调解决的问题：无" and nothing under it, to keep the sheet on one page.
     */
    default boolean isEmpty(T content) {
        return false;
    }
}
