package org.guidancedesk.service;

import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Occurrence;

/**
 * What one write did to the deadlines: the one deadline it touched, as saved (empty when it was
 * removed), and every occurrence of it now, by date — what {@link DeadlineService#occurrences()}
 * would list for it. A screen replaces that deadline's rows with these instead of reading all.
 */
public record DeadlineChange(long deadlineId, Optional<Deadline> deadline, List<Occurrence> occurrences) {
    public DeadlineChange {
        occurrences = List.copyOf(occurrences);
    }
}
