package org.guidancedesk.report;

import java.time.LocalDate;
import java.util.function.Function;
import org.guidancedesk.domain.LedgerDecision;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.i18n.I18n;

/**
 * A line of a ledger item's progress history in words, without its date: a note as written, a
 * 延期 as "延期至12月20日（原定11月30日，组长 王建国批准）：…", a 退回 with the status it took back.
 * The printed 台账 and the window say it alike.
 */
public final class HistoryLine {
    private HistoryLine() {}

    /** The line, its dates written by {@code date}. */
    public static String of(ProgressNote n, I18n i18n, Function<LocalDate, String> date) {
        LedgerDecision.Extension e = n.extension();
        if (e != null) {
            return i18n.tr("ledger.history.extension", date.apply(e.to()), date.apply(e.from()), e.approvedBy(), n.text());
        }
        LedgerDecision.SendBack s = n.sendBack();
        return s == null ? n.text() : i18n.tr("ledger.history.sendBack", i18n.tr("rectStatus", s.status()), n.text());
    }
}
