package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The guidance group the file belongs to, and its campaign.
 *
 * @param secretaryId the member who keeps the records, or {@code null} before one is named
 */
public record Group(String name, String campaign, LocalDate start, LocalDate end, Long secretaryId) {

    public Group {
        name = Text.requiredName("group.name", name);
        campaign = Text.requiredName("group.campaign", campaign);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new ValidationException("group.end", "validation.endBeforeStart");
        }
    }

    /** Whether the date lies inside the campaign (both ends included). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The campaign week (1 for the week of the start, counted Monday to Sunday). */
    public int campaignWeek(LocalDate date) {
        LocalDate firstMonday = start.minusDays(start.getDayOfWeek().getValue() - 1L);
        return (int) Math.floorDiv(java.time.temporal.ChronoUnit.DAYS.between(firstMonday, date), 7) + 1;
    }

    public Group withSecretary(Long memberId) {
        return new Group(name, campaign, start, end, memberId);
    }
}
