package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.RosterPerson;

/** Each unit's 主要负责同志 and 班子成员. */
public final class RosterRepository {
    public List<RosterPerson> findAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT id, unit_id, name, job, level, sort_order FROM unit_person "
                + "ORDER BY unit_id, sort_order, id", rs -> new RosterPerson(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), PersonLevel.valueOf(rs.getString(5)), rs.getInt(6)));
    }

    /** Whether another person of the unit has this name. */
    public boolean nameTaken(Connection c, RosterPerson p) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM unit_person WHERE unit_id = ? AND name = ? AND id <> ?", p.unitId(),
                p.name(), p.id()) > 0;
    }

    public RosterPerson save(Connection c, RosterPerson p) throws SQLException {
        if (p.id() == 0) {
            long id = Sql.insert(c, "INSERT INTO unit_person (unit_id, name, job, level, sort_order) VALUES (?, ?, ?, ?, ?)",
                    p.unitId(), p.name(), p.position(), p.level(), p.sortOrder());
            return new RosterPerson(id, p.unitId(), p.name(), p.position(), p.level(), p.sortOrder());
        }
        Sql.update(c, "UPDATE unit_person SET unit_id = ?, name = ?, job = ?, level = ?, sort_order = ? WHERE id = ?",
                p.unitId(), p.name(), p.position(), p.level(), p.sortOrder(), p.id());
        return p;
    }

    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM unit_person WHERE id = ?", id);
    }
}
