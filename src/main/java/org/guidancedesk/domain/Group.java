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

    /** The ISO week that is campaign week {@code number} (1 is the week of the start). */
    public Week week(int number) {
        LocalDate firstMonday = start.minusDays(start.getDayOfWeek().getValue() - 1L);
        return Week.of(firstMonday.plusWeeks(number - 1L));
    }

    /** The campaign's last week number (that of its end). */
    public int lastWeek() {
        return campaignWeek(end);
    }

    /** Whether any day of the week lies inside the campaign. */
    public boolean overlaps(Week week) {
        return !week.sunday().isBefore(start) && !week.monday().isAfter(end);
    }

    public Group withSecretary(Long memberId) {
        return new Group(name, campaign, start, end, memberId);
    }
}
