package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.guidancedesk.domain.ProgressNote;

/** Dated progress notes (进展情况) of ledger items: kept as history, oldest first. */
public final class ProgressRepository {

    public List<ProgressNote> forItem(Connection c, long itemId) throws SQLException {
        return Sql.query(c, "SELECT id, item_id, on_date, text FROM rectification_progress WHERE item_id = ? "
                + "ORDER BY on_date, id", ProgressRepository::map, itemId);
    }

    /** The newest note of every item that has one, by item id (the table's 最新进展 column). */
    public java.util.Map<Long, ProgressNote> latest(Connection c) throws SQLException {
        java.util.Map<Long, ProgressNote> latest = new java.util.HashMap<>();
        for (ProgressNote n : Sql.query(c, "SELECT id, item_id, on_date, text FROM rectification_progress "
                + "ORDER BY item_id, on_date, id", ProgressRepository::map)) {
            latest.put(n.itemId(), n);
        }
        return latest;
    }

    /** The newest note of each of these items that has one, by item id. */
    public java.util.Map<Long, ProgressNote> latest(Connection c, java.util.Collection<Long> itemIds) throws SQLException {
        java.util.Map<Long, ProgressNote> latest = new java.util.HashMap<>();
        for (long id : itemIds) {
            List<ProgressNote> notes = Sql.query(c, "SELECT id, item_id, on_date, text FROM rectification_progress "
                    + "WHERE item_id = ? ORDER BY on_date DESC, id DESC LIMIT 1", ProgressRepository::map, id);
            if (!notes.isEmpty()) {
                latest.put(id, notes.get(0));
            }
        }
        return latest;
    }

    /** The item a note belongs to, or {@code null} when the note is gone. */
    public Long itemOf(Connection c, long noteId) throws SQLException {
        return Sql.queryOne(c, "SELECT item_id FROM rectification_progress WHERE id = ?", rs -> rs.getLong(1), noteId)
                .orElse(null);
    }

    /** Every note, by item id, oldest first within each item. */
    public java.util.Map<Long, List<ProgressNote>> byItem(Connection c) throws SQLException {
        java.util.Map<Long, List<ProgressNote>> all = new java.util.HashMap<>();
        for (ProgressNote n : Sql.query(c, "SELECT id, item_id, on_date, text FROM rectification_progress "
                + "ORDER BY item_id, on_date, id", ProgressRepository::map)) {
            all.computeIfAbsent(n.itemId(), k -> new java.util.ArrayList<>()).add(n);
        }
        return all;
    }

    public ProgressNote insert(Connection c, ProgressNote n, Instant now) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO rectification_progress (item_id, on_date, text, created_at) "
                + "VALUES (?, ?, ?, ?)", n.itemId(), n.on(), n.text(), now.toString());
        return new ProgressNote(id, n.itemId(), n.on(), n.text());
    }

    /** Inserts many notes as one prepared batch (an import's). */
    public void insertAll(Connection c, List<ProgressNote> notes, Instant now) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO rectification_progress "
                + "(item_id, on_date, text, created_at) VALUES (?, ?, ?, ?)")) {
            for (ProgressNote n : notes) {
                ps.setLong(1, n.itemId());
                ps.setString(2, n.on().toString());
                ps.setString(3, n.text());
                ps.setString(4, now.toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void delete(Connection c, long noteId) throws SQLException {
        Sql.update(c, "DELETE FROM rectification_progress WHERE id = ?", noteId);
    }

    private static ProgressNote map(java.sql.ResultSet rs) throws SQLException {
        return new ProgressNote(rs.getLong(1), rs.getLong(2), Sql.date(rs, "on_date"), rs.getString(4));
    }
}
