package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKindRule;
import org.guidancedesk.store.RecordRepository;
import org.guidancedesk.store.UnitKindRuleRepository;
import org.guidancedesk.store.UnitRepository;

/**
 * Applies the catalogue's rules by kind of unit to one unit, inside the write that adds it or
 * changes its kind: a cell of an action that does not fit the unit's kind becomes 不适用, where
 * nobody has written in it yet. Nothing recorded is overwritten, so adding or editing twice adds
 * nothing; only a 不适用 these rules wrote (nothing else in the cell) goes back to empty when a
 * new kind makes the action fit. Every change is a record's own, in the change log.
 */
final class UnitKindRules {
    private final UnitKindRuleRepository rules = new UnitKindRuleRepository();
    private final RecordRepository records = new RecordRepository();

    void apply(Connection c, Unit unit, Instant now) throws SQLException {
        apply(c, unit, byAction(c), now);
    }

    /** Applies the rules of these actions (added or changed by a catalogue import) to every unit there. */
    void applyToAll(Connection c, Set<Long> actionIds, Instant now) throws SQLException {
        Map<Long, List<UnitKindRule>> byAction = byAction(c);
        byAction.keySet().retainAll(actionIds);
        for (Unit unit : new UnitRepository().findAll(c)) {
            apply(c, unit, byAction, now);
        }
    }

    private Map<Long, List<UnitKindRule>> byAction(Connection c) throws SQLException {
        return rules.findAll(c).stream().collect(Collectors.groupingBy(UnitKindRule::actionId));
    }

    private void apply(Connection c, Unit unit, Map<Long, List<UnitKindRule>> byAction, Instant now) throws SQLException {
        for (Map.Entry<Long, List<UnitKindRule>> e : byAction.entrySet()) {
            RecordKey key = new RecordKey(e.getKey(), unit.id());
            ActionRecord exempt = new ActionRecord(key, ActionStatus.NOT_APPLICABLE, null, null, Set.of(), "");
            ActionRecord current = records.find(c, key).orElse(ActionRecord.empty(key));
            boolean fits = UnitKindRule.applies(e.getValue(), unit.kind());
            if (!fits && current.isEmpty()) {
                records.save(c, exempt, now);
            } else if (fits && current.equals(exempt)) {
                records.save(c, ActionRecord.empty(key), now);
            }
        }
    }
}
