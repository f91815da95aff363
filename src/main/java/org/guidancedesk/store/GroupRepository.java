package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.guidancedesk.domain.Group;

/** The one group a file belongs to. */
public final class GroupRepository {

    /** The group, or empty in a new file. */
    public Optional<Group> find(Connection c) throws SQLException {
        return Sql.queryOne(c,
                "SELECT name, campaign, start_date, end_date, secretary_id FROM group_info WHERE id = 1",
                rs -> new Group(rs.getString("name"), rs.getString("campaign"), Sql.date(rs, "start_date"),
                        Sql.date(rs, "end_date"), Sql.nullableLong(rs, "secretary_id")));
    }

    /** Creates or replaces the group. */
    public void save(Connection c, Group g) throws SQLException {
        Sql.update(c, """
                INSERT INTO group_info (id, name, campaign, start_date, end_date, secretary_id)
                VALUES (1, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, campaign = excluded.campaign,
                  start_date = excluded.start_date, end_date = excluded.end_date,
                  secretary_id = excluded.secretary_id""",
                g.name(), g.campaign(), g.start(), g.end(), g.secretaryId());
    }
}
