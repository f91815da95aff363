package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A group's catalogue as a campaign office passes it on (issue 17): the phases and areas, the
 * required actions and the group's work items, the ledgers' categories and the reporting
 * deadlines; and the rest of the campaign: its 三个节点 (earliest first, at most three), the kinds of
 * document the group reviews with their usual criteria, and the rules by kind of unit. Read from a
 * file, its records have no ids (0) and its deadlines no one responsible; a file without the last
 * three tabs (the first workbooks had five) holds none of them.
 */
public record CatalogEntries(List<Phase> phases, List<RequiredAction> actions, Map<Ledger, List<String>> categories,
                             List<Deadline> deadlines, List<LocalDate> nodes, List<ReviewKind> reviewKinds,
                             List<KindRule> kindRules) {
    /**
     * A rule by kind of unit as a file carries it: the units' required action by its title (ids are
     * the group's own), the kind, add or not applicable.
     */
    public record KindRule(String title, UnitKind kind, UnitKindRule.Rule rule) {
        public KindRule {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** The catalogue alone: no nodes, review kinds or rules by kind of unit. */
    public CatalogEntries(List<Phase> phases, List<RequiredAction> actions, Map<Ledger, List<String>> categories,
                          List<Deadline> deadlines) {
        this(phases, actions, categories, deadlines, List.of(), List.of(), List.of());
    }

    public CatalogEntries {
        phases = List.copyOf(phases);
        actions = List.copyOf(actions);
        Map<Ledger, List<String>> copy = new EnumMap<>(Ledger.class);
        for (Ledger l : Ledger.values()) {
            copy.put(l, List.copyOf(categories.getOrDefault(l, List.of())));
        }
        categories = java.util.Collections.unmodifiableMap(copy);
        deadlines = List.copyOf(deadlines);
        nodes = List.copyOf(nodes);
        reviewKinds = List.copyOf(reviewKinds);
        kindRules = List.copyOf(kindRules);
    }
}
