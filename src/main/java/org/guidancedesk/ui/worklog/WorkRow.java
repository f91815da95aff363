package org.guidancedesk.ui.worklog;

import java.util.Locale;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;

/**
 * One line of the log, its texts made once: 日期, 类别, 单位, 内容 (what may be shown), 状态, 带队;
 * and the text the word filter searches (notes and names too: the list is the secretary's own).
 */
public record WorkRow(WorkEntry entry, String dateText, String kindText, String unitsText, String gist,
                      String statusText, String leaderText, String searchText) {

    static WorkRow of(WorkEntry e, WorkTexts t) {
        String units = t.units(e);
        String gist = t.gist(e);
        StringBuilder search = new StringBuilder();
        search.append(t.kind(e.kind())).append(' ').append(units).append(' ').append(gist).append(' ')
                .append(t.members(e.memberIds())).append(' ').append(e.notes()).append(' ').append(e.evidence());
        if (e.details() instanceof WorkDetails.Talk talk) {
            for (Interviewee p : talk.people()) {
                search.append(' ').append(p.name()).append(' ').append(p.position());
            }
        }
        if (e.details() instanceof WorkDetails.Visit v) {
            v.places().forEach(p -> search.append(' ').append(p.name()));
        }
        e.findings().forEach(f -> search.append(' ').append(f.text()));
        e.highlights().forEach(h -> search.append(' ').append(h));
        return new WorkRow(e, t.date(e.on(), e.at()), t.kind(e.kind()), units, gist, t.status(e.status()),
                t.member(e.leaderId()), search.toString().toLowerCase(Locale.ROOT));
    }

    public long id() {
        return entry.id();
    }
}
