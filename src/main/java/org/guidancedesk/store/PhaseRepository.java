package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Phase;

/** The catalogue's phases (units) and areas (the group's work items), each scope in its order. */
public final class PhaseRepository {
    private static final String COLUMNS = "id, scope, code, name, sort_order";

    /** Every phase, the units' first, each scope in its order. */
    public List<Phase> findAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM phase ORDER BY CASE scope WHEN 'UNIT' THEN 0 ELSE 1 END, "
                + "sort_order, id", PhaseRepository::map);
    }

    /** Whether another phase of the same scope has this name. */
    public boolean nameTaken(Connection c, Phase p) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM phase WHERE scope = ? AND name = ? AND id <> ?", p.scope(), p.name(),
                p.id()) > 0;
    }

    /** Adds the phase after the others of its scope; returns it with its id and place. */
    public Phase insert(Connection c, Phase p) throws SQLException {
        int order = (int) Sql.count(c, "SELECT ifnull(max(sort_order), 0) + 1 FROM phase WHERE scope = ?", p.scope());
        long id = Sql.insert(c, "INSERT INTO phase (scope, code, name, sort_order) VALUES (?, ?, ?, ?)", p.scope(),
                p.code(), p.name(), order);
        return new Phase(id, p.scope(), p.code(), p.name(), order);
    }

    /** Saves its name and code (its scope and place stay). */
    public void update(Connection c, Phase p) throws SQLException {
        Sql.update(c, "UPDATE phase SET code = ?, name = ? WHERE id = ?", p.code(), p.name(), p.id());
    }

    /** Removes it; the caller has made sure no action is listed under it. */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM phase WHERE id = ?", id);
    }

    /** Removes every phase of the scope that no action is listed under, but those of {@code keep}. */
    public void deleteUnusedExcept(Connection c, ActionScope scope, List<Long> keep) throws SQLException {
        for (Phase p : findAll(c)) {
            if (p.scope() == scope && !keep.contains(p.id()) && actionsIn(c, p.id()) == 0) {
                delete(c, p.id());
            }
        }
    }

    public void reorder(Connection c, List<Long> idsInOrder) throws SQLException {
        Ordering.apply(c, "phase", idsInOrder);
    }

    /** How many actions (or work items) are listed under the phase. */
    public long actionsIn(Connection c, long id) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM required_action WHERE phase_id = ?", id);
    }

    private static Phase map(ResultSet rs) throws SQLException {
        return new Phase(rs.getLong("id"), ActionScope.valueOf(rs.getString("scope")), rs.getString("code"),
                rs.getString("name"), rs.getInt("sort_order"));
    }
}
