package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RequiredAction;

/** The catalogue of required actions and group work items, in display order. */
public final class ActionRepository {
    private static final String SELECT = "SELECT a.id, a.title, a.must_attend, a.due_from, a.due_to, a.scope, "
            + "a.sort_order, p.id AS phase_id, p.code AS phase_code, p.name AS phase_name, "
            + "p.sort_order AS phase_order FROM required_action a JOIN phase p ON p.id = a.phase_id";

    /** All actions, ordered by their phase's place, then display order. */
    public List<RequiredAction> findAll(Connection c) throws SQLException {
        return Sql.query(c, SELECT + " ORDER BY p.sort_order, p.id, a.sort_order, a.id", ActionRepository::map);
    }

    public Optional<RequiredAction> find(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, SELECT + " WHERE a.id = ?", ActionRepository::map, id);
    }

    public RequiredAction insert(Connection c, RequiredAction a) throws SQLException {
        int order = (int) Sql.count(c, "SELECT ifnull(max(sort_order), 0) + 1 FROM required_action");
        long id = Sql.insert(c, """
                INSERT INTO required_action (title, phase_id, must_attend, due_from, due_to, scope, sort_order)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                a.title(), a.phase().id(), a.mustAttend(), a.dueFrom(), a.dueTo(), a.scope(), order);
        return new RequiredAction(id, a.title(), a.phase(), a.mustAttend(), a.dueFrom(), a.dueTo(), a.scope(), order);
    }

    /** Updates everything but the scope, which is fixed once records may exist. */
    public void update(Connection c, RequiredAction a) throws SQLException {
        Sql.update(c, """
                UPDATE required_action SET title = ?, phase_id = ?, must_attend = ?, due_from = ?, due_to = ?
                WHERE id = ?""",
                a.title(), a.phase().id(), a.mustAttend(), a.dueFrom(), a.dueTo(), a.id());
    }

    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM required_action WHERE id = ?", id);
    }

    public void reorder(Connection c, List<Long> idsInOrder) throws SQLException {
        Ordering.apply(c, "required_action", idsInOrder);
    }

    private static RequiredAction map(ResultSet rs) throws SQLException {
        ActionScope scope = ActionScope.valueOf(rs.getString("scope"));
        Phase phase = new Phase(rs.getLong("phase_id"), scope, rs.getString("phase_code"), rs.getString("phase_name"),
                rs.getInt("phase_order"));
        return new RequiredAction(rs.getLong("id"), rs.getString("title"), phase,
                rs.getInt("must_attend") == 1, Sql.date(rs, "due_from"), Sql.date(rs, "due_to"),
                scope, rs.getInt("sort_order"));
    }
}
