package org.guidancedesk.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.DateRange;
import org.guidancedesk.domain.LedgerDecision;
import org.guidancedesk.domain.LedgerPatch;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.Text;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.store.ProgressRepository;
import org.guidancedesk.store.RectificationRepository;

/**
 * The group's decisions on one ledger item — 延期 (a new due date, with the reason and who
 * approved it) and 退回 (a completion not accepted) — each one write: the item changed and the
 * decision as a line of its progress history, so one undo takes both back. Every input is
 * checked before anything is written, and a refusal names its field.
 */
final class LedgerDecisions {
    private final LedgerPatches patches;
    private final Clock clock;
    private final RectificationRepository items = new RectificationRepository();
    private final ProgressRepository progress = new ProgressRepository();

    LedgerDecisions(LedgerPatches patches, Clock clock) {
        this.patches = patches;
        this.clock = clock;
    }

    LedgerPatch extend(long itemId, LocalDate to, String reason, String approvedBy, LocalDate approvedOn) {
        if (to == null) {
            throw new ValidationException("extension.due", "validation.required");
        }
        DateRange.check("extension.due", to);
        String why = Text.requiredText("extension.reason", reason, Text.MAX_NOTE);
        String who = Text.requiredName("extension.approvedBy", approvedBy);
        LocalDate on = pastOrToday("extension.approvedOn", approvedOn);
        return patches.write(c -> {
            Rectification stored = items.find(c, itemId).orElseThrow(() -> new SQLException("no item " + itemId));
            Rectification extended = stored.extendedTo(to);
            Instant now = Instant.now(clock);
            items.update(c, extended, now);
            progress.insert(c, new ProgressNote(0, itemId, on, why,
                    new LedgerDecision.Extension(stored.due(), to, who)), now);
            return patches.of(c, List.of(extended), Set.of());
        });
    }

    LedgerPatch sendBack(long itemId, String reason, LocalDate on) {
        String why = Text.requiredText("sendBack.reason", reason, Text.MAX_NOTE);
        LocalDate day = pastOrToday("sendBack.on", on);
        return patches.write(c -> {
            Rectification stored = items.find(c, itemId).orElseThrow(() -> new SQLException("no item " + itemId));
            Rectification back = stored.sentBack();
            if (stored.finishedOn() != null && day.isBefore(stored.finishedOn())) {
                throw new ValidationException("sendBack.on", "validation.sendBackBeforeCompletion",
                        stored.finishedOn());
            }
            Instant now = Instant.now(clock);
            items.update(c, back, now);
            progress.insert(c, new ProgressNote(0, itemId, day, why, LedgerDecision.SendBack.of(stored)), now);
            return patches.of(c, List.of(back), Set.of());
        });
    }

    /** The day of a decision: today when not given; never later than today. */
    private LocalDate pastOrToday(String field, LocalDate given) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = given == null ? today : DateRange.check(field, given);
        if (day.isAfter(today)) {
            throw new ValidationException(field, "validation.notInFuture");
        }
        return day;
    }
}
