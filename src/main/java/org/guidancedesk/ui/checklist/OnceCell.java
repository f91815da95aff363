package org.guidancedesk.ui.checklist;

import java.time.LocalDate;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.CellState;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.i18n.I18n;

/**
 * The cell of an action done once (a unit's required action, a group work item that does not
 * repeat): its state's symbol with a short date or word, ✎ for a note, and the spoken text.
 */
final class OnceCell {
    private OnceCell() {}

    /** @param liaisonLine the unit's liaison as a line of the spoken text, or "" */
    static CellView view(I18n i18n, String columnTitle, RequiredAction a, ActionRecord r, LocalDate today, int warnDays,
                         String liaisonLine) {
        CellState s = r.state(a, today);
        LocalDate dueBy = r.dueBy(a);
        String date = switch (s) {
            case DONE -> i18n.cellDate(r.done());
            case SCHEDULED -> i18n.cellDate(r.planned());
            // The date it fell due by, so the secretary sees how late without opening the cell.
            case OVERDUE -> dueBy != null ? i18n.cellDate(dueBy) : i18n.tr("cell.short.OVERDUE");
            case NOT_APPLICABLE -> i18n.tr("cell.short.NOT_APPLICABLE");
            case NOT_SCHEDULED -> "";
        };
        boolean dueSoon = (s == CellState.SCHEDULED || s == CellState.NOT_SCHEDULED)
                && org.guidancedesk.domain.TrafficLight.of(r.dueBy(a), false, false, today, warnDays)
                        == org.guidancedesk.domain.TrafficLight.YELLOW;
        String symbol = dueSoon ? CellView.DUE_SOON_SYMBOL : CellView.symbol(s);
        // ✎ marks a cell that carries a note, so a note-only cell does not look untouched.
        String text = (symbol + " " + date).strip() + (r.note().isEmpty() ? "" : " ✎");
        String when = s == CellState.DONE ? i18n.longDate(r.done())
                : s == CellState.OVERDUE && dueBy != null && !dueBy.equals(r.planned())
                        ? i18n.tr("checklist.dueOn", i18n.longDate(dueBy))
                : r.planned() != null ? i18n.tr("checklist.plannedOn", i18n.longDate(r.planned())) : "";
        String stateWord = dueSoon ? i18n.tr("checklist.dueSoon") : i18n.tr("cell", s);
        String accessible = i18n.tr("checklist.cellAccessible", columnTitle, a.title(), stateWord, when)
                + (r.note().isEmpty() ? "" : i18n.tr("checklist.hasNote")) + liaisonLine;
        return new CellView(r, s, dueSoon, text, accessible);
    }
}
