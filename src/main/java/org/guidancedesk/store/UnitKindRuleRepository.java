package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.UnitKindRule;

/** The catalogue's rules by kind of unit (written from the template when the group is created). */
public final class UnitKindRuleRepository {
    public List<UnitKindRule> findAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT action_id, kind, rule FROM action_unit_kind ORDER BY action_id, kind",
                rs -> new UnitKindRule(rs.getLong(1), UnitKind.valueOf(rs.getString(2)),
                        UnitKindRule.Rule.valueOf(rs.getString(3))));
    }

    public void insert(Connection c, UnitKindRule r) throws SQLException {
        Sql.update(c, "INSERT INTO action_unit_kind (action_id, kind, rule) VALUES (?, ?, ?)", r.actionId(),
                r.kind().name(), r.rule().name());
    }

    /** Turns the action's rule for the kind into the other one. */
    public void update(Connection c, UnitKindRule r) throws SQLException {
        Sql.update(c, "UPDATE action_unit_kind SET rule = ? WHERE action_id = ? AND kind = ?", r.rule().name(),
                r.actionId(), r.kind().name());
    }
}
