package org.guidancedesk.domain;

import java.util.Collection;
import java.util.Objects;

/**
 * What a campaign template says about one required action for units of one kind: {@link Rule#ADD},
 * the action is meant for units of the kinds it is added for (every other unit's cell is 不适用);
 * {@link Rule#NOT_APPLICABLE}, the action does not apply to units of this kind.
 */
public record UnitKindRule(long actionId, UnitKind kind, Rule rule) {
    public enum Rule { ADD, NOT_APPLICABLE }

    public UnitKindRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
    }

    /** Whether an action with these rules (all of one action) applies to a unit of this kind. */
    public static boolean applies(Collection<UnitKindRule> rulesOfAction, UnitKind kind) {
        boolean limited = rulesOfAction.stream().anyMatch(r -> r.rule() == Rule.ADD);
        boolean added = rulesOfAction.stream().anyMatch(r -> r.rule() == Rule.ADD && r.kind() == kind);
        boolean exempt = rulesOfAction.stream().anyMatch(r -> r.rule() == Rule.NOT_APPLICABLE && r.kind() == kind);
        return (!limited || added) && !exempt;
    }
}
