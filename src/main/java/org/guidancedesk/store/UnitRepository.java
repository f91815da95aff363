package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;

/** The assigned units, in display order. */
public final class UnitRepository {
    private static final String COLUMNS = "id, name, kind, contact, phone, sort_order, liaison_id";

    public List<Unit> findAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM unit ORDER BY sort_order, id", UnitRepository::map);
    }

    /** Whether another unit (not {@code exceptId}) already has this name. */
    public boolean nameTaken(Connection c, String name, long exceptId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM unit WHERE name = ? AND id <> ?", name, exceptId) > 0;
    }

    /** Inserts at the end of the list and returns the unit with its id and order. */
    public Unit insert(Connection c, Unit u) throws SQLException {
        int order = (int) Sql.count(c, "SELECT ifnull(max(sort_order), 0) + 1 FROM unit");
        long id = Sql.insert(c, "INSERT INTO unit (name, kind, contact, phone, sort_order, liaison_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", u.name(), u.kind(), u.contact(), u.phone(), order, u.liaisonId());
        return new Unit(id, u.name(), u.kind(), u.contact(), u.phone(), order, u.liaisonId());
    }

    public void update(Connection c, Unit u) throws SQLException {
        Sql.update(c, "UPDATE unit SET name = ?, kind = ?, contact = ?, phone = ?, liaison_id = ? WHERE id = ?",
                u.name(), u.kind(), u.contact(), u.phone(), u.liaisonId(), u.id());
    }

    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM unit WHERE id = ?", id);
    }

    public void reorder(Connection c, List<Long> idsInOrder) throws SQLException {
        Ordering.apply(c, "unit", idsInOrder);
    }

    private static Unit map(ResultSet rs) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("contact"), rs.getString("phone"), rs.getInt("sort_order"),
                rs.getObject("liaison_id") == null ? null : rs.getLong("liaison_id"));
    }
}
