package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.RecordCount;
import org.guidancedesk.domain.RecordKey;

/** The checklist records: one row per touched (action, unit) cell, with its attendees. */
public final class RecordRepository {

    public Map<RecordKey, ActionRecord> findAll(Connection c) throws SQLException {
        Map<Long, Set<Long>> attendees = new HashMap<>();
        for (long[] pair : Sql.query(c, "SELECT record_id, member_id FROM record_attendee",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
            attendees.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
        }
        Map<RecordKey, ActionRecord> records = new HashMap<>();
        Sql.query(c, "SELECT id, action_id, unit_id, status, planned_date, done_date, note FROM action_record", rs -> {
            RecordKey key = new RecordKey(rs.getLong("action_id"), Sql.nullableLong(rs, "unit_id"));
            ActionRecord r = new ActionRecord(key, ActionStatus.valueOf(rs.getString("status")),
                    Sql.date(rs, "planned_date"), Sql.date(rs, "done_date"),
                    attendees.getOrDefault(rs.getLong("id"), Set.of()), rs.getString("note"));
            records.put(key, r);
            return r;
        });
        return records;
    }

    public Optional<ActionRecord> find(Connection c, RecordKey key) throws SQLException {
        Optional<Long> id = idOf(c, key);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> attendees = new HashSet<>(Sql.query(c,
                "SELECT member_id FROM record_attendee WHERE record_id = ?", rs -> rs.getLong(1), id.get()));
        return Sql.queryOne(c, "SELECT status, planned_date, done_date, note FROM action_record WHERE id = ?",
                rs -> new ActionRecord(key, ActionStatus.valueOf(rs.getString("status")), Sql.date(rs, "planned_date"),
                        Sql.date(rs, "done_date"), attendees, rs.getString("note")), id.get());
    }

    /** Stores the record (an empty one is deleted), replacing its attendees. */
    public void save(Connection c, ActionRecord r, Instant now) throws SQLException {
        Optional<Long> existing = idOf(c, r.key());
        if (r.isEmpty()) {
            if (existing.isPresent()) {
                Sql.update(c, "DELETE FROM action_record WHERE id = ?", existing.get());
            }
            return;
        }
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            Sql.update(c, """
                    UPDATE action_record SET status = ?, planned_date = ?, done_date = ?, note = ?, updated_at = ?
                    WHERE id = ?""", r.status(), r.planned(), r.done(), r.note(), now.toString(), id);
            Sql.update(c, "DELETE FROM record_attendee WHERE record_id = ?", id);
        } else {
            id = Sql.insert(c, """
                    INSERT INTO action_record (action_id, unit_id, status, planned_date, done_date, note, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    r.key().actionId(), r.key().unitId(), r.status(), r.planned(), r.done(), r.note(), now.toString());
        }
        for (Long memberId : r.attendeeIds()) {
            Sql.update(c, "INSERT INTO record_attendee (record_id, member_id) VALUES (?, ?)", id, memberId);
        }
    }

    public RecordCount countForUnit(Connection c, long unitId) throws SQLException {
        return count(c, "unit_id", unitId);
    }

    public RecordCount countForAction(Connection c, long actionId) throws SQLException {
        return count(c, "action_id", actionId);
    }

    private static RecordCount count(Connection c, String column, long id) throws SQLException {
        // column is one of two constants above, never user input.
        return Sql.queryOne(c, "SELECT count(*), ifnull(sum(status = 'DONE'), 0) FROM action_record WHERE "
                + column + " = ?", rs -> new RecordCount(rs.getLong(1), rs.getLong(2)), id).orElseThrow();
    }

    private static Optional<Long> idOf(Connection c, RecordKey key) throws SQLException {
        return key.isGroupItem()
                ? Sql.queryOne(c, "SELECT id FROM action_record WHERE action_id = ? AND unit_id IS NULL",
                        rs -> rs.getLong(1), key.actionId())
                : Sql.queryOne(c, "SELECT id FROM action_record WHERE action_id = ? AND unit_id = ?",
                        rs -> rs.getLong(1), key.actionId(), key.unitId());
    }
}
