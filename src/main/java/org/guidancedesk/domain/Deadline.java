package org.guidancedesk.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A reporting deadline (上报材料时间节点): what is sent, to whom, by whom, and when it falls due.
 *
 * @param dueTime       the time of day it is due, or {@code null}
 * @param responsibleId the member responsible, or {@code null}
 */
public record Deadline(long id, String title, LocalTime dueTime, String recipient, Long responsibleId,
                       Recurrence recurrence, String note) {
    /** Where submissions go unless said otherwise. */
    public static final String DEFAULT_RECIPIENT = "主题教育领导小组办公室";

    public Deadline {
        title = Text.requiredName("deadline.title", title);
        recipient = Text.optional("deadline.recipient", recipient);
        Objects.requireNonNull(recurrence, "recurrence");
        note = Text.note("deadline.note", note);
    }

    public Deadline withId(long newId) {
        return new Deadline(newId, title, dueTime, recipient, responsibleId, recurrence, note);
    }

    /** Soft warnings (message keys): a due date outside the campaign. */
    public List<String> warnings(Group group) {
        return recurrence.dates(group.end()).stream().anyMatch(d -> !group.covers(d))
                ? List.of("warning.deadlineOutsideCampaign") : List.of();
    }

    /**
     * The due dates, refusing a rule that yields none inside the campaign-bounded range (a
     * weekly rule whose weekday never comes before its end, say).
     */
    public List<LocalDate> dueDates(Group group) {
        List<LocalDate> dates = recurrence.dates(group.end());
        if (dates.isEmpty()) {
            throw new ValidationException("deadline.recurrence", "validation.noOccurrence");
        }
        return dates;
    }
}
