package org.guidancedesk.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A group's catalogue as a campaign office passes it on (issue 17): the phases and areas, the
 * required actions and the group's work items, the ledgers' categories and the reporting
 * deadlines. Read from a file, its records have no ids (0) and its deadlines no one responsible.
 */
public record CatalogEntries(List<Phase> phases, List<RequiredAction> actions, Map<Ledger, List<String>> categories,
                             List<Deadline> deadlines) {
    public CatalogEntries {
        phases = List.copyOf(phases);
        actions = List.copyOf(actions);
        Map<Ledger, List<String>> copy = new EnumMap<>(Ledger.class);
        for (Ledger l : Ledger.values()) {
            copy.put(l, List.copyOf(categories.getOrDefault(l, List.of())));
        }
        categories = java.util.Collections.unmodifiableMap(copy);
        deadlines = List.copyOf(deadlines);
    }
}
