package org.guidancedesk.ui.checklist;

import java.util.List;
import java.util.stream.Collectors;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.RepeatProgress;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.TrafficLight;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.RepeatText;

/**
 * The cell of a repeating group work item: how many of its occurrences were held out of how
 * many ("↻ 5/12"), with the missed ones counted ("✘1") and named in the spoken text.
 */
final class RepeatCell {
    private RepeatCell() {}

    /** Done when every one was held, overdue when one was missed, else scheduled (under way). */
    static CellState state(ActionRecord r, RepeatProgress p) {
        if (r.status() == ActionStatus.NOT_APPLICABLE) {
            return CellState.NOT_APPLICABLE;
        }
        return p.complete() ? CellState.DONE : !p.missed().isEmpty() ? CellState.OVERDUE : CellState.SCHEDULED;
    }

    static CellView view(I18n i18n, String columnTitle, RequiredAction item, ActionRecord r, RepeatProgress p,
                         int warnDays) {
        CellState s = state(r, p);
        int held = p.heldCount();
        int all = p.dates().size();
        List<java.time.LocalDate> missed = p.missed();
        boolean dueSoon = s == CellState.SCHEDULED && p.light(warnDays) == TrafficLight.YELLOW;
        String text = (missed.isEmpty() ? i18n.tr("workitem.cell", held, all)
                : i18n.tr("workitem.cellMissed", held, all, missed.size())) + (r.note().isEmpty() ? "" : " ✎");
        String missedPart = missed.isEmpty() ? "" : i18n.tr("workitem.missedPart", missed.size(),
                missed.stream().map(i18n::longDate).collect(Collectors.joining("、")));
        String nextPart = p.next().map(d -> i18n.tr("workitem.nextPart", RepeatText.occurrence(i18n, d))).orElse("");
        String accessible = i18n.tr("workitem.cellAccessible", columnTitle, item.title(),
                RepeatText.of(i18n, item.repeat()), held, all, missedPart, nextPart);
        return new CellView(r, s, dueSoon, text, accessible);
    }
}
