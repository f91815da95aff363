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
    private static final String COLUMNS = "id, title, phase, must_attend, due_from, due_to, scope, sort_order";

    /** All actions, ordered by phase, then display order. */
    public List<RequiredAction> findAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM required_action ORDER BY "
                + "CASE phase WHEN 'STUDY' THEN 1 WHEN 'RESEARCH' THEN 2 WHEN 'INSPECTION' THEN 3 "
                + "WHEN 'RECTIFICATION' THEN 4 ELSE 5 END, sort_order, id", ActionRepository::map);
    }

    public Optional<RequiredAction> find(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM required_action WHERE id = ?", ActionRepository::map, id);
    }

    public RequiredAction insert(Connection c, RequiredAction a) throws SQLException {
        int order = (int) Sql.count(c, "SELECT ifnull(max(sort_order), 0) + 1 FROM required_action");
        long id = Sql.insert(c, """
                INSERT INTO required_action (title, phase, must_attend, due_from, due_to, scope, sort_order)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                a.title(), a.phase(), a.mustAttend(), a.dueFrom(), a.dueTo(), a.scope(), order);
        return new RequiredAction(id, a.title(), a.phase(), a.mustAttend(), a.dueFrom(), a.dueTo(), a.scope(), order);
    }

    /** Updates everything but the scope, which is fixed once records may exist. */
    public void update(Connection c, RequiredAction a) throws SQLException {
        Sql.update(c, """
                UPDATE required_action SET title = ?, phase = ?, must_attend = ?, due_from = ?, due_to = ?
                WHERE id = ?""",
                a.title(), a.phase(), a.mustAttend(), a.dueFrom(), a.dueTo(), a.id());
    }

    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM required_action WHERE id = ?", id);
    }

    public void reorder(Connection c, List<Long> idsInOrder) throws SQLException {
        Ordering.apply(c, "required_action", idsInOrder);
    }

    private static RequiredAction map(ResultSet rs) throws SQLException {
        return new RequiredAction(rs.getLong("id"), rs.getString("title"), Phase.valueOf(rs.getString("phase")),
                rs.getInt("must_attend") == 1, Sql.date(rs, "due_from"), Sql.date(rs, "due_to"),
                ActionScope.valueOf(rs.getString("scope")), rs.getInt("sort_order"));
    }
}
