package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidancedesk.domain.Change;
import org.guidancedesk.domain.TrashEntry;
import org.guidancedesk.domain.UndoStep;

/**
 * The recorded history: undo and redo of this session's writes, the trash (deleted items
 * not brought back or emptied) and the changes of one item. See {@link ChangeLog}.
 */
public final class HistoryRepository {
    /** The kinds of item deleted to the trash (their child rows come back with them), with the column that names one. */
    private static final Map<String, String> TRASHABLE = Map.of("rectification", "problem", "deadline", "title",
            "unit", "name", "member", "name", "required_action", "title", "rectification_progress", "text",
            "work_entry", "kind");

    /**
     * The work log's tables: their rows hold internal texts (talk notes, names of people talked
     * to), so once deleted and emptied from the trash their whole history goes too.
     */
    private static final List<String> WORK_TABLES = List.of("work_entry", "work_entry_unit", "work_entry_member",
            "work_person", "work_place", "work_line");

    /** What undo would take back: this session's newest write still done (another program's writes are never taken back here). */
    public Optional<UndoStep> undoable(Connection c, String session) throws SQLException {
        return step(c, "SELECT max(id) FROM change_set WHERE session = ? AND state = 'DONE'", session);
    }

    /** What redo would make again: this session's write undone last (the oldest of those undone). */
    public Optional<UndoStep> redoable(Connection c, String session) throws SQLException {
        return step(c, "SELECT min(id) FROM change_set WHERE session = ? AND state = 'UNDONE'", session);
    }

    private Optional<UndoStep> step(Connection c, String pick, String session) throws SQLException {
        long id = Sql.count(c, pick, session);
        if (id == 0) {
            return Optional.empty();
        }
        return Sql.queryOne(c, "SELECT s.at, r.tbl, r.op, (SELECT count(*) FROM change_row WHERE set_id = s.id) "
                + "FROM change_set s JOIN change_row r ON r.set_id = s.id WHERE s.id = ? ORDER BY r.id LIMIT 1",
                rs -> new UndoStep(id, Instant.parse(rs.getString(1)), rs.getString(2), op(rs.getString(3).charAt(0)),
                        rs.getInt(4)), id);
    }

    /** Takes the write back (call inside {@code Database.replay}). */
    public void undo(Connection c, long setId) throws SQLException {
        ChangeLog.backwards(c, ChangeLog.changesOf(c, setId));
        Sql.update(c, "UPDATE change_set SET state = 'UNDONE' WHERE id = ?", setId);
    }

    /** Makes the write again (call inside {@code Database.replay}). */
    public void redo(Connection c, long setId) throws SQLException {
        ChangeLog.forwards(c, ChangeLog.changesOf(c, setId));
        Sql.update(c, "UPDATE change_set SET state = 'DONE' WHERE id = ?", setId);
    }

    /**
     * Deleted items still in the trash, newest first: a done write that deleted a top-level
     * item which does not exist again, and was not emptied.
     */
    public List<TrashEntry> trash(Connection c) throws SQLException {
        List<TrashEntry> entries = new ArrayList<>();
        List<long[]> sets = Sql.query(c, "SELECT DISTINCT s.id FROM change_set s JOIN change_row r ON r.set_id = s.id "
                + "WHERE s.state = 'DONE' AND r.op = 'D' AND s.id NOT IN (SELECT set_id FROM trash_emptied) "
                + "ORDER BY s.id DESC", rs -> new long[] {rs.getLong(1)});
        for (long[] set : sets) {
            List<ChangeLog.Change> changes = ChangeLog.changesOf(c, set[0]);
            ChangeLog.Change top = topDeletion(changes);
            if (top == null || exists(c, top)) {
                continue;
            }
            String at = Sql.queryOne(c, "SELECT at FROM change_set WHERE id = ?", rs -> rs.getString(1), set[0])
                    .orElseThrow();
            String label = Sql.queryOne(c, "SELECT json_extract(?, '$.\"' || ? || '\"')", rs -> rs.getString(1),
                    top.before(), TRASHABLE.get(top.table())).orElse("");
            int rows = (int) changes.stream().filter(ch -> ch.op() == 'D').count();
            entries.add(new TrashEntry(set[0], Instant.parse(at), top.table(), label == null ? "" : label, rows,
                    values(c, top.before())));
        }
        return entries;
    }

    /** The item the user deleted: the last trashable row deleted (cascaded children go first). */
    private static ChangeLog.Change topDeletion(List<ChangeLog.Change> changes) {
        ChangeLog.Change top = null;
        for (ChangeLog.Change ch : changes) {
            if (ch.op() == 'D' && TRASHABLE.containsKey(ch.table())) {
                top = ch;
            }
        }
        return top;
    }

    private static boolean exists(Connection c, ChangeLog.Change ch) throws SQLException {
        // The key is [id] for every trashable table.
        return Sql.count(c, "SELECT count(*) FROM \"" + ch.table() + "\" WHERE id = json_extract(?, '$[0]')",
                ch.key()) > 0;
    }

    /**
     * Brings the write's deleted rows back, parents first, as a recorded write of its own (so it
     * can be undone). Call inside {@code Database.write}, with foreign keys deferred.
     */
    public void restoreDeleted(Connection c, long setId) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA defer_foreign_keys = ON"); // rows come back one at a time
        }
        List<ChangeLog.Change> deletions = ChangeLog.changesOf(c, setId).stream().filter(ch -> ch.op() == 'D').toList();
        ChangeLog.backwards(c, deletions);
    }

    /** Leaves the deleted items of these writes out of the trash for good (their history stays). */
    public void empty(Connection c, List<Long> setIds) throws SQLException {
        for (long id : setIds) {
            Sql.update(c, "INSERT OR IGNORE INTO trash_emptied (set_id) VALUES (?)", id);
            forgetDeletedWork(c, id);
        }
    }

    /**
     * Removes every recorded change of the work-log rows this write deleted, in every write
     * (their insert, their edits, their deletion): with secure delete on, their texts are
     * then nowhere in the file. Those writes can no longer bring the rows back, which is what
     * emptying the trash means.
     */
    private static void forgetDeletedWork(Connection c, long setId) throws SQLException {
        String tables = String.join(", ", WORK_TABLES.stream().map(t -> "'" + t + "'").toList());
        Sql.update(c, "DELETE FROM change_row WHERE id IN (SELECT r.id FROM change_row r JOIN change_row d "
                + "ON d.tbl = r.tbl AND d.row_key = r.row_key WHERE d.set_id = ? AND d.op = 'D' AND d.tbl IN (" + tables
                + "))", setId);
    }

    /**
     * Every recorded change of one row, oldest first, and of the rows that belong to it
     * through {@code childTable.childColumn} (a ledger item's progress notes, say).
     */
    public List<Change> changesOf(Connection c, String table, long id, String childTable, String childColumn)
            throws SQLException {
        String key = "[" + id + "]";
        List<Object[]> rows = Sql.query(c, "SELECT s.id, s.at, r.tbl, r.row_key, r.op, r.old, r.new FROM change_row r "
                + "JOIN change_set s ON s.id = r.set_id WHERE s.state = 'DONE' AND ((r.tbl = ? AND r.row_key = ?) "
                + "OR (r.tbl = ? AND (json_extract(r.old, '$.\"' || ? || '\"') = ? "
                + "OR json_extract(r.new, '$.\"' || ? || '\"') = ?))) ORDER BY r.id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)},
                table, key, childTable == null ? "" : childTable, childColumn == null ? "" : childColumn, id,
                childColumn == null ? "" : childColumn, id);
        List<Change> changes = new ArrayList<>();
        for (Object[] r : rows) {
            changes.add(new Change((Long) r[0], Instant.parse((String) r[1]), (String) r[2], (String) r[3],
                    op(((String) r[4]).charAt(0)), values(c, (String) r[5]), values(c, (String) r[6])));
        }
        return changes;
    }

    /**
     * Every change of the checklist cell (action, unit — null for a group item), oldest first:
     * the cell's record may have been deleted and made again, so every row it ever had counts.
     */
    public List<Change> changesOfCell(Connection c, long actionId, Long unitId) throws SQLException {
        List<Long> ids = Sql.query(c, "SELECT DISTINCT json_extract(row_key, '$[0]') FROM change_row "
                + "WHERE tbl = 'action_record' AND json_extract(ifnull(new, old), '$.action_id') = ? "
                + "AND json_extract(ifnull(new, old), '$.unit_id') IS ?", rs -> rs.getLong(1), actionId, unitId);
        List<Change> all = new ArrayList<>();
        for (long id : ids) {
            all.addAll(changesOf(c, "action_record", id, "record_attendee", "record_id"));
        }
        all.sort(java.util.Comparator.comparing(Change::at).thenComparing(Change::setId));
        return all;
    }

    /** A recorded row's JSON as column → value (SQL NULLs left out). */
    static Map<String, String> values(Connection c, String json) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        if (json != null) {
            Sql.query(c, "SELECT key, value FROM json_each(?) WHERE value IS NOT NULL",
                    rs -> values.put(rs.getString(1), rs.getString(2)), json);
        }
        return values;
    }

    private static Change.Op op(char code) {
        return code == 'I' ? Change.Op.INSERT : code == 'D' ? Change.Op.DELETE : Change.Op.UPDATE;
    }
}
