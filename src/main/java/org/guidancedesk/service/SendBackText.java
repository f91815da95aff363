package org.guidancedesk.service;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidancedesk.domain.LedgerDecision;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.RectificationStatus;

/**
 * A 退回 as a line of the 进展情况 cell, and back: "退回整改（原为已完成，完成时间2026-12-01）：佐证材料不全"
 * — the status it took back and its dates in words, then the reason — so a file read back
 * holds the same 退回.
 */
final class SendBackText {
    private static final Pattern LINE = Pattern.compile(
            "退回整改（原为(已完成|已销号)(?:，完成时间(\\d{4}-\\d{2}-\\d{2}))?(?:，销号时间(\\d{4}-\\d{2}-\\d{2}))?）：(.*)",
            Pattern.DOTALL);

    private SendBackText() {}

    /** The line without its date: a 退回 in words, any other line as written. */
    static String format(ProgressNote n) {
        LedgerDecision.SendBack s = n.sendBack();
        if (s == null) {
            return n.text();
        }
        return "退回整改（原为" + LedgerWords.status(s.status())
                + (s.completedOn() == null ? "" : "，完成时间" + s.completedOn())
                + (s.verifiedOn() == null ? "" : "，销号时间" + s.verifiedOn()) + "）：" + n.text();
    }

    /** The note read from a file: a 退回 if its text says one in our words, else the note as it is. */
    static ProgressNote read(LocalDate on, String text) {
        Matcher m = LINE.matcher(text);
        if (m.matches()) {
            try {
                RectificationStatus status = "已销号".equals(m.group(1)) ? RectificationStatus.CLOSED
                        : RectificationStatus.COMPLETED;
                return new ProgressNote(0, 0, on, m.group(4), new LedgerDecision.SendBack(status, date(m.group(2)),
                        date(m.group(3)), ""));
            } catch (java.time.DateTimeException | org.guidancedesk.domain.ValidationException e) {
                // not a real date, or no reason left: the line stays a note as written
            }
        }
        return new ProgressNote(0, 0, on, text);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
