package org.guidancedesk.report;

import org.guidancedesk.domain.AgendaItem;
import org.guidancedesk.i18n.I18n;

/** The word for an agenda item's kind, wherever the agenda is shown: the work log's items by their entry's kind. */
public final class AgendaWords {
    private AgendaWords() {}

    public static String kind(AgendaItem item, I18n i18n) {
        if (item.kind() == AgendaItem.Kind.REPLY) {
            return i18n.tr("agenda.kind.REPLY");
        }
        return item.work() != null ? i18n.tr("workKind", item.work()) : i18n.tr("agenda.kind", item.kind());
    }
}
