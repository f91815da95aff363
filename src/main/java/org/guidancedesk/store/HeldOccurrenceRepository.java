package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.HeldOccurrence;

/** The occurrences of repeating group work items that were held (their ticks). */
public final class HeldOccurrenceRepository {
    private static final String SELECT = "SELECT action_id, due_date, held_on FROM work_occurrence";

    /** Every item's held occurrences, by due date. */
    public Map<Long, List<HeldOccurrence>> findAll(Connection c) throws SQLException {
        Map<Long, List<HeldOccurrence>> byItem = new LinkedHashMap<>();
        for (HeldOccurrence h : Sql.query(c, SELECT + " ORDER BY action_id, due_date", HeldOccurrenceRepository::map)) {
            byItem.computeIfAbsent(h.actionId(), k -> new java.util.ArrayList<>()).add(h);
        }
        return byItem;
    }

    public List<HeldOccurrence> findOf(Connection c, long actionId) throws SQLException {
        return Sql.query(c, SELECT + " WHERE action_id = ? ORDER BY due_date", HeldOccurrenceRepository::map, actionId);
    }

    public void save(Connection c, HeldOccurrence h, Instant now) throws SQLException {
        Sql.update(c, """
                INSERT INTO work_occurrence (action_id, due_date, held_on, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (action_id, due_date) DO UPDATE SET held_on = excluded.held_on, updated_at = excluded.updated_at""",
                h.actionId(), h.due(), h.heldOn(), now.toString());
    }

    public void delete(Connection c, long actionId, LocalDate due) throws SQLException {
        Sql.update(c, "DELETE FROM work_occurrence WHERE action_id = ? AND due_date = ?", actionId, due);
    }

    private static HeldOccurrence map(ResultSet rs) throws SQLException {
        return new HeldOccurrence(rs.getLong("action_id"), Sql.date(rs, "due_date"), Sql.date(rs, "held_on"));
    }
}
