package org.guidancedesk.ui.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.i18n.I18n;

/** What the 标记完成于… prompt says and starts with ({@link DoneDatePrompt}), for the cells it marks. */
public final class DoneDateTexts {
    private final Checklist checklist;
    private final LocalDate today;
    private final I18n i18n;
    private final Function<RecordKey, String> cellName;

    DoneDateTexts(Checklist checklist, LocalDate today, I18n i18n, Function<RecordKey, String> cellName) {
        this.checklist = checklist;
        this.today = today;
        this.i18n = i18n;
        this.cellName = cellName;
    }

    /**
     * The date the 标记完成于… prompt starts with: a done cell's own date, else a planned date
     * that has come (the event most likely took place as planned), else today. For several
     * cells, the date they all share, else today.
     */
    public LocalDate suggestedDoneDate(List<RecordKey> keys) {
        LocalDate shared = null;
        for (RecordKey key : keys) {
            ActionRecord r = checklist.record(key);
            LocalDate d = r.done() != null ? r.done()
                    : r.planned() != null && !r.planned().isAfter(today) ? r.planned() : today;
            if (shared != null && !shared.equals(d)) {
                return today;
            }
            shared = d;
        }
        return shared == null ? today : shared;
    }

    /** What the prompt says it marks: one cell's name, or how many are selected. */
    public String markDoneSubject(List<RecordKey> keys) {
        return keys.size() == 1 ? cellName.apply(keys.get(0)) : i18n.tr("checklist.markDone.cells", keys.size());
    }

    /**
     * "其中 1 项已完成，其完成日期将改为此日期" when several cells are marked and some are done
     * already ("" otherwise): they get the new date too, so it is said before, not discovered
     * afterwards in 修改记录.
     */
    public String markDoneRedates(List<RecordKey> keys) {
        long done = keys.size() < 2 ? 0
                : keys.stream().filter(k -> checklist.record(k).status() == ActionStatus.DONE).count();
        return done == 0 ? "" : i18n.tr("checklist.markDone.redated", done);
    }

    /** Why a date cannot be the done date ("" when it can): empty, out of range or in the future. */
    public String doneDateProblem(LocalDate day) {
        if (day == null) {
            return i18n.tr("checklist.markDone.noDate");
        }
        try {
            ActionRecord.checkDoneDate(day, today);
            return "";
        } catch (org.guidancedesk.domain.ValidationException e) {
            return org.guidancedesk.ui.Messages.of(i18n, e);
        }
    }
}
