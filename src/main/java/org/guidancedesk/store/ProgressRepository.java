package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.guidancedesk.domain.LedgerDecision;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.RectificationStatus;

/**
 * The progress history (进展情况) of ledger items, oldest first: dated notes, and the group's
 * decisions (延期, 退回) as lines of their own kind with what they decided.
 */
public final class ProgressRepository {
    private static final String COLUMNS = "id, item_id, on_date, text, kind, old_due, new_due, approved_by, "
            + "returned_status, returned_completed_on, returned_verified_on, returned_verified_by";
    private static final String INSERT = "INSERT INTO rectification_progress (item_id, on_date, text, kind, old_due, "
            + "new_due, approved_by, returned_status, returned_completed_on, returned_verified_on, returned_verified_by, "
            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    public List<ProgressNote> forItem(Connection c, long itemId) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM rectification_progress WHERE item_id = ? "
                + "ORDER BY on_date, id", ProgressRepository::map, itemId);
    }

    /** The newest note of every item that has one, by item id (the table's 最新进展 column). */
    public java.util.Map<Long, ProgressNote> latest(Connection c) throws SQLException {
        java.util.Map<Long, ProgressNote> latest = new java.util.HashMap<>();
        for (ProgressNote n : Sql.query(c, "SELECT " + COLUMNS + " FROM rectification_progress "
                + "ORDER BY item_id, on_date, id", ProgressRepository::map)) {
            latest.put(n.itemId(), n);
        }
        return latest;
    }

    /** The newest note of each of these items that has one, by item id. */
    public java.util.Map<Long, ProgressNote> latest(Connection c, java.util.Collection<Long> itemIds) throws SQLException {
        java.util.Map<Long, ProgressNote> latest = new java.util.HashMap<>();
        for (long id : itemIds) {
            List<ProgressNote> notes = Sql.query(c, "SELECT " + COLUMNS + " FROM rectification_progress "
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

    /** One line of history, or empty when it is gone. */
    public java.util.Optional<ProgressNote> find(Connection c, long noteId) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM rectification_progress WHERE id = ?", ProgressRepository::map,
                noteId);
    }

    /** Every note, by item id, oldest first within each item. */
    public java.util.Map<Long, List<ProgressNote>> byItem(Connection c) throws SQLException {
        return grouped(Sql.query(c, "SELECT " + COLUMNS + " FROM rectification_progress ORDER BY item_id, on_date, id",
                ProgressRepository::map));
    }

    /** The notes of the items of these units, by item id, oldest first within each item. */
    public java.util.Map<Long, List<ProgressNote>> byUnits(Connection c, java.util.Collection<Long> unitIds)
            throws SQLException {
        List<ProgressNote> notes = new java.util.ArrayList<>();
        for (long unitId : new java.util.TreeSet<>(unitIds)) {
            notes.addAll(Sql.query(c, "SELECT " + COLUMNS + " FROM rectification_progress WHERE item_id IN "
                    + "(SELECT id FROM rectification WHERE unit_id = ?) ORDER BY item_id, on_date, id",
                    ProgressRepository::map, unitId));
        }
        return grouped(notes);
    }

    /** Every decision (延期, 退回) by item id, oldest first within each item: what a past day's view needs. */
    public java.util.Map<Long, List<ProgressNote>> decisions(Connection c) throws SQLException {
        return grouped(Sql.query(c, "SELECT " + COLUMNS + " FROM rectification_progress WHERE kind <> 'NOTE' "
                + "ORDER BY item_id, on_date, id", ProgressRepository::map));
    }

    private static java.util.Map<Long, List<ProgressNote>> grouped(List<ProgressNote> notes) {
        java.util.Map<Long, List<ProgressNote>> all = new java.util.HashMap<>();
        for (ProgressNote n : notes) {
            all.computeIfAbsent(n.itemId(), k -> new java.util.ArrayList<>()).add(n);
        }
        return all;
    }

    public ProgressNote insert(Connection c, ProgressNote n, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, n, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id returned for a progress note");
                }
                return new ProgressNote(keys.getLong(1), n.itemId(), n.on(), n.text(), n.decision());
            }
        }
    }

    /** Inserts many notes as one prepared batch (an import's). */
    public void insertAll(Connection c, List<ProgressNote> notes, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (ProgressNote n : notes) {
                bind(ps, n, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void delete(Connection c, long noteId) throws SQLException {
        Sql.update(c, "DELETE FROM rectification_progress WHERE id = ?", noteId);
    }

    private static void bind(PreparedStatement ps, ProgressNote n, Instant now) throws SQLException {
        LedgerDecision.Extension e = n.extension();
        LedgerDecision.SendBack s = n.sendBack();
        ps.setLong(1, n.itemId());
        ps.setString(2, n.on().toString());
        ps.setString(3, n.text());
        ps.setString(4, n.kind().name());
        ps.setString(5, e == null ? null : e.from().toString());
        ps.setString(6, e == null ? null : e.to().toString());
        ps.setString(7, e == null ? "" : e.approvedBy());
        ps.setString(8, s == null ? null : s.status().name());
        ps.setString(9, s == null || s.completedOn() == null ? null : s.completedOn().toString());
        ps.setString(10, s == null || s.verifiedOn() == null ? null : s.verifiedOn().toString());
        ps.setString(11, s == null ? "" : s.verifiedBy());
        ps.setString(12, now.toString());
    }

    private static ProgressNote map(ResultSet rs) throws SQLException {
        LedgerDecision decision = switch (ProgressNote.Kind.valueOf(rs.getString(5))) {
            case NOTE -> null;
            case EXTENSION -> new LedgerDecision.Extension(Sql.date(rs, "old_due"), Sql.date(rs, "new_due"),
                    rs.getString(8));
            case SENDBACK -> new LedgerDecision.SendBack(RectificationStatus.valueOf(rs.getString(9)),
                    Sql.date(rs, "returned_completed_on"), Sql.date(rs, "returned_verified_on"), rs.getString(12));
        };
        return new ProgressNote(rs.getLong(1), rs.getLong(2), Sql.date(rs, "on_date"), rs.getString(4), decision);
    }
}
