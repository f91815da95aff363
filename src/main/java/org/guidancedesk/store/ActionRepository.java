package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.ItemRepeat;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.RequiredAction;

/** The catalogue of required actions and group work items, in display order. */
public final class ActionRepository {
    private static final String SELECT = "SELECT a.id, a.title, a.must_attend, a.due_from, a.due_to, a.scope, "
            + "a.sort_order, a.owner_id, a.repeat_every, a.repeat_day, p.id AS phase_id, p.code AS phase_code, p.name AS phase_name, "
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
                INSERT INTO required_action (title, phase_id, must_attend, due_from, due_to, scope, sort_order,
                  owner_id, repeat_every, repeat_day)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                a.title(), a.phase().id(), a.mustAttend(), a.dueFrom(), a.dueTo(), a.scope(), order,
                a.ownerId(), every(a), day(a));
        return new RequiredAction(id, a.title(), a.phase(), a.mustAttend(), a.dueFrom(), a.dueTo(), a.scope(), order,
                a.ownerId(), a.repeat());
    }

    /** Updates everything but the scope, which is fixed once records may exist. */
    public void update(Connection c, RequiredAction a) throws SQLException {
        Sql.update(c, """
                UPDATE required_action SET title = ?, phase_id = ?, must_attend = ?, due_from = ?, due_to = ?,
                  owner_id = ?, repeat_every = ?, repeat_day = ?
                WHERE id = ?""",
                a.title(), a.phase().id(), a.mustAttend(), a.dueFrom(), a.dueTo(), a.ownerId(), every(a), day(a), a.id());
    }

    private static String every(RequiredAction a) {
        return a.repeat() == null ? null : a.repeat().every().name();
    }

    private static Integer day(RequiredAction a) {
        return a.repeat() == null ? null : a.repeat().day();
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
                scope, rs.getInt("sort_order"), Sql.nullableLong(rs, "owner_id"), repeat(rs));
    }

    private static ItemRepeat repeat(ResultSet rs) throws SQLException {
        String every = rs.getString("repeat_every");
        return every == null ? null : new ItemRepeat(ItemRepeat.Every.valueOf(every), rs.getInt("repeat_day"));
    }
}
